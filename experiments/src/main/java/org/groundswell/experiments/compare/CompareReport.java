package org.groundswell.experiments.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.groundswell.experiments.output.FeltOutcomes;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.output.Version;
import org.groundswell.experiments.report.HtmlTemplate;
import org.groundswell.experiments.report.ParameterSources;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.report.Table;
import org.groundswell.experiments.stats.Estimate;
import org.groundswell.experiments.stats.PairedDifference;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * {@code report.html}: a comparison for people who will not open a CSV file, and may forward it. One
 * self-contained file — charts embedded as SVG (the PNGs are written beside it), no link to anything that
 * does not travel with it — that leads with what each strategy does over the strategy period in numbers people
 * use ({@link PeriodOutcomes}: adverse events avoided, nurses not burned out, staff who stayed, dollars over the
 * period), then the headline metrics at the end of the period with 95% intervals (rates as percentages), the
 * outcomes patients and staff feel ({@link FeltOutcomes}: each strategy's mean and its paired difference from
 * the baseline, with 95% intervals, "n/a" where the model reported nothing to count), the charts with
 * alternative text, and, folded below, the statistical details (paired differences, p-values,
 * d<sub>z</sub>), how to read them, what was run and how to reproduce it, and the published sources behind the
 * model's parameters. A print stylesheet makes it a clean PDF. Rendered from {@code compare-report.html.vm};
 * no timestamp, so the same comparison gives the same file.
 */
final class CompareReport {

    static final String FILE = "report.html";
    private static final String TEMPLATE = "compare-report.html.vm";
    private static final int FAILURES_SHOWN = 10;

    /** The metrics of the headline sentence, and how the sentence names them: harm, burnout, cost. */
    private static final Map<String, String> SENTENCE = Map.of(
            "adverse_events_per_1000_pd", "adverse events",
            "burnout_rate", "burnout",
            "cost_per_patient_day", "cost per patient-day");
    private static final List<String> SENTENCE_ORDER = List.of("adverse_events_per_1000_pd", "burnout_rate",
            "cost_per_patient_day");

    private CompareReport() {
    }

    /** A row of the means table: a cell per strategy. */
    public record MeanRow(String label, String unit, List<Cell> cells) {
    }

    /** A figure and its interval, kept whole each: a line may break between them, never inside one. */
    public record Cell(String value, String interval) {
    }

    /** A row of a differences table, formatted. */
    public record DifferenceRow(String label, String unit, Cell difference, Cell percent, String pT,
                                String pWilcoxon, String effectSize) {
    }

    /** The differences table of one strategy: the headline metrics, then the outcomes patients and staff feel. */
    public record DifferenceTable(String strategy, List<DifferenceRow> rows, List<DifferenceRow> felt) {
    }

    /**
     * A row of the table of outcomes patients and staff feel: the baseline's mean, then for each other strategy
     * its mean and its paired difference from the baseline, each with its 95% interval.
     */
    public record FeltRow(String label, String unit, List<Cell> cells) {
    }

    /**
     * The report's HTML.
     *
     * @param results the comparison's results
     * @param rows    its statistics
     * @param charts  its charts, in the order shown
     * @param costEffectiveness a sentence per strategy on what it costs and buys, shown first; empty for none
     * @return the HTML text
     */
    static String render(CompareResults results, List<ComparisonRow> rows, List<RenderedChart> charts,
                         List<String> costEffectiveness) {
        return render(results, rows, charts, costEffectiveness, null);
    }

    /**
     * The report's HTML, with what a comparison through a posterior found ({@link PosteriorVerdicts}).
     *
     * @param verdicts the table of verdicts; null for a comparison at one point
     */
    static String render(CompareResults results, List<ComparisonRow> rows, List<RenderedChart> charts,
                         List<String> costEffectiveness, Table verdicts) {
        CompareSettings s = results.settings();
        HospitalParameters p = s.scenario().parameters();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Groundswell comparison: " + s.scenario().name());
        model.put("costEffectiveness", costEffectiveness);
        model.put("hasVerdicts", verdicts != null);
        model.put("verdicts", verdicts);
        model.put("posterior", s.posterior() == null ? "" : s.posterior().posterior().source());
        model.put("version", Version.current());
        model.put("build", Version.described());
        model.put("scenario", s.scenario());
        model.put("strategies", s.strategies());
        model.put("strategyList", String.join(", ", s.strategies()));
        model.put("baseline", s.baseline());
        model.put("replications", s.replications());
        model.put("runs", s.runs());
        model.put("failedCount", results.failures().size());
        model.put("failures", results.failures().stream().limit(FAILURES_SHOWN)
                .map(f -> f.spec().strategy() + ", replication " + f.spec().replication() + " (seed "
                        + f.spec().seed() + "): " + f.error()).toList());
        model.put("warmupDays", p.warmupDays());
        model.put("days", p.days());
        model.put("summaryDays", Math.min(p.summaryDays(), p.totalDays()));
        model.put("seed", s.seed());
        model.put("firstSeed", s.seed(0));
        model.put("reproduce", s.reproduce());
        model.put("single", s.strategies().size() == 1);
        model.put("available", String.join(", ", Strategies.ids()));
        model.put("headlines", headlines(s, rows));
        model.put("leads", PeriodOutcomes.leads(results));
        model.put("leadHeadings", PeriodOutcomes.HEADINGS);
        model.put("baselineFigures", PeriodOutcomes.baseline(results));
        model.put("means", means(results, rows));
        model.put("feltHeading", FeltOutcomes.HEADING);
        model.put("feltColumns", feltColumns(s));
        model.put("felt", felt(results, rows));
        model.put("differences", differences(results, rows));
        model.put("hasHospitals", !results.hospitals().isEmpty());
        model.put("hospitals", results.hospitals().isEmpty() ? null : results.hospitals().table());
        model.put("charts", charts);
        List<ParameterSources.Assumption> sourced = ParameterSources.of(p);
        model.put("published", sourced.stream().filter(ParameterSources.Assumption::published).toList());
        model.put("assumed", sourced.stream().filter(a -> !a.published()).count());
        return HtmlTemplate.render(TEMPLATE, model);
    }

