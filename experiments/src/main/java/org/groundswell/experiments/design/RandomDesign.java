package org.groundswell.experiments.design;

import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Independent uniform points: simple Monte Carlo. Unbiased and easy to extend, but clumpy — some regions get
 * several points and others none; {@link LatinHypercubeDesign} or {@link SobolDesign} cover the space more
 * evenly with the same number of runs. Draws come from a Commons Math {@link MersenneTwister} seeded with the
 * experiment's seed, row by row.
 *
 * @param samples number of points, at least 1
 */
public record RandomDesign(int samples) implements Design {

    /** The type name in experiment files. */
    public static final String TYPE = "random";

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
        double[][] points = new double[samples][parameters.size()];
        for (double[] point : points) {
            for (int i = 0; i < point.length; i++) {
                point[i] = random.nextDouble();
            }
        }
        return points;
    }
}
