package org.groundswell.experiments.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.groundswell.experiments.output.Charts;
import org.groundswell.experiments.output.FeltOutcomes;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.report.ChartStyle;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.stats.DailyBands;
import org.groundswell.experiments.stats.Estimate;
import org.groundswell.experiments.stats.PairedDifference;
import org.groundswell.model.metrics.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a comparison (JFreeChart):
 * <ul>
 *   <li>{@code timeseries-<metric>.svg} and {@code .png} for each charted metric: one line per strategy, the mean over
 *       replications of each replication's {@value Charts#WINDOW}-day rolling mean, in a shaded 95% confidence
 *       band, over the strategy period from the first full window;</li>
 *   <li>{@code differences.svg} and {@code .png}, when there is more than the baseline: each strategy's difference from the
 *       baseline at the end of the run (the summary window), in percent of the baseline's mean, as a dot with
 *       its 95% interval, one row per metric. A row whose interval misses 0 is a difference the replications
 *       can tell from noise;</li>
 *   <li>{@code differences-felt.svg} and {@code .png}, likewise, for the outcomes patients and staff feel
 *       ({@link FeltOutcomes}). Every outcome keeps its row, so the chart always names them all: one without a
 *       relative difference (its baseline mean is 0, or the model reported nothing to count) is labelled
 *       "n/a" and drawn without a dot, and its absolute difference is in the report's table.</li>
 * </ul>
 */
final class CompareCharts {

    static final String DIFFERENCES = "differences.png";
    static final String FELT_DIFFERENCES = "differences-felt.png";

    private CompareCharts() {
    }

    /**
     * Every chart of the comparison, in the order the report shows them, each drawn by a task of
     * {@code threads}: a chart is drawn on one thread from its own objects, so its image is the same on any.
     *
     * @throws IOException          if a chart cannot be encoded
     * @throws InterruptedException if interrupted while waiting for one
     */
    static List<RenderedChart> render(CompareResults results, List<ComparisonRow> rows, ExecutorService threads)
            throws IOException, InterruptedException {
        return await(submit(results, rows, threads));
    }

    /**
     * Starts drawing every chart of the comparison on {@code threads}, as {@link #render} does, and returns at
     * once: the caller goes on with other work while they are drawn, and {@linkplain #await waits} for them later.
     *
     * @return a task per chart, in the order the report shows them
     */
    static List<Future<RenderedChart>> submit(CompareResults results, List<ComparisonRow> rows,
                                              ExecutorService threads) {
        List<Future<RenderedChart>> drawn = new ArrayList<>();
        for (Drawing drawing : drawings(results, rows)) {
            drawn.add(threads.submit(drawing::draw));
        }
        return drawn;
    }

    /**
     * The charts the tasks drew, in the tasks' order.
     *
     * @throws IOException          if a chart cannot be encoded
     * @throws InterruptedException if interrupted while waiting for one
     */
    static List<RenderedChart> await(List<Future<RenderedChart>> drawn) throws IOException, InterruptedException {
        List<RenderedChart> charts = new ArrayList<>();
        for (Future<RenderedChart> chart : drawn) {
            charts.add(Comparison.done(chart));
        }
        return charts;
    }

    /** One chart to draw. */
    @FunctionalInterface
    private interface Drawing {
        RenderedChart draw() throws IOException;
    }

    /** The charts of the comparison, in the order the report shows them, not yet drawn. */
    private static List<Drawing> drawings(CompareResults results, List<ComparisonRow> rows) {
        List<Drawing> drawings = new ArrayList<>();
        if (results.settings().strategies().size() > 1) {
            drawings.add(() -> differences(results, rows));
            drawings.add(() -> feltDifferences(results, rows));
        }
        for (int c = 0; c < results.charted().size(); c++) {
            int chart = c;
            drawings.add(() -> timeSeries(results, chart));
        }
        return drawings;
    }

    static String timeSeriesFile(Metric metric) {
        return "timeseries-" + metric.name() + ".png";
    }

