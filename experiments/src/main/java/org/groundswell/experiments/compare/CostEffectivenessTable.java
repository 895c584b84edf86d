package org.groundswell.experiments.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.report.ChartStyle;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.stats.CostEffectiveness;
import org.groundswell.experiments.stats.CostEffectiveness.Incremental;
import org.groundswell.experiments.stats.CostEffectiveness.Interval;
import org.groundswell.model.metrics.Metrics;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The cost-effectiveness of each strategy against the baseline, over the strategy period, replication by
 * replication (the runs of a replication share their seed): the incremental {@code period_cost}, the adverse
 * events avoided, the ICER per adverse event avoided with its bootstrap interval and dominance in words, and
 * beside them the fall in the burnout rate and in 30-day mortality over the summary window, and in counts people
 * use: the staff not burned out at the period's end (burnout rate × headcount over the summary window) and the
 * deaths avoided over the period ({@code period_deaths}). Written as
 * {@code cost_effectiveness.csv} and {@code cost_effectiveness_acceptability.csv}, drawn as the
 * cost-effectiveness plane and the acceptability curve (in the style of Briggs, Claxton &amp; Sculpher 2006),
 * and said in words at the top of the report.
 */
final class CostEffectivenessTable {

    static final String FILE = "cost_effectiveness.csv";
    static final String ACCEPTABILITY = "cost_effectiveness_acceptability.csv";
    static final String PLANE = "ce-plane.png";
    static final String CURVE = "ceac.png";
    private static final int WTP_STEPS = 50;

    /**
     * One strategy against the baseline.
     *
     * @param strategy  the strategy
     * @param result    incremental cost and adverse events avoided, ICER, dominance
     * @param burnout   the fall in the burnout rate (baseline − strategy), share 0–1
     * @param mortality the fall in 30-day mortality (baseline − strategy), deaths per stay
     * @param burnedOut the staff not burned out at the period's end (baseline − strategy), staff
     * @param deaths    the deaths avoided over the period (baseline − strategy)
     * @param deltaCost per replication, the incremental period cost
     * @param avoided   per replication, the adverse events avoided
     */
    record Row(String strategy, Incremental result, Interval burnout, Interval mortality, Interval burnedOut,
               Interval deaths, double[] deltaCost, double[] avoided) {
    }

    private final CompareSettings settings;
    private final List<Row> rows;
    private final double[] wtp;
    private final double[][] acceptability;

    private CostEffectivenessTable(CompareSettings settings, List<Row> rows) {
        this.settings = settings;
        this.rows = rows;
        this.wtp = grid(rows);
        double[][] c = rows.stream().map(Row::deltaCost).toArray(double[][]::new);
        double[][] e = rows.stream().map(Row::avoided).toArray(double[][]::new);
        this.acceptability = CostEffectiveness.acceptability(c, e, wtp);
    }

    /** The table of a comparison; empty rows when it has only the baseline. */
    static CostEffectivenessTable of(CompareResults results) {
        CompareSettings s = results.settings();
        List<Row> rows = new ArrayList<>();
        double[] baseCost = results.values(0, Metrics.PERIOD_COST);
        double[] baseEvents = results.values(0, Metrics.PERIOD_ADVERSE_EVENTS);
        double[] baseBurnout = results.values(0, Metrics.BURNOUT_RATE);
        double[] baseBurnedOut = burnedOut(results, 0);
        double[] baseMortality = results.values(0, Metrics.MORTALITY_30D_RATE);
        double[] baseDeaths = results.values(0, Metrics.PERIOD_DEATHS);
        for (int i = 1; i < s.strategies().size(); i++) {
            double[] dc = minus(results.values(i, Metrics.PERIOD_COST), baseCost);
            double[] de = minus(baseEvents, results.values(i, Metrics.PERIOD_ADVERSE_EVENTS));
            double[] db = minus(baseBurnout, results.values(i, Metrics.BURNOUT_RATE));
            double[] dn = minus(baseBurnedOut, burnedOut(results, i));
            double[] dm = minus(baseMortality, results.values(i, Metrics.MORTALITY_30D_RATE));
            double[] dd = minus(baseDeaths, results.values(i, Metrics.PERIOD_DEATHS));
            long seed = s.seed() + i;
            int b = CostEffectiveness.RESAMPLES;
            rows.add(new Row(s.strategies().get(i), CostEffectiveness.incremental(dc, de, b, seed),
                    CostEffectiveness.bootstrapMean(db, b, seed), CostEffectiveness.bootstrapMean(dm, b, seed),
                    CostEffectiveness.bootstrapMean(dn, b, seed), CostEffectiveness.bootstrapMean(dd, b, seed), dc, de));
        }
        return new CostEffectivenessTable(s, rows);
    }

