package org.groundswell.experiments.calibration;

import java.util.Arrays;

/**
 * How far the tolerance falls from one generation to the next, chosen from the last population itself.
 * <ul>
 *   <li>{@link Kind#ESS} (the default), after Del Moral, Doucet &amp; Jasra (2012): the next tolerance is the
 *       smallest at which the last population, keeping only its particles within it, keeps a share
 *       {@code alpha} of its effective sample size. Particles carry unequal weights, so this asks how much
 *       information, not how many particles, survive the cut.</li>
 *   <li>{@link Kind#QUANTILE}: the weighted {@code alpha}-quantile of the last population's distances, the
 *       schedule of Beaumont et al. (2009) and most ABC-SMC software.</li>
 * </ul>
 * Either way it never falls below the calibration's final tolerance, and never rises.
 *
 * <p>Reference: Del Moral, P., Doucet, A. &amp; Jasra, A. (2012). An adaptive sequential Monte Carlo method
 * for approximate Bayesian computation. <i>Statistics and Computing</i> 22(5), 1009–1020.
 * doi:10.1007/s11222-011-9271-y
 *
 * @param kind  the rule
 * @param alpha the share of the effective sample size kept, or the quantile, strictly between 0 and 1
 */
record ToleranceSchedule(Kind kind, double alpha) {

    /** The rules a calibration file can ask for. */
    enum Kind {
        /** Keep a share of the effective sample size (Del Moral et al. 2012). */
        ESS("ess"),
        /** A quantile of the distances. */
        QUANTILE("quantile");

        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    ToleranceSchedule {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha = " + alpha + ": a number strictly between 0 and 1");
        }
    }

    /**
     * The next generation's tolerance.
     *
     * @param last  the last population
     * @param floor the final tolerance, 0 for none
     */
    double next(Population last, double floor) {
        double[] distances = last.distances();
        double[] weights = last.weights();
        double proposed = kind == Kind.QUANTILE ? WeightedQuantile.of(distances, weights, alpha)
                : keepingEss(distances, weights);
        return Math.max(floor, Math.min(proposed, last.tolerance()));
    }

    /** The smallest distance that keeps a share alpha of the population's effective sample size. */
    private double keepingEss(double[] distances, double[] weights) {
        double wanted = alpha * Population.effectiveSampleSize(weights);
        double[] sorted = distances.clone();
        Arrays.sort(sorted);
        for (double candidate : sorted) {
            double sum = 0;
            double squares = 0;
            for (int k = 0; k < distances.length; k++) {
                if (distances[k] <= candidate) {
                    sum += weights[k];
                    squares += weights[k] * weights[k];
                }
            }
            if (squares > 0 && sum * sum / squares >= wanted) {
                return candidate;
            }
        }
        return sorted[sorted.length - 1];
    }
}
