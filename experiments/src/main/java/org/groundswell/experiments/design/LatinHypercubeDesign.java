package org.groundswell.experiments.design;

import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A Latin hypercube sample (McKay, Beckman &amp; Conover 1979): each parameter's range is cut into n equal
 * strata and each stratum is sampled exactly once. Point r has coordinate i = (π<sub>i</sub>(r) + u) / n, with
 * π<sub>i</sub> a random permutation of 0 … n − 1 per parameter (Fisher–Yates) and u uniform on [0, 1), so
 * every parameter's values are spread evenly over its range even with few points. The usual design for a
 * first look at many parameters, and for partial rank correlation.
 *
 * <p>Draws come from a Commons Math {@link MersenneTwister} seeded with the experiment's seed, in a fixed
 * order (per parameter: its permutation, then its n offsets).
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
        RandomGenerator random = new MersenneTwister(seed);
        int k = parameters.size();
        double[][] points = new double[samples][k];
        int[] strata = new int[samples];
        for (int i = 0; i < k; i++) {
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
                // (n − 1 + u)/n can round up to 1.0 for u close to 1: keep the point inside its stratum.
                points[r][i] = Math.min(x, Math.nextDown((strata[r] + 1.0) / samples));
            }
        }
        return points;
    }
}