    private static RenderedChart timeSeries(CompareResults results, int c) throws IOException {
        Metric metric = results.charted().get(c);
        List<String> strategies = results.settings().strategies();
        List<DailyBands> bands = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            bands.add(results.rolled(s));
        }
        List<String> endings = new ArrayList<>();
        XYPlot plot = timeSeriesPlot(metric, strategies, bands, c, endings);
        int n = results.settings().replications();
        String title = Headlines.label(metric) + " (" + metric.unit() + ")";
        String subtitle = results.settings().scenario().name() + ": mean of " + n + " replication"
                + (n == 1 ? "" : "s") + " of each strategy's " + Charts.WINDOW + "-day rolling mean; shaded: 95% "
                + "confidence interval of the mean";
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
        String alt = "Line chart of " + metric.description().toLowerCase(Locale.ROOT) + " (" + metric.unit()
                + ") over the " + results.settings().days() + " days of the strategy period, one line per strategy "
                + "with its 95% band. " + String.join("; ", endings) + ".";
        return ChartStyle.rendered(timeSeriesFile(metric), title, alt, chart);
    }

    /**
     * The plot of one metric's daily bands, a line and band per strategy. It starts on day
     * {@code WINDOW − 1}, the first day whose rolling mean covers a whole window: before it, the mean is over
     * 1, 2, … days and jumps about by chance (up to √{@value Charts#WINDOW} times the noise of a full window),
     * which would stretch the value axis and draw a "jump" at day 0 that no strategy caused.
     *
     * @param endings filled with a sentence per strategy on where it ends, for the alternative text
     */
    static XYPlot timeSeriesPlot(Metric metric, List<String> strategies, List<DailyBands> bands, int c,
                                 List<String> endings) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int first = Charts.WINDOW - 1;
        int days = 0;
        for (int s = 0; s < strategies.size(); s++) {
            DailyBands band = bands.get(s);
            days = Math.max(days, band.days());
            YIntervalSeries series = new YIntervalSeries(strategies.get(s));
            Estimate last = null;
            for (int d = Math.min(first, Math.max(0, band.days() - 1)); d < band.days(); d++) {
                Estimate e = band.day(c, d);
                if (Double.isFinite(e.mean())) {
                    boolean ci = Double.isFinite(e.ciLow());
                    series.add(d, e.mean(), ci ? e.ciLow() : e.mean(), ci ? e.ciHigh() : e.mean());
                    last = e;
                }
            }
            data.addSeries(series);
            Color colour = ChartStyle.colour(s);
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesFillPaint(s, colour);
            renderer.setSeriesStroke(s, new BasicStroke(2.2f));
            if (last != null) {
                endings.add(strategies.get(s) + " ends at " + interval(last.mean(), last.ciLow(), last.ciHigh()));
            }
        }
        renderer.setAlpha(0.15f);
        NumberAxis dayAxis = new NumberAxis("Day of the strategy period (each point: mean of the " + Charts.WINDOW
                + " days up to it)");
        dayAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        dayAxis.setAutoRangeIncludesZero(false);
        if (days - 1 > first) {
            dayAxis.setRange(first, days - 1);
        }
        NumberAxis values = new NumberAxis(metric.label() + " (" + metric.unit() + ")");
        values.setAutoRangeIncludesZero(false);
        return new XYPlot(data, dayAxis, values, renderer);
    }

    private static RenderedChart differences(CompareResults results, List<ComparisonRow> rows) throws IOException {
        List<String> strategies = results.settings().strategies();
        // A metric whose baseline mean is 0 (adoption, under a baseline that adopts nothing) has no relative
        // difference: it is left off this chart, and its absolute difference is in the report's tables.
        List<Metric> metrics = results.charted().stream().filter(m -> strategies.subList(1, strategies.size())
                .stream().anyMatch(s -> Double.isFinite(find(rows, s, m).percent()[0]))).toList();
        String title = "Difference from " + strategies.get(0) + " at the end of the run";
        return differences(results, rows, metrics, DIFFERENCES, title, "");
    }

    /**
     * The differences of the outcomes patients and staff feel: every one keeps its row, labelled "n/a" where no
     * strategy has a relative difference from the baseline (its mean is 0, or there was nothing to count).
     */
    private static RenderedChart feltDifferences(CompareResults results, List<ComparisonRow> rows)
            throws IOException {
        String title = FeltOutcomes.HEADING + ": difference from " + results.settings().strategies().get(0);
        return differences(results, rows, FeltOutcomes.metrics(), FELT_DIFFERENCES, title,
                "n/a: no dot, as there is no relative difference (the baseline's mean is 0, or nothing was counted); "
                        + "the report's table has the absolute difference");
    }

    /**
     * A dot-and-interval chart of each strategy's difference from the baseline on {@code metrics}, a row each.
     *
     * @param note a second subtitle, shown if a row is "n/a"; if not empty, every row keeps its place on the axis,
     *             drawn or not
     */
    private static RenderedChart differences(CompareResults results, List<ComparisonRow> rows, List<Metric> metrics,
                                             String file, String title, String note) throws IOException {
        List<String> strategies = results.settings().strategies();
        String[] labels = new String[metrics.size()];
        for (int m = 0; m < metrics.size(); m++) {
            Metric metric = metrics.get(m);
            boolean any = strategies.subList(1, strategies.size()).stream()
                    .anyMatch(s -> Double.isFinite(find(rows, s, metric).percent()[0]));
            labels[m] = Headlines.label(metric) + (any ? "" : " (n/a)");
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setErrorPaint(null);
        renderer.setCapLength(8);
        List<String> sentences = new ArrayList<>();
        int others = strategies.size() - 1;
        boolean drawn = false;
        for (int s = 1; s < strategies.size(); s++) {
            YIntervalSeries series = new YIntervalSeries(strategies.get(s) + " − " + strategies.get(0));
            double offset = others == 1 ? 0 : (s - 1 - (others - 1) / 2.0) * 0.5 / others;
            List<String> parts = new ArrayList<>();
            for (int m = 0; m < metrics.size(); m++) {
                ComparisonRow row = find(rows, strategies.get(s), metrics.get(m));
                double[] pct = row.percent();
                String name = Headlines.label(metrics.get(m)).toLowerCase(Locale.ROOT);
                if (Double.isFinite(pct[0])) {
                    boolean ci = Double.isFinite(pct[1]);
                    series.add(m + offset, pct[0], ci ? pct[1] : pct[0], ci ? pct[2] : pct[0]);
                    parts.add(name + " " + percent(pct[0], pct[1], pct[2]));
                    drawn = true;
                } else {
                    parts.add(name + " n/a");
                }
            }
            data.addSeries(series);
            Color colour = ChartStyle.colour(s);
            renderer.setSeriesPaint(s - 1, colour);
            sentences.add(strategies.get(s) + " against " + strategies.get(0) + ": " + String.join(", ", parts));
        }
        SymbolAxis metricAxis = new SymbolAxis(null, labels);
        metricAxis.setGridBandsVisible(false);
        metricAxis.setInverted(true);
        if (!note.isEmpty() && metrics.size() > 0) {
            // Every row shown, with a dot or not.
            metricAxis.setRange(-0.5, metrics.size() - 0.5);
        }
        NumberAxis percentAxis = new NumberAxis("Difference from " + strategies.get(0) + ", % of its mean");
        percentAxis.setAutoRangeStickyZero(false);
        if (!drawn) {
            // Nothing to draw yet: an axis around 0, rather than JFreeChart's 0 to 1 for an empty dataset.
            percentAxis.setRange(-10, 10);
        }
        XYPlot plot = new XYPlot(data, metricAxis, percentAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, new Color(0x444444), new BasicStroke(1.2f)));
        PairedDifference any = rows.stream().filter(r -> r.difference() != null).findFirst()
                .map(ComparisonRow::difference).orElse(null);
        String subtitle = results.settings().scenario().name() + ": paired differences over the last "
                + summaryDays(results) + " days, mean of " + (any == null ? 0 : any.n())
                + " replications with 95% confidence intervals";
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
        if (!note.isEmpty() && java.util.Arrays.stream(labels).anyMatch(l -> l.endsWith(" (n/a)"))) {
            chart.addSubtitle(new TextTitle(note, ChartStyle.SUBTITLE));
        }
        String alt = "Dot-and-interval chart of each strategy's difference from " + strategies.get(0)
                + ", in percent of its mean, with 95% confidence intervals. " + String.join(". ", sentences) + ".";
        return ChartStyle.rendered(file, title, alt, chart);
    }

    private static int summaryDays(CompareResults results) {
        var p = results.settings().scenario().parameters();
        return Math.min(p.summaryDays(), p.totalDays());
    }

    private static ComparisonRow find(List<ComparisonRow> rows, String strategy, Metric metric) {
        return rows.stream().filter(r -> r.strategy().equals(strategy) && r.metric().equals(metric)).findFirst()
                .orElseThrow();
    }

    /** "45.2 [44.1, 46.3]" with four significant digits, or the value alone without an interval. */
    static String interval(double value, double low, double high) {
        String v = SummaryTable.human(value);
        return Double.isFinite(low) ? v + " [" + SummaryTable.human(low) + ", " + SummaryTable.human(high) + "]" : v;
    }

    /** "−0.8581 [−1.386, −0.3299]": a difference, every number with its sign. */
    static String signedInterval(double value, double low, double high) {
        String v = signed(value);
        return Double.isFinite(low) ? v + " [" + signed(low) + ", " + signed(high) + "]" : v;
    }

    private static String signed(double value) {
        return Double.isFinite(value) ? signed(SummaryTable.human(Math.abs(value)), value) : "n/a";
    }

    /** {@code magnitude} with the sign of {@code value}: a true minus sign, a plus, or none for 0. */
    static String signed(String magnitude, double value) {
        return (value < 0 ? "\u2212" : value > 0 ? "+" : "") + magnitude;
    }

    /** "−12.3% [−15.0%, −9.6%]". */
    static String percent(double value, double low, double high) {
        String v = signedPercent(value);
        return Double.isFinite(low) ? v + " [" + signedPercent(low) + ", " + signedPercent(high) + "]" : v;
    }

    /** A signed percentage: one decimal from 1% up, two significant digits below (so −0.0043% is not −0.0%). */
    static String signedPercent(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        String text = abs >= 1 || abs == 0 ? String.format(Locale.ROOT, "%.1f", abs)
                : new java.math.BigDecimal(abs).round(new java.math.MathContext(2)).toPlainString();
        return (value < 0 ? "\u2212" : value > 0 ? "+" : "") + text + "%";
    }
}
