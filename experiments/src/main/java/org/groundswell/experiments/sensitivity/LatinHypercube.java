package org.groundswell.experiments.sensitivity;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Latin hypercube samples of the unit hypercube [0,1)<sup>k</sup> (McKay, Beckman &amp; Conover 1979): the
 * usual design for {@link Prcc}.
 *
 * <p>Each factor's range is cut into n strata of width 1/n, and each stratum is sampled exactly once: point r
 * has coordinate i equal to (π<sub>i</sub>(r) + u<sub>ri</sub>) / n, where π<sub>i</sub> is a random
 * permutation of 0 … n−1, one per factor, and u<sub>ri</sub> is uniform on [0,1), placing the point at
 * random within its stratum. Every one-dimensional projection is thus evenly spread, which makes estimates
 * of means and of monotone effects less variable than with independent random points.
 *
 * <p>The draws come from a {@link MersenneTwister} seeded with the given seed, in a fixed order (for each
 * factor: its permutation by a Fisher–Yates shuffle, then the n offsets), so the same arguments give the same
 * sample on every machine.
 *
 * <p>Reference: McKay, M. D., Beckman, R. J. &amp; Conover, W. J. (1979). A comparison of three methods for
 * selecting values of input variables in the analysis of output from a computer code. <i>Technometrics</i>
 * 21(2), 239–245. doi:10.1080/00401706.1979.10489755
 */
public final class LatinHypercube {

    private LatinHypercube() {
    }

    /**
     * Draws a Latin hypercube sample.
     *
     * @param factors k, the number of factors (at least 1)
     * @param samples n, the number of points and of strata per factor (at least 1)
     * @param seed    seed of the random draws
     * @return n rows of k coordinates in [0,1)
     * @throws IllegalArgumentException when an argument is outside what is allowed
     */
    public static double[][] generate(int factors, int samples, long seed) {
        Arguments.atLeast("factors", factors, 1);
        Arguments.atLeast("samples", samples, 1);
        Arguments.product("design size", factors, samples);

        RandomGenerator random = new MersenneTwister(seed);
        double[][] points = new double[samples][factors];
        int[] strata = new int[samples];
        for (int i = 0; i < factors; i++) {
            for (int r = 0; r < samples; r++) {
                strata[r] = r;
            }
            for (int r = samples - 1; r > 0; r--) {
                int s = random.nextInt(r + 1);
                int swap = strata[r];
                strata[r] = strata[s];
                strata[s] = swap;
            }
            for (int r = 0; r < samples; r++) {
                double x = (strata[r] + random.nextDouble()) / samples;
                // Rounding can carry (n − 1 + u)/n up to 1.0 for u close to 1; keep the point in its stratum.
                points[r][i] = Math.min(x, Math.nextDown((strata[r] + 1.0) / samples));
            }
        }
        return points;
    }
}
