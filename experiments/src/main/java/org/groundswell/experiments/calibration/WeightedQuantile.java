package org.groundswell.experiments.calibration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Quantiles of weighted values: the smallest value whose cumulative (normalised) weight reaches p. */
final class WeightedQuantile {

    private WeightedQuantile() {
    }

    /**
     * @param values  the values
     * @param weights their weights, not negative, not all 0
     * @param p       from 0 to 1
     */
    static double of(double[] values, double[] weights, double p) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> values[k]).thenComparingInt(k -> k));
        double total = Arrays.stream(weights).sum();
        double cumulative = 0;
        for (int k : order) {
            cumulative += weights[k] / total;
            if (cumulative >= p - 1e-12) {
                return values[k];
            }
        }
        return values[order[order.length - 1]];
    }
}
