package org.groundswell.experiments.design;

import java.util.List;

import org.groundswell.experiments.sensitivity.SaltelliDesign;

/**
 * The design of a Sobol' variance decomposition ({@code type: saltelli}): Saltelli et al.'s (2010) scheme on a
 * Sobol' sequence — two N-point samples A and B, and for each of the k parameters the matrix
 * A<sub>B</sub><sup>(i)</sup>, A with column i from B — N(k + 2) points in all. From the outputs at them
 * {@code org.groundswell.experiments.sensitivity.SobolAnalysis} estimates each parameter's first- and
 * total-order index. The points are {@link SaltelliDesign}'s, randomised by a digital shift drawn from the
 * experiment's seed, so the same file always gives the same points (and run ids).
 *
 * <p>Choose N a power of two; 64 to 256 give a ranking, indices accurate to a few hundredths take
 * 2<sup>10</sup> or more.
 *
 * <p>Reference: Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M. &amp; Tarantola, S. (2010).
 * Variance based sensitivity analysis of model output. Design and estimator for the total sensitivity index.
 * <i>Computer Physics Communications</i> 181(2), 259–270. doi:10.1016/j.cpc.2009.09.018
 *
 * @param samples N, at least 2
 */
public record SaltelliSample(int samples) implements Design {

    /** The type name in experiment files. */
    public static final String TYPE = "saltelli";

    /** The most parameters: two Sobol' dimensions each, of Commons Math's 1,000. */
    public static final int MAX_PARAMETERS = SaltelliDesign.MAX_FACTORS;

    public SaltelliSample {
        if (samples < 2) {
            throw new IllegalArgumentException("samples = " + samples + ": a whole number of at least 2");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long size(List<SweptParameter> parameters) {
        return (long) samples * (parameters.size() + 2);
    }

    @Override
    public double[][] points(List<SweptParameter> parameters, long seed) {
        return design(parameters.size(), seed).points();
    }

    /**
     * The sample, with the rows of A, B and each A<sub>B</sub><sup>(i)</sup>: what the analysis needs besides
     * the points.
     *
     * @param factors k, the number of swept parameters
     * @param seed    the experiment's seed
     * @return the same design as {@link #points} gives, every time
     */
    public SaltelliDesign design(int factors, long seed) {
        return SaltelliDesign.generate(factors, samples, seed);
    }
}
