package org.groundswell.experiments.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.execution.Seeds;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.output.Version;
import org.groundswell.experiments.report.HtmlTemplate;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.report.Table;
import org.groundswell.experiments.sensitivity.SensitivityReport;
import org.groundswell.experiments.stats.Estimate;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * {@code report.html} of a sweep without a sensitivity analysis: one self-contained file (charts embedded) with
 * what was run, a table per charted metric of its mean and 95% interval at each design point under each
 * strategy (the figures of {@code points.csv}), and the charts. A sweep with a sensitivity analysis writes the
 * {@link SensitivityReport} instead, with the same tables folded below. Rendered from
 * {@code sweep-report.html.vm}; no timestamp.
 */
final class SweepReport {

    static final String FILE = "report.html";
    private static final String TEMPLATE = "sweep-report.html.vm";

    private SweepReport() {
    }

    /**
     * The report's HTML.
     *
     * @param points    the design
     * @param summaries each point's estimates
     * @param charts    the sweep's charts
     * @param runs      runs planned
     * @param failed    runs that failed
     */
    static String render(DesignPoints points, List<PointSummaries.PointSummary> summaries,
                         List<RenderedChart> charts, long runs, long failed) {
        Experiment e = points.experiment();
        HospitalParameters p = e.scenario().parameters();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Sweep: " + e.name());
        model.put("version", Version.current());
        model.put("build", Version.described());
        model.put("description", e.description());
        model.put("scenario", e.scenario());
        model.put("strategyList", String.join(", ", e.strategies()));
        model.put("design", e.design().type() + " design, " + SensitivityReport.design(points));
        model.put("runs", runs);
        model.put("failed", failed);
        model.put("replications", e.replications());
        model.put("warmupDays", p.warmupDays());
        model.put("days", p.days());
        model.put("summaryDays", Math.min(p.summaryDays(), p.totalDays()));
        model.put("seed", e.seed());
        model.put("firstSeed", Seeds.replication(e.seed(), 0));
        model.put("source", e.source());
        model.put("parameters", SensitivityReport.parameters(e));
        model.put("pointTables", tables(e, summaries));
        model.put("charts", charts);
        return HtmlTemplate.render(TEMPLATE, model);
    }

    /**
     * A table per charted metric: a row per design point, its parameter values, then its mean [95% CI] under
     * each strategy.
     */
    static List<Table> tables(Experiment e, List<PointSummaries.PointSummary> summaries) {
        List<String> columns = new ArrayList<>(List.of("point"));
        e.parameters().stream().map(SweptParameter::path).forEach(columns::add);
        columns.addAll(e.strategies());
        List<Table> tables = new ArrayList<>();
        for (Metric m : e.metrics()) {
            Map<Integer, List<String>> rows = new LinkedHashMap<>();
            for (PointSummaries.PointSummary s : summaries) {
                List<String> row = rows.computeIfAbsent(s.point(), k -> {
                    List<String> cells = new ArrayList<>();
                    cells.add(Integer.toString(k));
                    cells.addAll(s.values());
                    e.strategies().forEach(x -> cells.add(""));
                    return cells;
                });
                row.set(1 + e.parameters().size() + e.strategies().indexOf(s.strategy()), interval(s.of(m)));
            }
            tables.add(new Table(m.label(), m.unit(), columns, 1 + e.parameters().size(),
                    List.copyOf(rows.values())));
        }
        return tables;
    }

    /** "0.3012 [0.2871, 0.3153]", the mean alone with one replication, "n/a" with none. */
    static String interval(Estimate e) {
        String mean = SummaryTable.human(e.mean());
        return Double.isFinite(e.ciLow()) ? mean + " [" + SummaryTable.human(e.ciLow()) + ", "
                + SummaryTable.human(e.ciHigh()) + "]" : mean;
    }
}
