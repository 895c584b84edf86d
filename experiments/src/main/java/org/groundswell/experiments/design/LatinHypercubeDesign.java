package org.groundswell.experiments.design;

import java.util.List;

import org.groundswell.experiments.sensitivity.LatinHypercube;

/**
 * A Latin hypercube sample (McKay, Beckman &amp; Conover 1979): each parameter's range is cut into n equal
 * strata and each stratum is sampled exactly once. Point r has coordinate i = (π<sub>i</sub>(r) + u) / n, with
 * π<sub>i</sub> a random permutation of 0 … n − 1 per parameter (Fisher–Yates) and u uniform on [0, 1), so
 * every parameter's values are spread evenly over its range even with few points. The usual design for a
 * first look at many parameters, and for partial rank correlation.
 *
 * <p>The points are {@link LatinHypercube#generate}'s, seeded with the experiment's seed: the same sampler
 * the sensitivity analyses use.
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
        return LatinHypercube.generate(parameters.size(), samples, seed);
    }
}
