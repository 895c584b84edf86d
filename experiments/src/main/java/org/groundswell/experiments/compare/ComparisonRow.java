package org.groundswell.experiments.compare;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.stats.Estimate;
import org.groundswell.experiments.stats.PairedDifference;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * One row of {@code comparison.csv}: a strategy's summary value of one metric over the replications, and —
 * for strategies other than the baseline — its paired difference from the baseline.
 *
 * @param strategy     the strategy
 * @param metric       the metric
 * @param estimate     mean, SD and 95% interval over replications
 * @param baselineMean the baseline's mean of the metric (the reference of relative differences)
 * @param difference   the paired difference from the baseline, or null for the baseline itself
 */
public record ComparisonRow(String strategy, Metric metric, Estimate estimate, double baselineMean,
                            PairedDifference difference) {

    /** The difference in percent of the baseline's mean, with its interval: {pct, low, high}; NaN if none. */
    public double[] percent() {
        if (difference == null) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double[] interval = difference.relativeInterval(baselineMean);
        return new double[] {100 * difference.relative(baselineMean), 100 * interval[0], 100 * interval[1]};
    }

    /**
     * Every row of a comparison: strategy by strategy (baseline first), metric by metric in registry order.
     *
     * @param results the comparison's results
     * @return the rows
     */
    static List<ComparisonRow> of(CompareResults results) {
        List<String> strategies = results.settings().strategies();
        List<ComparisonRow> rows = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            for (Metric m : Metrics.all()) {
                double[] values = results.values(s, m);
                double[] baseline = results.values(0, m);
                Estimate e = Estimate.of(values);
                double baselineMean = Estimate.of(baseline).mean();
                PairedDifference d = s == 0 ? null : PairedDifference.of(values, baseline);
                rows.add(new ComparisonRow(strategies.get(s), m, e, baselineMean, d));
            }
        }
        return rows;
    }
}