    /**
     * "After 730 days, frontline against none: adverse events −8.1% [−10.2%, −6.0%], burnout −3.2 points
     * [−4.0, −2.4], cost per patient-day +1.4% [+0.9%, +1.9%]." Burnout, a share, changes by percentage
     * points; the others by percent of the baseline's mean.
     */
    static List<String> headlines(CompareSettings s, List<ComparisonRow> rows) {
        List<String> sentences = new ArrayList<>();
        for (String strategy : s.strategies().subList(1, s.strategies().size())) {
            List<String> parts = new ArrayList<>();
            for (String name : SENTENCE_ORDER) {
                find(rows, strategy, name).ifPresent(row -> parts.add(SENTENCE.get(name) + " " + change(row)));
            }
            sentences.add("After " + s.days() + " days, " + strategy + " against " + s.baseline() + ": "
                    + String.join(", ", parts) + ".");
        }
        return sentences;
    }

    /** A share (0–1) changes by percentage points; anything else by percent of the baseline's mean. */
    private static String change(ComparisonRow row) {
        PairedDifference d = row.difference();
        if (row.metric().unit().startsWith("share")) {
            return points(d.mean()) + " points [" + points(d.ciLow()) + ", " + points(d.ciHigh()) + "]";
        }
        double[] pct = row.percent();
        return CompareCharts.percent(pct[0], pct[1], pct[2]);
    }

    private static String points(double share) {
        if (!Double.isFinite(share)) {
            return "n/a";
        }
        String text = String.format(Locale.ROOT, "%.1f", Math.abs(share * 100));
        return (share < 0 ? "\u2212" : share > 0 ? "+" : "") + text;
    }

    private static List<MeanRow> means(CompareResults results, List<ComparisonRow> rows) {
        List<MeanRow> table = new ArrayList<>();
        for (Metric m : results.charted()) {
            List<Cell> cells = new ArrayList<>();
            for (String strategy : results.settings().strategies()) {
                Estimate e = find(rows, strategy, m.name()).orElseThrow().estimate();
                cells.add(cell(mean(m, e)));
            }
            table.add(new MeanRow(Headlines.label(m), unitShown(m), cells));
        }
        return table;
    }

    private static List<DifferenceTable> differences(CompareResults results, List<ComparisonRow> rows) {
        List<String> strategies = results.settings().strategies();
        List<Metric> felt = FeltOutcomes.metrics().stream().filter(m -> !results.charted().contains(m)).toList();
        List<DifferenceTable> tables = new ArrayList<>();
        for (String strategy : strategies.subList(1, strategies.size())) {
            tables.add(new DifferenceTable(strategy, differenceRows(rows, strategy, results.charted()),
                    differenceRows(rows, strategy, felt)));
        }
        return tables;
    }

    private static List<DifferenceRow> differenceRows(List<ComparisonRow> rows, String strategy, List<Metric> metrics) {
        List<DifferenceRow> table = new ArrayList<>();
        for (Metric m : metrics) {
            ComparisonRow row = find(rows, strategy, m.name()).orElseThrow();
            PairedDifference d = row.difference();
            double[] pct = row.percent();
            table.add(new DifferenceRow(Headlines.label(m), isRate(m) ? "percentage points" : m.unit(),
                    cell(difference(m, d)), cell(CompareCharts.percent(pct[0], pct[1], pct[2])), pValue(d.pT()),
                    pValue(d.pWilcoxon()), Double.isFinite(d.effectSize()) ? CompareCharts.signed(
                            String.format(Locale.ROOT, "%.2f", Math.abs(d.effectSize())), d.effectSize()) : "n/a"));
        }
        return table;
    }

