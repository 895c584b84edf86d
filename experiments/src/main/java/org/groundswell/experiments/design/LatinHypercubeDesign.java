package org.groundswell.experiments.design;

import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A Latin hypercube sample (McKay, Beckman &amp; Conover 1979): each parameter's range is cut into n strata of
 * width 1/n, and each stratum is sampled exactly once. Point r has coordinate i = (π<sub>i</sub>(r) +
 * u<sub>ri</sub>) / n, with π<sub>i</sub> a random permutation of 0 … n − 1 per parameter and u<sub>ri</sub>
 * uniform on [0, 1), placing the point at random within its stratum. Every one-dimensional projection is thus
 * evenly spread, even with few points, which makes estimates of means and of monotone effects less variable
 * than with independent random points: the usual design for a first look at many parameters, and for partial
 * rank correlation ({@code org.groundswell.experiments.sensitivity.Prcc}).
 *
 * <p>The draws come from a Commons Math {@link MersenneTwister} seeded with the experiment's seed, in a fixed
 * order (for each parameter: its permutation by a Fisher–Yates shuffle, then the n offsets), so the same
 * arguments give the same sample on every machine.
 *
 * <p>Reference: McKay, M. D., Beckman, R. J. &amp; Conover, W. J. (1979). A comparison of three methods for
 * selecting values of input variables in the analysis of output from a computer code. <i>Technometrics</i>
 * 21(2), 239–245. doi:10.1080/00401706.1979.10489755
 *
 * @param samples number of points and of strata per parameter, at least 1
 */
public record LatinHypercubeDesign(int samples) implements Design {

    /** The type name in experiment files. */
    public static final String TYPE = "lhs";

    public LatinHypercubeDesign {
        Counts.atLeast("samples", samples, 1);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long size(List<SweptParameter> parameters) {
        return samples;
    }

    @Override
    public double[][] points(List<SweptParameter> parameters, long seed) {
        return points(parameters.size(), seed);
    }

    /**
     * Draws the sample.
     *
     * @param factors k, the number of parameters (at least 1)
     * @param seed    seed of the random draws
     * @return {@link #samples} rows of k coordinates in [0, 1)
     * @throws IllegalArgumentException when {@code factors} is below 1
     */
    public double[][] points(int factors, long seed) {
        Counts.atLeast("factors", factors, 1);
        Counts.product("design size", factors, samples);

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
