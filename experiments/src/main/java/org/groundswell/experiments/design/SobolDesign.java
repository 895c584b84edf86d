package org.groundswell.experiments.design;

import java.util.List;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The first n points of a Sobol' sequence (Sobol' 1967), from Commons Math's
 * {@link SobolSequenceGenerator}, which uses the direction numbers of Joe &amp; Kuo (2008) and supports up to
 * 1,000 parameters. A low-discrepancy sequence: points fill the hypercube evenly at every n, without the
 * clumps of random points, so means over the design converge faster. Deterministic: the seed is not used.
 *
 * <p>The sequence starts at the origin (every parameter at its minimum); that point is kept, since dropping it
 * spoils the balance of the sequence (Owen 2020). Choose n a power of 2: the first 2<sup>m</sup> points then
 * put exactly one point in each of the 2<sup>m</sup> equal intervals of every parameter's range.
 *
 * <p>References: Sobol', I. M. (1967). On the distribution of points in a cube and the approximate evaluation
 * of integrals. <i>USSR Computational Mathematics and Mathematical Physics</i> 7(4), 86–112. Joe, S. &amp;
 * Kuo, F. Y. (2008). Constructing Sobol sequences with better two-dimensional projections. <i>SIAM Journal on
 * Scientific Computing</i> 30(5), 2635–2654. Owen, A. B. (2020). On dropping the first Sobol' point.
 * arXiv:2008.08051.
 *
 * @param samples number of points, at least 1
 */
public record SobolDesign(int samples) implements Design {

    /** The type name in experiment files. */
    public static final String TYPE = "sobol";

    /** The most parameters Commons Math's direction numbers cover. */
    public static final int MAX_PARAMETERS = 1000;

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
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(parameters.size());
        double[][] points = new double[samples][];
        for (int r = 0; r < samples; r++) {
            points[r] = sequence.nextVector();
        }
        return points;
    }
}