    /** A paired difference with its interval: in percentage points for a rate, else in the metric's unit. */
    private static String difference(Metric m, PairedDifference d) {
        return isRate(m) ? CompareCharts.signedInterval(100 * d.mean(), 100 * d.ciLow(), 100 * d.ciHigh())
                : CompareCharts.signedInterval(d.mean(), d.ciLow(), d.ciHigh());
    }

    /** A mean with its interval: as a percentage for a rate, else in the metric's unit; "n/a" if none. */
    private static String mean(Metric m, Estimate e) {
        return isRate(m) ? percentInterval(e.mean(), e.ciLow(), e.ciHigh())
                : CompareCharts.interval(e.mean(), e.ciLow(), e.ciHigh());
    }

    /** The headings of the felt outcomes' figures: the baseline, then each strategy and its difference. */
    static List<String> feltColumns(CompareSettings s) {
        List<String> columns = new ArrayList<>();
        columns.add(s.baseline());
        for (String strategy : s.strategies().subList(1, s.strategies().size())) {
            columns.add(strategy);
            columns.add(strategy + " \u2212 " + s.baseline());
        }
        return columns;
    }

    /**
     * The table of outcomes patients and staff feel ({@link FeltOutcomes}), a row each: the baseline's mean,
     * then each strategy's mean and its paired difference from the baseline (the statistics of
     * {@code comparison.csv}), each with its 95% interval. A rate's mean is a percentage and its difference in
     * percentage points. An outcome the model reported nothing for shows "n/a".
     */
    static List<FeltRow> felt(CompareResults results, List<ComparisonRow> rows) {
        List<String> strategies = results.settings().strategies();
        List<FeltRow> table = new ArrayList<>();
        for (Metric m : FeltOutcomes.metrics()) {
            List<Cell> cells = new ArrayList<>();
            for (int s = 0; s < strategies.size(); s++) {
                ComparisonRow row = find(rows, strategies.get(s), m.name()).orElseThrow();
                cells.add(cell(mean(m, row.estimate())));
                if (s > 0) {
                    cells.add(cell(difference(m, row.difference())));
                }
            }
            String unit = isRate(m) && strategies.size() > 1 ? unitShown(m) + "; differences in percentage points"
                    : unitShown(m);
            table.add(new FeltRow(Headlines.label(m), unit, cells));
        }
        return table;
    }

    /**
     * Whether a metric is a rate people read as a percentage: a share (of staff, of positions, of shifts, a
     * year), or an outcome per stay, complicated stay, admission or discharge.
     */
    static boolean isRate(Metric m) {
        String unit = m.unit();
        return unit.startsWith("share") || unit.equals("deaths/stay") || unit.equals("events/admission")
                || unit.equals("readmissions/discharge") || unit.equals("deaths/complicated stay");
    }

    /** The unit a rate is shown in: "%", "% a year", "% of stays"; other units as the registry writes them. */
    static String unitShown(Metric m) {
        return switch (m.unit()) {
            case "share/year" -> "% a year";
            case "deaths/stay", "share of stays" -> "% of stays";
            case "deaths/complicated stay" -> "% of complicated stays";
            case "events/admission" -> "% of admissions";
            case "readmissions/discharge" -> "% of discharges";
            default -> isRate(m) ? "%" : m.unit();
        };
    }

    /** "45.2 [44.1, 46.3]" split into its figure and its bracketed interval. */
    static Cell cell(String text) {
        int bracket = text.indexOf(" [");
        return bracket < 0 ? new Cell(text, "") : new Cell(text.substring(0, bracket), text.substring(bracket + 1));
    }

    /** "29.4% [28.4%, 30.4%]": a share as a percentage, three significant digits. */
    static String percentInterval(double share, double low, double high) {
        String v = percent(share);
        return Double.isFinite(low) ? v + " [" + percent(low) + ", " + percent(high) + "]" : v;
    }

    /** A share as a percentage: "29.4%", "2.88%", "0.412%" (three significant digits). */
    static String percent(double share) {
        if (!Double.isFinite(share)) {
            return "n/a";
        }
        double pct = Math.abs(100 * share);
        String digits = pct >= 10 ? String.format(Locale.ROOT, "%.1f", pct)
                : pct >= 1 ? String.format(Locale.ROOT, "%.2f", pct)
                : pct == 0 ? "0" : new java.math.BigDecimal(pct).round(new java.math.MathContext(3)).toPlainString();
        return (share < 0 ? "\u2212" : "") + digits + "%";
    }

    /** "0.032", "&lt;0.001", or "n/a". */
    static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return "n/a";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    private static Optional<ComparisonRow> find(List<ComparisonRow> rows, String strategy, String metric) {
        return rows.stream().filter(r -> r.strategy().equals(strategy) && r.metric().name().equals(metric))
                .findFirst();
    }
}
