package org.groundswell.experiments.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.groundswell.experiments.execution.DaySeries;
import org.groundswell.experiments.output.Charts;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.output.Version;
import org.groundswell.experiments.report.ChartStyle;
import org.groundswell.experiments.report.HtmlTemplate;
import org.groundswell.experiments.report.ParameterSources;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.stats.DailyBands;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.web.ClassRun;

/**
 * The report of a class's run in the browser ({@code groundswell serve}, class mode): the class's hospital
 * against its twin, the same hospital on the same seed under the model's own decisions, as one self-contained
 * HTML file in the style of the comparison's report ({@link CompareReport}) — what the class's decisions did over
 * the days played, in the numbers people use (adverse events, nurses burned out, staff who quit, dollars), the
 * headline metrics at the end, the charts (SVG, embedded), every decision with who made it, and the published
 * sources behind the parameters. One run, not replications: the figures say what the class's decisions did in
 * this hospital on this seed, both hospitals meeting the same patients and staff, and carry no interval.
 */
public final class ClassReport {

    private static final String TEMPLATE = "class-report.html.vm";
    /** The days at the end whose daily values the end-of-run table averages (the summary window, at most). */
    private static final int END_DAYS = 90;

    private ClassReport() {
    }

    /** A headline metric at the end: the class's, the model's, and the difference, formatted. */
    public record Row(String label, String unit, String classValue, String modelValue, String difference) {
    }

    /** A count over the days played. */
    public record Outcome(String what, String classValue, String modelValue, String difference) {
    }

    /** How often a kind of decision went each way. */
    public record Tally(String kind, long answered, long standing, long timedOut, String choices) {
    }

    /** The report's HTML. */
    public static String render(ClassRun run) {
        List<DayRecord> mine = played(run.classDays());
        List<DayRecord> twin = played(run.modelDays());
        int days = Math.min(mine.size(), twin.size());
        mine = mine.subList(0, days);
        twin = twin.subList(0, days);
        DaySeries classSeries = series(mine);
        DaySeries modelSeries = series(twin);
        Map<String, Object> model = new LinkedHashMap<>();
        var p = run.scenario().parameters();
        model.put("title", "Groundswell class run: " + run.scenario().name() + ", room " + run.code());
        model.put("scenario", run.scenario());
        model.put("strategy", run.strategy());
        model.put("seed", p.seed());
        model.put("warmupDays", p.warmupDays());
        model.put("days", p.days());
        model.put("played", days);
        model.put("finished", run.finished());
        model.put("timeLimit", run.timeLimit());
        model.put("standDays", run.standDays());
        model.put("students", run.students());
        model.put("version", Version.current());
        model.put("endDays", Math.min(END_DAYS, days));
        List<Outcome> outcomes = days == 0 ? List.of() : outcomes(classSeries, modelSeries, mine, twin);
        model.put("outcomes", outcomes);
        model.put("sentence", days == 0 ? "" : sentence(days, outcomes));
        model.put("rows", days == 0 ? List.of() : rows(mine, twin));
        model.put("charts", days < 2 ? List.of() : charts(run, classSeries, modelSeries));
        model.put("tallies", tallies(run.decisions()));
        model.put("decisions", run.decisions());
        List<ParameterSources.Assumption> sourced = ParameterSources.of(p);
        model.put("published", sourced.stream().filter(ParameterSources.Assumption::published).toList());
        return HtmlTemplate.render(TEMPLATE, model);
    }

    private static List<DayRecord> played(List<DayRecord> days) {
        return days.stream().filter(d -> d.day() >= 0).toList();
    }

    private static DaySeries series(List<DayRecord> days) {
        return new DaySeries(0, days.stream().map(DayRecord::values).toArray(double[][]::new));
    }

    private static List<Outcome> outcomes(DaySeries mine, DaySeries twin, List<DayRecord> mineDays,
                                          List<DayRecord> twinDays) {
        List<Outcome> out = new ArrayList<>();
        double harmMine = PeriodTotal.ADVERSE_EVENTS.of(mine);
        double harmTwin = PeriodTotal.ADVERSE_EVENTS.of(twin);
        out.add(new Outcome("Adverse events", PeriodOutcomes.whole(harmMine), PeriodOutcomes.whole(harmTwin),
                count(harmMine - harmTwin, "more", "fewer")));
        double burnedMine = last(mineDays, Metrics.NURSE_BURNOUT_RATE) * last(mineDays, Metrics.NURSE_HEADCOUNT_METRIC);
        double burnedTwin = last(twinDays, Metrics.NURSE_BURNOUT_RATE) * last(twinDays, Metrics.NURSE_HEADCOUNT_METRIC);
        out.add(new Outcome("Nurses burned out, on the last day", PeriodOutcomes.whole(burnedMine),
                PeriodOutcomes.whole(burnedTwin), count(burnedMine - burnedTwin, "more", "fewer")));
        double quitsMine = PeriodTotal.QUITS.of(mine);
        double quitsTwin = PeriodTotal.QUITS.of(twin);
        out.add(new Outcome("Staff who quit", PeriodOutcomes.whole(quitsMine), PeriodOutcomes.whole(quitsTwin),
                count(quitsMine - quitsTwin, "more", "fewer")));
        double costMine = last(mineDays, Metrics.PERIOD_COST);
        double costTwin = last(twinDays, Metrics.PERIOD_COST);
        out.add(new Outcome("Cost of the days played", PeriodOutcomes.dollars(costMine), PeriodOutcomes.dollars(costTwin),
                PeriodOutcomes.dollars(Math.abs(costMine - costTwin)) + (costMine >= costTwin ? " more" : " less")));
        return out;
    }

