package org.groundswell.experiments.compare;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import org.groundswell.experiments.execution.DaySeries;
import org.groundswell.experiments.execution.RunResult;
import org.groundswell.experiments.execution.RunSpec;
import org.groundswell.experiments.output.FeltOutcomes;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics, charts and report of a comparison of several strategies, on made-up results (today's model
 * has only the baseline strategy): a strategy whose every metric is 10% below the baseline's, replication by
 * replication, and one identical to the baseline.
 */
class ManyStrategiesReportTest {

    private static final int REPLICATIONS = 5;
    private static final int DAYS = 30;
    private static final List<String> STRATEGIES = List.of("none", "lower", "same");

    static CompareResults results() {
        return results(false);
    }

    /**
     * The made-up comparison; with {@code feltUnbuilt}, the outcomes patients and staff feel are what the model
     * reports before their mechanisms are built: 0, and failure to rescue missing (NaN, no complicated stay).
     */
    static CompareResults results(boolean feltUnbuilt) {
        HospitalParameters p = HospitalParameters.communityHospital().withDays(10, DAYS);
        Scenario scenario = new Scenario("made-up", "A hospital <with> \"markup\" & more.", "test", p);
        CompareSettings settings = new CompareSettings(scenario, STRATEGIES, "none", REPLICATIONS, 3, "./groundswell compare");
        CompareResults results = new CompareResults(settings, Headlines.metrics());
        List<Metric> all = Metrics.all();
        for (int r = 0; r < REPLICATIONS; r++) {
            for (int s = 0; s < STRATEGIES.size(); s++) {
                double factor = s == 1 ? 0.9 : 1.0;
                Map<String, Double> metrics = new LinkedHashMap<>();
                double[][] days = new double[DAYS][all.size()];
                for (int m = 0; m < all.size(); m++) {
                    double value = (10 + m) * (1 + 0.05 * Math.sin(r * 1.7 + m)) * factor;
                    if (feltUnbuilt && FeltOutcomes.metrics().contains(all.get(m))) {
                        value = all.get(m) == Metrics.FAILURE_TO_RESCUE_RATE ? Double.NaN : 0;
                    }
                    metrics.put(all.get(m).name(), value);
                    for (int d = 0; d < DAYS; d++) {
                        days[d][m] = value * (1 + 0.01 * Math.cos(d + r));
                    }
                }
                RunSpec spec = new RunSpec(r * STRATEGIES.size() + s, "id" + r + s, 0, STRATEGIES.get(s), r,
                        settings.seed(r), p, List.of(), true);
                results.add(new RunResult(spec, metrics, new DaySeries(0, days), null));
            }
        }
        return results;
    }

    @Test
    void aStrategyTenPercentLowerInEveryReplicationShowsMinusTenPercentWithATightInterval() {
        List<ComparisonRow> rows = ComparisonRow.of(results());
        assertEquals(STRATEGIES.size() * Metrics.all().size(), rows.size());
        ComparisonRow lower = rows.stream().filter(r -> r.strategy().equals("lower")
                && r.metric().name().equals("burnout_rate")).findFirst().orElseThrow();
        assertEquals(-10, lower.percent()[0], 1e-9);
        assertTrue(lower.percent()[1] < -10 && lower.percent()[2] > -10);
        assertTrue(lower.difference().pT() < 0.001);
        assertEquals(2 * 0.03125, lower.difference().pWilcoxon(), 1e-12, "5 negative differences: 2/2^5");
        ComparisonRow same = rows.stream().filter(r -> r.strategy().equals("same")
                && r.metric().name().equals("burnout_rate")).findFirst().orElseThrow();
        assertEquals(0, same.difference().mean());
        ComparisonRow baseline = rows.stream().filter(r -> r.strategy().equals("none")).findFirst().orElseThrow();
        assertNull(baseline.difference());
    }

    @Test
    void theReportLeadsWithAHeadlinePerStrategyEscapesTextAndEmbedsTheDifferenceChart()
            throws IOException, InterruptedException {
        CompareResults results = results();
        List<ComparisonRow> rows = ComparisonRow.of(results);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        List<RenderedChart> charts;
        try {
            charts = CompareCharts.render(results, rows, thread);
        } finally {
            thread.shutdown();
        }
        assertEquals(CompareCharts.DIFFERENCES, charts.get(0).file());
        assertEquals(CompareCharts.FELT_DIFFERENCES, charts.get(1).file());
        assertEquals(2 + Headlines.metrics().size(), charts.size());
        assertTrue(charts.get(0).alt().contains("lower against none: adverse events \u221210.0%"),
                charts.get(0).alt());

        String html = CompareReport.render(results, rows, charts, List.of());
        assertTrue(html.contains("After " + DAYS + " days, lower against none: adverse events &minus;10.0% ["),
                "the sentences of relative change, among the details");
        assertTrue(html.contains("burnout &minus;"), "burnout in percentage points");
        assertTrue(html.contains("After " + DAYS + " days, same against none:"));
        assertTrue(html.contains("<h3>lower against none, replication by replication</h3>"));
        assertTrue(html.contains("A hospital &lt;with&gt; &quot;markup&quot; &amp; more."), "escaped");
        assertFalse(html.contains("<with>"));
        assertFalse(html.contains("Only one strategy was run"));
    }

    @Test
    void theTableOnTheConsoleShowsEachStrategysDifference() throws IOException {
        CompareResults results = results();
        List<ComparisonRow> rows = ComparisonRow.of(results);
        Comparison.Result result = new Comparison.Result(java.nio.file.Path.of("x"), List.of(), rows, 0);
        String table = CompareTable.format(results.settings(), result);
        assertTrue(table.contains("  lower\n"), table);
        assertTrue(table.contains("\u221210.0% ["), table);
        assertTrue(table.contains("vs none, p < 0.001"), table);
    }
}