    /** Per replication, {@code a − b}. */
    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] - b[r];
        }
        return d;
    }

    /** Per replication of strategy {@code s}, the staff burned out over the summary window: rate × headcount. */
    private static double[] burnedOut(CompareResults results, int s) {
        return times(results.values(s, Metrics.BURNOUT_RATE), results.values(s, Metrics.HEADCOUNT_METRIC));
    }

    private static double[] times(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] * b[r];
        }
        return d;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * The willingness-to-pay grid, 0 to a round number above twice the largest ICER of a strategy that is
     * dearer and better (or twice the largest cost per event of the means, or 100,000), in 50 steps.
     */
    private static double[] grid(List<Row> rows) {
        double top = 0;
        for (Row r : rows) {
            Incremental i = r.result();
            if (i.dominance() == CostEffectiveness.Dominance.DEARER_AND_BETTER && Double.isFinite(i.icer())) {
                top = Math.max(top, 2 * i.icer());
            } else if (Double.isFinite(i.icer())) {
                top = Math.max(top, 2 * Math.abs(i.icer()));
            }
        }
        if (!(top > 0)) {
            top = 100_000;
        }
        double step = Math.pow(10, Math.floor(Math.log10(top)));
        double nice = Math.ceil(top / step) * step;
        double[] grid = new double[WTP_STEPS + 1];
        for (int w = 0; w <= WTP_STEPS; w++) {
            grid[w] = nice * w / WTP_STEPS;
        }
        return grid;
    }

    /** {@code cost_effectiveness.csv}: a row per strategy. */
    String csv() {
        StringBuilder out = new StringBuilder(Csv.line(List.of("strategy", "baseline", "pairs", "incremental_cost",
                "incremental_cost_ci_low", "incremental_cost_ci_high", "adverse_events_avoided",
                "adverse_events_avoided_ci_low", "adverse_events_avoided_ci_high", "icer_per_adverse_event_avoided",
                "icer_ci_low", "icer_ci_high", "dominance", "burnout_rate_reduction", "burnout_rate_reduction_ci_low",
                "burnout_rate_reduction_ci_high", "mortality_30d_rate_reduction", "mortality_30d_rate_reduction_ci_low",
                "mortality_30d_rate_reduction_ci_high", "staff_burned_out_avoided", "staff_burned_out_avoided_ci_low",
                "staff_burned_out_avoided_ci_high", "deaths_avoided", "deaths_avoided_ci_low", "deaths_avoided_ci_high")));
        for (Row r : rows) {
            Incremental i = r.result();
            List<String> row = new ArrayList<>(List.of(r.strategy(), settings.baseline(), Integer.toString(i.pairs())));
            add(row, i.cost());
            add(row, i.effect());
            row.addAll(List.of(Numbers.format(i.icer()), Numbers.format(i.icerLow()), Numbers.format(i.icerHigh()),
                    i.dominance().name().toLowerCase(java.util.Locale.ROOT)));
            add(row, r.burnout());
            add(row, r.mortality());
            add(row, r.burnedOut());
            add(row, r.deaths());
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    /** {@code cost_effectiveness_acceptability.csv}: willingness to pay, then each strategy's probability. */
    String acceptabilityCsv() {
        List<String> header = new ArrayList<>(List.of("wtp_per_adverse_event_avoided"));
        header.addAll(settings.strategies());
        StringBuilder out = new StringBuilder(Csv.line(header));
        for (int w = 0; w < wtp.length; w++) {
            List<String> row = new ArrayList<>(List.of(Numbers.format(wtp[w])));
            for (double[] strategy : acceptability) {
                row.add(Numbers.format(strategy[w]));
            }
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    private static void add(List<String> row, Interval i) {
        row.addAll(List.of(Numbers.format(i.mean()), Numbers.format(i.low()), Numbers.format(i.high())));
    }

    /** A sentence per strategy, for policymakers: what it costs over the period, what it buys, how sure we are. */
    List<String> sentences() {
        List<String> out = new ArrayList<>();
        int days = settings.days();
        int summaryDays = Math.min(settings.scenario().parameters().summaryDays(),
                settings.scenario().parameters().totalDays());
        for (Row r : rows) {
            Incremental i = r.result();
            String cost = i.cost().mean() >= 0 ? "costs " + money(i.cost().mean()) + " more"
                    : "costs " + money(-i.cost().mean()) + " less";
            String events = i.effect().mean() >= 0 ? "avoids " + SummaryTable.human(i.effect().mean())
                    + " adverse events" : "causes " + SummaryTable.human(-i.effect().mean()) + " more adverse events";
            String icer = switch (i.dominance()) {
                case DEARER_AND_BETTER -> ": " + money(i.icer()) + " per adverse event avoided"
                        + (Double.isNaN(i.icerLow()) ? "" : " (95% interval " + money(i.icerLow()) + " to "
                        + money(i.icerHigh()) + ")");
                case CHEAPER_AND_WORSE -> ": it saves " + money(i.icer()) + " per extra adverse event";
                default -> "";
            };
            out.add(r.strategy() + " against " + settings.baseline() + ", over the " + days + "-day period: " + cost
                    + " (95% interval " + signedMoney(i.cost().low()) + " to " + signedMoney(i.cost().high()) + ") and "
                    + events + " (" + eventsInterval(i) + ")" + icer + "; " + i.dominance().words() + ". Burnout " + points(r.burnout().mean())
                    + " percentage points (" + count(r.burnedOut().mean(), "staff burned out") + "), 30-day mortality "
                    + points(r.mortality().mean()) + " percentage points, over the last " + summaryDays + " days; "
                    + count(r.deaths().mean(), "deaths") + " over the period; " + i.pairs()
                    + " paired replications.");
        }
        return out;
    }

    private static String points(double reduction) {
        return Double.isNaN(reduction) ? "n/a" : (reduction >= 0 ? "down " : "up ")
                + SummaryTable.human(Math.abs(100 * reduction));
    }

    /** The interval of the events avoided, or of the events caused, in the sentence's own direction. */
    private static String eventsInterval(Incremental i) {
        boolean avoids = i.effect().mean() >= 0;
        double from = avoids ? i.effect().low() : -i.effect().high();
        double to = avoids ? i.effect().high() : -i.effect().low();
        return SummaryTable.human(from) + " to " + SummaryTable.human(to);
    }

    /** "12 fewer staff burned out", "3.4 more deaths". */
    private static String count(double avoided, String what) {
        return Double.isNaN(avoided) ? "n/a" : SummaryTable.human(Math.abs(avoided)) + (avoided >= 0 ? " fewer " : " more ")
                + what;
    }

    private static String money(double value) {
        return Double.isNaN(value) ? "n/a" : "$" + SummaryTable.human(value);
    }

    private static String signedMoney(double value) {
        return Double.isNaN(value) ? "n/a" : (value < 0 ? "\u2212$" : "+$") + SummaryTable.human(Math.abs(value));
    }

    /**
     * The plane and the acceptability curve, not yet drawn: each task draws its chart from its own objects and
     * reads the table only, so the two may be drawn on other threads, beside each other and the caller.
     */
    List<Callable<RenderedChart>> drawings() {
        return List.of(this::plane, this::curve);
    }

    private RenderedChart plane() throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        List<String> alt = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            XYSeries s = new XYSeries(r.strategy() + " (a replication)", false, true);
            for (int i = 0; i < r.avoided().length; i++) {
                if (Double.isFinite(r.avoided()[i]) && Double.isFinite(r.deltaCost()[i])) {
                    s.add(r.avoided()[i], r.deltaCost()[i]);
                }
            }
            XYSeries mean = new XYSeries(r.strategy() + " (mean)", false, true);
            mean.add(r.result().effect().mean(), r.result().cost().mean());
            data.addSeries(s);
            data.addSeries(mean);
            Color c = ChartStyle.colour(k + 1);
            renderer.setSeriesPaint(2 * k, ChartStyle.faded(c, 140));
            renderer.setSeriesShape(2 * k, new Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesPaint(2 * k + 1, c);
            renderer.setSeriesShape(2 * k + 1, new Ellipse2D.Double(-8, -8, 16, 16));
            alt.add(r.strategy() + ": mean " + SummaryTable.human(r.result().effect().mean()) + " events avoided for "
                    + money(r.result().cost().mean()) + "; " + r.result().dominance().words());
        }
        NumberAxis x = new NumberAxis("adverse events avoided over the period, against " + settings.baseline());
        NumberAxis y = new NumberAxis("incremental period cost (USD)");
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.addDomainMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.2f)));
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.2f)));
        String title = "Cost-effectiveness plane against " + settings.baseline();
        return ChartStyle.rendered(PLANE, title, "Each replication of each strategy as a point: adverse events avoided "
                + "across, extra cost up; right and below the axis is cheaper and better. " + String.join("; ", alt)
                + ".", ChartStyle.chart(title, "Each small point a paired replication, the large point "
                + "the mean; bottom right: cheaper and better; top left: dearer and worse", plot, true));
    }

    private RenderedChart curve() throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < acceptability.length; s++) {
            XYSeries series = new XYSeries(settings.strategies().get(s), false, true);
            for (int w = 0; w < wtp.length; w++) {
                if (Double.isFinite(acceptability[s][w])) {
                    series.add(wtp[w], acceptability[s][w]);
                }
            }
            data.addSeries(series);
            renderer.setSeriesPaint(s, ChartStyle.colour(s));
            renderer.setSeriesStroke(s, new BasicStroke(2.5f));
        }
        NumberAxis x = new NumberAxis("willingness to pay per adverse event avoided (USD)");
        NumberAxis y = new NumberAxis("probability of the highest net monetary benefit");
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        String title = "Cost-effectiveness acceptability curve";
        List<String> alt = new ArrayList<>();
        for (int s = 0; s < acceptability.length; s++) {
            alt.add(settings.strategies().get(s) + " " + Math.round(100 * acceptability[s][0]) + "% at 0 and "
                    + Math.round(100 * acceptability[s][wtp.length - 1]) + "% at " + money(wtp[wtp.length - 1]));
        }
        return ChartStyle.rendered(CURVE, title, "The share of paired replications in which each strategy has the "
                + "highest net monetary benefit, against what an adverse event avoided is worth: " + String.join("; ",
                alt) + ".", ChartStyle.chart(title, "Net monetary benefit = willingness to pay × "
                + "adverse events avoided − extra cost; the share of replications in which each strategy's is highest",
                plot, true));
    }
}
