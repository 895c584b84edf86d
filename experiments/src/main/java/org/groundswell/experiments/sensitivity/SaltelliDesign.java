package org.groundswell.experiments.sensitivity;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points at which to run a model to estimate first- and total-order Sobol' indices with
 * {@link SobolAnalysis}: the sampling scheme of Saltelli et al. (2010), N(k + 2) points in [0,1)<sup>k</sup>.
 *
 * <p><b>Construction.</b> Take N points of a 2k-dimensional Sobol' low-discrepancy sequence; the first k
 * coordinates of point j form row j of matrix A, the last k coordinates row j of matrix B, so A and B are two
 * independent-looking N × k samples. For each factor i, the matrix A<sub>B</sub><sup>(i)</sup> is A with
 * its column i taken from B. The model is run on every row of A, B and the k matrices A<sub>B</sub><sup>(i)</sup>:
 * N(k + 2) runs in all, against N(2k + 2) if second-order indices were also wanted.
 *
 * <p><b>Row order</b> of {@link #points()}, with j from 0 to N − 1 and i from 0 to k − 1:
 * <pre>
 *     row j                A, row j
 *     row N + j            B, row j
 *     row (2 + i)N + j     A_B^(i), row j
 * </pre>
 * The same order is what {@link SobolAnalysis} expects of the outputs; {@link #rowOfA}, {@link #rowOfB} and
 * {@link #rowOfAB} compute it.
 *
 * <p><b>The sequence.</b> Commons Math's {@link SobolSequenceGenerator} (direction numbers of Joe &amp; Kuo
 * 2008, up to 1000 dimensions, hence at most 500 factors). Its first point, the origin, is skipped, as is
 * customary: the design uses points 1 to N of the sequence. Each coordinate is then randomised by a
 * <i>random digital shift</i>: the 52-bit binary fraction the generator produces is XOR-ed with a random
 * 52-bit mask, one mask per dimension, drawn from a {@link MersenneTwister} seeded with {@code seed}
 * (L'Ecuyer &amp; Lemieux 2002). XOR-ing the binary digits maps every dyadic box onto another dyadic box of
 * the same size, so the shifted points are spread as evenly as the plain sequence and the estimates converge
 * as fast; but different seeds give independent randomised designs (to replicate a whole analysis), and no
 * point lies on the boundary of the cube. The same seed always gives the same design. Powers of two for N
 * make the best use of the sequence.
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
 */
public final class SaltelliDesign {

    /** The largest number of factors: Commons Math's Sobol' generator has 1000 dimensions, two per factor. */
    public static final int MAX_FACTORS = 500;

    /** The generator's values are multiples of 2<sup>−52</sup>. */
    private static final int BITS = 52;
    private static final double SCALE = 0x1p52;
    private static final long MASK = (1L << BITS) - 1;

    private final int factors;
    private final int samples;
    private final double[][] points;

    private SaltelliDesign(int factors, int samples, double[][] points) {
        this.factors = factors;
        this.samples = samples;
        this.points = points;
    }

    /**
     * Builds a Saltelli design.
     *
     * @param factors k, the number of factors (1 to {@value #MAX_FACTORS})
     * @param samples N, the base sample size (at least 2; a power of two is best; 2<sup>10</sup> or more for
     *                indices accurate to a few hundredths)
     * @param seed    seed of the random digital shift
     * @return N(k + 2) points in [0,1)<sup>k</sup>, in the order the class comment gives
     * @throws IllegalArgumentException when an argument is outside what is allowed
     */
    public static SaltelliDesign generate(int factors, int samples, long seed) {
        if (factors < 1 || factors > MAX_FACTORS) {
            throw Arguments.invalid("factors", factors, "a whole number from 1 to " + MAX_FACTORS);
        }
        Arguments.atLeast("samples", samples, 2);
        int rows = Arguments.product("samples x (factors + 2)", samples, factors + 2);
        Arguments.product("design size", rows, factors);

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
        return new SaltelliDesign(factors, samples, points);
    }

    /**
     * The generator's value, an exact multiple of 2<sup>−52</sup>, with its 52 bits XOR-ed with the mask, placed
     * at the centre of its 2<sup>−52</sup>-wide cell so that it is never 0.
     */
    private static double shifted(double value, long mask) {
        long bits = (long) (value * SCALE);
        return ((bits ^ mask) + 0.5) / SCALE;
    }

    /** k, the number of factors. */
    public int factors() {
        return factors;
    }

    /** N, the base sample size: the number of rows of each of A, B and the A<sub>B</sub><sup>(i)</sup>. */
    public int samples() {
        return samples;
    }

    /** The number of points, N(k + 2): the number of model runs the design asks for. */
    public int size() {
        return points.length;
    }

    /**
     * One point.
     *
     * @param row from 0 to {@link #size()} − 1
     * @return a copy of its k coordinates in [0,1)
     */
    public double[] point(int row) {
        return points[row].clone();
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
        return samples + checkSample(j);
    }

    /** The row holding row {@code j} of A<sub>B</sub><sup>(i)</sup>, for factor {@code i}: (2 + i)N + {@code j}. */
    public int rowOfAB(int i, int j) {
        if (i < 0 || i >= factors) {
            throw Arguments.invalid("i", i, "a factor index from 0 to " + (factors - 1));
        }
        return (2 + i) * samples + checkSample(j);
    }

    private int checkSample(int j) {
        if (j < 0 || j >= samples) {
            throw Arguments.invalid("j", j, "a sample index from 0 to " + (samples - 1));
        }
        return j;
    }
}
