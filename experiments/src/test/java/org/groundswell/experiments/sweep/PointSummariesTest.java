package org.groundswell.experiments.sweep;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointSummariesTest {

    private static final List<SweptParameter> PARAMETERS = List.of(
            new SweptParameter.Range("staffing.patientsPerNurse", 4, 7, true, 0));

    /** A runs.csv row: every metric {@code value}, or empty for a failed run. */
    private static List<String> row(String id, int point, String strategy, int replication, String x, Double value) {
        List<String> row = new ArrayList<>(List.of(id, Integer.toString(point), strategy,
                Integer.toString(replication), "1", x));
        for (Metric m : Metrics.all()) {
            row.add(value == null ? "" : Double.toString(value));
        }
        row.add(value == null ? "boom" : "");
        return row;
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("run_id", "point", "strategy", "replication", "seed",
                "staffing.patientsPerNurse"));
        Metrics.all().forEach(m -> header.add(m.name()));
        header.add("error");
        return header;
    }

    /**
     * Point 0 has replications 1, 3 and 5 (mean 3, SD 2; t(0.975, 2) = 4.302653, so the CI is 3 ± 4.968); point 1
     * one value and a failed run; the rows come out of run_id order.
     */
    @Test
    void eachPointGetsTheMeanSdAndConfidenceIntervalOfItsReplications() {
        List<List<String>> rows = List.of(row("a", 1, "none", 0, "5", 8.0), row("b", 0, "none", 2, "4", 5.0),
                row("c", 0, "none", 0, "4", 1.0), row("d", 1, "none", 1, "5", null), row("e", 0, "none", 1, "4", 3.0));
        List<PointSummaries.PointSummary> summaries = PointSummaries.of(header(), rows, List.of("none"), PARAMETERS);
        assertEquals(2, summaries.size());
        var zero = summaries.get(0).of(Metrics.BURNOUT_RATE);
        assertEquals(3, zero.n());
        assertEquals(3.0, zero.mean(), 1e-12);
        assertEquals(2.0, zero.sd(), 1e-12);
        double half = 4.302652729911275 * 2 / Math.sqrt(3);
        assertEquals(3 - half, zero.ciLow(), 1e-9);
        assertEquals(3 + half, zero.ciHigh(), 1e-9);
        var one = summaries.get(1).of(Metrics.BURNOUT_RATE);
        assertEquals(1, one.n(), "the failed run is left out");

        List<String> lines = List.of(PointSummaries.render(summaries, PARAMETERS).split("\n"));
        assertEquals("point,strategy,staffing.patientsPerNurse,metric,n,mean,sd,ci_low,ci_high", lines.get(0));
        assertEquals(1 + 2 * Metrics.all().size(), lines.size());
        String burnout = lines.stream().filter(l -> l.startsWith("0,none,4,burnout_rate,")).findFirst().orElseThrow();
        assertEquals("0,none,4,burnout_rate,3,3,2,-1.9682754,7.9682754", burnout);
        assertTrue(lines.contains("1,none,5,burnout_rate,1,8,,,"), "one value: no SD, no interval");
    }
}