    /** "12 more", "3 fewer", or "none" for a difference that rounds to nothing. */
    private static String count(double difference, String more, String fewer) {
        if (Math.abs(difference) < 0.5) {
            return NONE;
        }
        return PeriodOutcomes.whole(Math.abs(difference)) + " " + (difference >= 0 ? more : fewer);
    }

    private static final String NONE = "none";

    private static String sentence(int days, List<Outcome> outcomes) {
        List<String> nouns = List.of("adverse events", "nurses burned out at the end", "staff who quit");
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < nouns.size(); i++) {
            String d = outcomes.get(i).difference();
            phrases.add(d.equals(NONE) ? "no difference in " + nouns.get(i) : d + " " + nouns.get(i));
        }
        return "Over the " + days + " days played, the class's decisions against the model's own in the same hospital: "
                + String.join(", ", phrases) + ", and " + outcomes.get(3).difference() + " spent.";
    }

    private static double last(List<DayRecord> days, Metric metric) {
        return days.get(days.size() - 1).value(metric);
    }

    /** The mean of the daily values over the last days (the last value, for a cumulative metric). */
    private static double end(List<DayRecord> days, Metric metric) {
        if (metric.summary() == Metric.Summary.LAST) {
            return last(days, metric);
        }
        double sum = 0;
        int n = 0;
        for (DayRecord day : days.subList(Math.max(0, days.size() - END_DAYS), days.size())) {
            double v = day.value(metric);
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static List<Row> rows(List<DayRecord> mine, List<DayRecord> twin) {
        List<Row> rows = new ArrayList<>();
        for (Metric m : Headlines.metrics()) {
            double a = end(mine, m);
            double b = end(twin, m);
            rows.add(new Row(Headlines.label(m), m.unit(), SummaryTable.human(a), SummaryTable.human(b),
                    Double.isFinite(a - b) ? CompareCharts.signed(SummaryTable.human(Math.abs(a - b)), a - b) : "n/a"));
        }
        return rows;
    }

    private static List<RenderedChart> charts(ClassRun run, DaySeries mine, DaySeries twin) {
        List<Metric> metrics = Headlines.metrics();
        List<String> arms = List.of("The class's decisions", "The model's own decisions");
        List<DailyBands> bands = new ArrayList<>();
        for (DaySeries series : List.of(mine, twin)) {
            DailyBands band = new DailyBands(metrics.size(), series.days());
            for (int c = 0; c < metrics.size(); c++) {
                int m = Metrics.all().indexOf(metrics.get(c));
                double[] column = new double[series.days()];
                for (int d = 0; d < column.length; d++) {
                    column[d] = series.values()[d][m];
                }
                band.add(c, Charts.rollingMean(column, Charts.WINDOW));
            }
            bands.add(band);
        }
        List<RenderedChart> charts = new ArrayList<>();
        for (int c = 0; c < metrics.size(); c++) {
            Metric metric = metrics.get(c);
            List<String> endings = new ArrayList<>();
            var plot = CompareCharts.timeSeriesPlot(metric, arms, bands, c, endings);
            String title = Headlines.label(metric) + " (" + metric.unit() + ")";
            String subtitle = run.scenario().name() + ", seed " + run.scenario().parameters().seed() + ": each day's "
                    + Charts.WINDOW + "-day rolling mean, the class's hospital and its twin";
            try {
                charts.add(ChartStyle.rendered("class-" + metric.name() + ".png", title, "Line chart of "
                        + metric.description() + " over the days played, the class's hospital against the model's. "
                        + String.join("; ", endings) + ".", ChartStyle.chart(title, subtitle, plot, true)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return charts;
    }

    private static List<Tally> tallies(List<ClassRun.Decision> decisions) {
        List<Tally> out = new ArrayList<>();
        for (String kind : List.of("harm", "release", "speak-up")) {
            List<ClassRun.Decision> mine = decisions.stream().filter(d -> d.kind().equals(kind)).toList();
            Map<String, Long> choices = new LinkedHashMap<>();
            mine.forEach(d -> choices.merge(d.choice(), 1L, Long::sum));
            List<String> parts = new ArrayList<>();
            choices.forEach((choice, n) -> parts.add(n + " " + (choice.equals("model") ? "left to the model" : choice)));
            out.add(new Tally(kind, mine.stream().filter(d -> d.how().equals("answered")).count(),
                    mine.stream().filter(d -> d.how().equals("standing")).count(),
                    mine.stream().filter(d -> d.how().equals("timed out")).count(), String.join(", ", parts)));
        }
        return out;
    }
}
