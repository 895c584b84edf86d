package org.groundswell.experiments.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.groundswell.experiments.execution.RunResult;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.report.Table;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * For a region, each member hospital under each strategy: the means over the replications of the outcomes
 * patients, staff and the ledger feel, and of adoption and the staffing mix, so that a reader sees where a
 * strategy's effect lands and whether it reaches the hospitals that have no strategy of their own.
 */
final class HospitalTable {

    /** The metrics shown, in column order. */
    static final List<Metric> METRICS = List.of(Metrics.ADVERSE_EVENTS_PER_1000_PD, Metrics.BURNOUT_RATE,
            Metrics.COST_PER_PATIENT_DAY, Metrics.ADOPTION_FRACTION, Metrics.AGENCY_SHARE, Metrics.BANK_SHARE);

    private final List<String> strategies;
    /** Hospital → strategy → metric → sum and count over the replications. */
    private final Map<String, double[][][]> sums = new LinkedHashMap<>();

    HospitalTable(List<String> strategies) {
        this.strategies = List.copyOf(strategies);
    }

    /** Adds a finished run's hospitals. */
    void add(RunResult result) {
        int s = strategies.indexOf(result.spec().strategy());
        result.hospitals().forEach((name, values) -> {
            double[][][] cells = sums.computeIfAbsent(name, k -> new double[strategies.size()][METRICS.size()][2]);
            for (int m = 0; m < METRICS.size(); m++) {
                Double v = values.get(METRICS.get(m).name());
                if (v != null && !v.isNaN()) {
                    cells[s][m][0] += v;
                    cells[s][m][1]++;
                }
            }
        });
    }

    /** Whether any run had member hospitals. */
    boolean isEmpty() {
        return sums.isEmpty();
    }

    /** A row per hospital and strategy, in the region's order, then the strategies' order. */
    Table table() {
        List<String> columns = new ArrayList<>(List.of("Hospital", "Strategy"));
        for (Metric m : METRICS) {
            columns.add(m.label() + " (" + m.unit() + ")");
        }
        List<List<String>> rows = new ArrayList<>();
        sums.forEach((name, cells) -> {
            for (int s = 0; s < strategies.size(); s++) {
                List<String> row = new ArrayList<>(List.of(name, strategies.get(s)));
                for (int m = 0; m < METRICS.size(); m++) {
                    double[] cell = cells[s][m];
                    row.add(cell[1] > 0 ? SummaryTable.human(cell[0] / cell[1]) : "");
                }
                rows.add(row);
            }
        });
        return new Table("Each hospital of the region", "", columns, 2, rows);
    }
}
