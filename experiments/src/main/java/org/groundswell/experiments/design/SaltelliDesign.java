package org.groundswell.experiments.design;

import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The design of a Sobol' variance decomposition ({@code type: saltelli}): the sampling scheme of Saltelli et
 * al. (2010), N(k + 2) points in [0, 1)<sup>k</sup>, from whose outputs
 * {@code org.groundswell.experiments.sensitivity.SobolAnalysis} estimates each parameter's first- and
 * total-order index, given the {@link Matrices} the points were drawn as.
 *
 * <p><b>Construction.</b> Take N points of a 2k-dimensional Sobol' low-discrepancy sequence; the first k
 * coordinates of point j form row j of matrix A, the last k coordinates row j of matrix B, so A and B are two
 * independent-looking N × k samples. For each parameter i, the matrix A<sub>B</sub><sup>(i)</sup> is A with
 * its column i taken from B. The model is run on every row of A, B and the k matrices
 * A<sub>B</sub><sup>(i)</sup>: N(k + 2) runs in all, against N(2k + 2) if second-order indices were also
 * wanted.
 *
 * <p><b>Row order</b> of the points, with j from 0 to N − 1 and i from 0 to k − 1:
 * <pre>
 *     row j                A, row j
 *     row N + j            B, row j
 *     row (2 + i)N + j     A_B^(i), row j
 * </pre>
 * The same order is what the analysis expects of the outputs; {@link Matrices#rowOfA}, {@link Matrices#rowOfB}
 * and {@link Matrices#rowOfAB} compute it.
 *
 * <p><b>The sequence.</b> Commons Math's {@link SobolSequenceGenerator} (direction numbers of Joe &amp; Kuo
 * 2008, up to 1000 dimensions, hence at most {@value #MAX_PARAMETERS} parameters). Its first point, the
 * origin, is skipped, as is customary: the design uses points 1 to N of the sequence. Each coordinate is then
 * randomised by a <i>random digital shift</i>: the 52-bit binary fraction the generator produces is XOR-ed
 * with a random 52-bit mask, one mask per dimension, drawn from a {@link MersenneTwister} seeded with the
 * experiment's seed (L'Ecuyer &amp; Lemieux 2002). XOR-ing the binary digits maps every dyadic box onto another
 * dyadic box of the same size, so the shifted points are spread as evenly as the plain sequence and the
 * estimates converge as fast; but different seeds give independent randomised designs (to replicate a whole
 * analysis), and no point lies on the boundary of the cube. The same file always gives the same points (and
 * run ids).
 *
 * <p>Choose N a power of two; 64 to 256 give a ranking, indices accurate to a few hundredths take
 * 2<sup>10</sup> or more.
 *
 * <p>References:
 * <ul>
 *   <li>Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M. &amp; Tarantola, S. (2010). Variance
 *       based sensitivity analysis of model output. Design and estimator for the total sensitivity index.
 *       <i>Computer Physics Communications</i> 181(2), 259–270. doi:10.1016/j.cpc.2009.09.018</li>
 *   <li>Sobol', I. M. (1967). On the distribution of points in a cube and the approximate evaluation of
 *       integrals. <i>USSR Computational Mathematics and Mathematical Physics</i> 7(4), 86–112.</li>
 *   <li>Joe, S. &amp; Kuo, F. Y. (2008). Constructing Sobol sequences with better two-dimensional projections.
 *       <i>SIAM Journal on Scientific Computing</i> 30(5), 2635–2654. doi:10.1137/070709359</li>
 *   <li>L'Ecuyer, P. &amp; Lemieux, C. (2002). Recent advances in randomized quasi-Monte Carlo methods. In
 *       Dror, M., L'Ecuyer, P. &amp; Szidarovszky, F. (eds.), <i>Modeling Uncertainty</i>, Kluwer, 419–474.</li>
 * </ul>
 *
 * @param samples N, the base sample size, at least 2
 */
public record SaltelliDesign(int samples) implements Design {

    /** The type name in experiment files. */
    public static final String TYPE = "saltelli";

    /** The most parameters: Commons Math's Sobol' generator has 1000 dimensions, two per parameter. */
    public static final int MAX_PARAMETERS = 500;

    /** The generator's values are multiples of 2<sup>−52</sup>. */
    private static final int BITS = 52;
    private static final double SCALE = 0x1p52;
    private static final long MASK = (1L << BITS) - 1;

    public SaltelliDesign {
        Counts.atLeast("samples", samples, 2);
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
        return draw(parameters.size(), seed).points();
    }

    /**
     * Draws the matrices: the points, and which of them are rows of A, B and each A<sub>B</sub><sup>(i)</sup>,
     * which the analysis needs besides the points.
     *
     * @param factors k, the number of swept parameters (1 to {@value #MAX_PARAMETERS})
     * @param seed    the experiment's seed, of the random digital shift
     * @return N(k + 2) points in [0, 1)<sup>k</sup>, the same as {@link #points} gives, every time
     * @throws IllegalArgumentException when {@code factors} is outside what is allowed
     */
    public Matrices draw(int factors, long seed) {
        if (factors < 1 || factors > MAX_PARAMETERS) {
            throw new IllegalArgumentException("factors = " + factors + ": a whole number from 1 to "
                    + MAX_PARAMETERS);
        }
        int rows = Counts.product("samples x (factors + 2)", samples, factors + 2);
        Counts.product("design size", rows, factors);

        RandomGenerator random = new MersenneTwister(seed);
        long[] shift = new long[2 * factors];
        for (int d = 0; d < shift.length; d++) {
            shift[d] = random.nextLong() & MASK;
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * factors);
        sobol.skipTo(1);

        double[][] points = new double[rows][];
        for (int j = 0; j < samples; j++) {
            double[] u = sobol.nextVector();
            double[] a = new double[factors];
            double[] b = new double[factors];
            for (int i = 0; i < factors; i++) {
                a[i] = shifted(u[i], shift[i]);
                b[i] = shifted(u[factors + i], shift[factors + i]);
            }
            points[j] = a;
            points[samples + j] = b;
            for (int i = 0; i < factors; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points[(2 + i) * samples + j] = ab;
            }
        }
        return new Matrices(this, factors, points);
    }

    /**
     * The generator's value, an exact multiple of 2<sup>−52</sup>, with its 52 bits XOR-ed with the mask, placed
     * at the centre of its 2<sup>−52</sup>-wide cell so that it is never 0.
     */
    private static double shifted(double value, long mask) {
        long bits = (long) (value * SCALE);
        return ((bits ^ mask) + 0.5) / SCALE;
    }

    /** The matrices A, B and A<sub>B</sub><sup>(i)</sup> drawn for k parameters, as rows of points. */
    public static final class Matrices {

        private final SaltelliDesign design;
        private final int factors;
        private final double[][] points;

        private Matrices(SaltelliDesign design, int factors, double[][] points) {
            this.design = design;
            this.factors = factors;
            this.points = points;
        }

        /** The design they were drawn from: N. */
        public SaltelliDesign design() {
            return design;
        }

        /** k, the number of parameters. */
        public int factors() {
            return factors;
        }

        /** The number of points, N(k + 2): the number of model runs the design asks for. */
        public int size() {
            return points.length;
        }

        /** A copy of all points, {@link #size()} rows of k coordinates, in the order the class comment gives. */
        public double[][] points() {
            double[][] copy = new double[points.length][];
            for (int i = 0; i < points.length; i++) {
                copy[i] = points[i].clone();
            }
            return copy;
        }

        /** The row holding row {@code j} of A: {@code j}. */
        public int rowOfA(int j) {
            return checkSample(j);
        }

        /** The row holding row {@code j} of B: N + {@code j}. */
        public int rowOfB(int j) {
            return design.samples() + checkSample(j);
        }

        /**
         * The row holding row {@code j} of A<sub>B</sub><sup>(i)</sup>, for parameter {@code i}:
         * (2 + i)N + {@code j}.
         */
        public int rowOfAB(int i, int j) {
            if (i < 0 || i >= factors) {
                throw new IllegalArgumentException("i = " + i + ": a factor index from 0 to " + (factors - 1));
            }
            return (2 + i) * design.samples() + checkSample(j);
        }

        private int checkSample(int j) {
            if (j < 0 || j >= design.samples()) {
                throw new IllegalArgumentException("j = " + j + ": a sample index from 0 to "
                        + (design.samples() - 1));
            }
            return j;
        }
    }
}
