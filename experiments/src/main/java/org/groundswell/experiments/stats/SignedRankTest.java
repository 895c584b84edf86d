package org.groundswell.experiments.stats;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The two-sided p-value of Wilcoxon's signed-rank test on paired differences: does the strategy shift the
 * metric, without assuming the differences are normal?
 *
 * <p>Zero differences are dropped first (Wilcoxon's own convention, and R's {@code wilcox.test}); the
 * |differences| left, n of them, are ranked with ties given their average rank, and W<sup>+</sup> is the sum
 * of the ranks of the positive ones. Then:
 * <ul>
 *   <li><b>Exact</b>, when n ≤ {@value #EXACT_MAX} and no |differences| tie: the p-value of W<sup>+</sup>
 *       under its exact null distribution, from Commons Math's
 *       {@link WilcoxonSignedRankTest#wilcoxonSignedRankTest(double[], double[], boolean)}, which enumerates
 *       all 2<sup>n</sup> sign patterns (hence the limit: 2<sup>16</sup> patterns take a millisecond,
 *       2<sup>30</sup> a minute).</li>
 *   <li><b>Normal approximation</b> otherwise: z = (W<sup>+</sup> − n(n+1)/4 − ½·sign(W<sup>+</sup> −
 *       n(n+1)/4)) / σ, with σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 over groups of t tied |differences|, and
 *       p = 2·Φ(−|z|). This is the textbook approximation with continuity and tie corrections (Hollander,
 *       Wolfe &amp; Chicken 2014, §3.1), the same as R's {@code wilcox.test(correct = TRUE)} and SciPy's
 *       {@code wilcoxon(method="approx", correction=True)}. It is computed here rather than by Commons Math
 *       3.6.1, whose approximation neither drops zeros nor corrects for ties, and applies the continuity
 *       correction toward the tail (p-values slightly too small).</li>
 * </ul>
 * p is 1 when every difference is zero (nothing to test), NaN with no pairs.
 *
 * <p>References: Wilcoxon, F. (1945). Individual comparisons by ranking methods. <i>Biometrics Bulletin</i>
 * 1(6), 80–83. Hollander, M., Wolfe, D. A. &amp; Chicken, E. (2014). <i>Nonparametric Statistical Methods</i>,
 * 3rd ed., Wiley, ch. 3.
 */
public final class SignedRankTest {

    /** The largest number of non-zero differences given an exact p-value. */
    public static final int EXACT_MAX = 16;

    private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    private SignedRankTest() {
    }

    /**
     * The p-value for differences {@code d}.
     *
     * @param d paired differences, all finite
     * @return the two-sided p-value
     */
    public static double pValue(double[] d) {
        if (d.length == 0) {
            return Double.NaN;
        }
        double[] nonZero = Arrays.stream(d).filter(x -> x != 0).toArray();
        int n = nonZero.length;
        if (n == 0) {
            return 1;
        }
        double[] abs = Arrays.stream(nonZero).map(Math::abs).toArray();
        double[] ranks = RANKING.rank(abs);
        boolean ties = Arrays.stream(abs).distinct().count() < n;
        if (n <= EXACT_MAX && !ties) {
            return Math.min(1, new WilcoxonSignedRankTest().wilcoxonSignedRankTest(nonZero, new double[n], true));
        }
        double wPlus = 0;
        for (int i = 0; i < n; i++) {
            if (nonZero[i] > 0) {
                wPlus += ranks[i];
            }
        }
        double expected = n * (n + 1) / 4.0;
        double variance = n * (n + 1) * (2.0 * n + 1) / 24.0 - tieCorrection(abs) / 48.0;
        if (variance <= 0) {
            return 1;
        }
        double centred = wPlus - expected;
        double z = (centred - 0.5 * Math.signum(centred)) / Math.sqrt(variance);
        return Math.min(1, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z)));
    }

    /** Σ(t³ − t) over groups of t equal values. */
    private static double tieCorrection(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            sum += t * t * t - t;
            i = j;
        }
        return sum;
    }
}
