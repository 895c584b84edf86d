package org.groundswell.experiments.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.groundswell.experiments.design.SaltelliDesign;

/**
 * First- and total-order Sobol' indices from a model's outputs on a {@link SaltelliDesign}'s matrices, with
 * bootstrap percentile confidence intervals.
 *
 * <p><b>Estimators.</b> Write f(A)<sub>j</sub>, f(B)<sub>j</sub> and f(A<sub>B</sub><sup>(i)</sup>)<sub>j</sub> for
 * the outputs at row j of A, B and A<sub>B</sub><sup>(i)</sup>, j = 1 … N. Then
 * <pre>
 *     V    = variance of the 2N outputs f(A)_j and f(B)_j together (mean squared deviation)
 *     V_i  = (1/N)  Σ_j f(B)_j (f(A_B^(i))_j − f(A)_j)     Saltelli et al. 2010, Table 2 (b)
 *     V_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)²           Jansen 1999; Saltelli et al. 2010, Table 2 (f)
 *     S_i  = V_i / V        S_Ti = V_Ti / V
 * </pre>
 * V<sub>i</sub> estimates V(E(Y | X<sub>i</sub>)) and V<sub>Ti</sub> estimates E(V(Y | X<sub>~i</sub>)). Why
 * they work: A<sub>B</sub><sup>(i)</sup> and B share only x<sub>i</sub>, so f(B)·f(A<sub>B</sub><sup>(i)</sup>)
 * averages to E(E(Y | X<sub>i</sub>)²), and subtracting f(B)·f(A), whose points share nothing, removes
 * E(Y)²; A<sub>B</sub><sup>(i)</sup> and A share everything but x<sub>i</sub>, so half the mean squared
 * difference of their outputs is the variance left when all factors but x<sub>i</sub> are fixed. This is the
 * pair of estimators Saltelli et al. (2010) recommend after comparing several.
 *
 * <p><b>Centring.</b> Before estimating, the outputs are centred on the mean of f(A) and f(B). The Jansen
 * estimator does not change; the first-order one keeps its expectation, but loses an error term
 * proportional to the mean of the output, which otherwise swamps V<sub>i</sub> for outputs such as costs
 * whose mean is large compared with their spread.
 *
 * <p><b>Confidence intervals</b> are bootstrap percentile intervals (Efron &amp; Tibshirani 1993, chapter 13;
 * on the bootstrap for Sobol' indices, Archer, Saltelli &amp; Sobol' 1997): draw N of the indices j with
 * replacement, recompute V, S<sub>i</sub> and S<sub>Ti</sub> from those rows of A, B and the
 * A<sub>B</sub><sup>(i)</sup>, repeat, and take the (1 − c)/2 and (1 + c)/2 quantiles (linear interpolation
 * between order statistics, Hyndman &amp; Fan's type 7) of the resampled values. The bootstrap treats the N
 * rows as independent random draws, which quasi-random rows are not; as quasi-random estimates are usually
 * more accurate than random ones, the intervals are usually conservative (wider than the actual error). The
 * resampling uses a {@link MersenneTwister} seeded with the given seed, so the intervals are reproducible.
 *
 * <p>References:
 * <ul>
 *   <li>Sobol', I. M. (1993). Sensitivity estimates for nonlinear mathematical models. <i>Mathematical
 *       Modeling and Computational Experiment</i> 1(4), 407–414.</li>
 *   <li>Homma, T. &amp; Saltelli, A. (1996). Importance measures in global sensitivity analysis of nonlinear
 *       models. <i>Reliability Engineering &amp; System Safety</i> 52(1), 1–17.
 *       doi:10.1016/0951-8320(96)00002-6</li>
 *   <li>Jansen, M. J. W. (1999). Analysis of variance designs for model output. <i>Computer Physics
 *       Communications</i> 117(1–2), 35–43. doi:10.1016/S0010-4655(98)00154-4</li>
 *   <li>Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M. &amp; Tarantola, S. (2010). Variance
 *       based sensitivity analysis of model output. Design and estimator for the total sensitivity index.
 *       <i>Computer Physics Communications</i> 181(2), 259–270. doi:10.1016/j.cpc.2009.09.018</li>
 *   <li>Archer, G. E. B., Saltelli, A. &amp; Sobol', I. M. (1997). Sensitivity measures, ANOVA-like techniques
 *       and the use of bootstrap. <i>Journal of Statistical Computation and Simulation</i> 58(2), 99–120.
 *       doi:10.1080/00949659708811825</li>
 *   <li>Efron, B. &amp; Tibshirani, R. J. (1993). <i>An Introduction to the Bootstrap</i>. Chapman &amp; Hall.</li>
 *   <li>Hyndman, R. J. &amp; Fan, Y. (1996). Sample quantiles in statistical packages. <i>The American
 *       Statistician</i> 50(4), 361–365. doi:10.1080/00031305.1996.10473566</li>
 * </ul>
 */
public final class SobolAnalysis {

    private SobolAnalysis() {
    }

    /**
     * The first- and total-order indices of every factor.
     *
     * @param design             the matrices the model was run on
     * @param outputs            the model's output at each of their points, in their row order
     * @param bootstrapResamples how many bootstrap resamples for the intervals (0 for none; 500 to 1000 is
     *                           usual)
     * @param confidence         the intervals' confidence level, strictly between 0 and 1 (0.95 is usual)
     * @param seed               seed of the resampling
     * @return one index per factor, in factor order
     * @throws IllegalArgumentException when there is not one finite output per point, or another argument is
     *                                  outside what is allowed
     */
    public static List<SobolIndex> analyze(SaltelliDesign.Matrices design, double[] outputs,
                                           int bootstrapResamples, double confidence, long seed) {
        if (design == null) {
            throw Arguments.invalid("design", null, "a Saltelli design");
        }
        Arguments.length("outputs", outputs, design.size(), "one per point of the design");
        Arguments.finite("outputs", outputs);
        Arguments.atLeast("bootstrapResamples", bootstrapResamples, 0);
        Arguments.openUnit("confidence", confidence);

        Outputs split = Outputs.of(design, outputs);
        int n = design.design().samples();
        int k = design.factors();
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        double[][] point = split.indices(all);

        double[][] firsts = new double[k][bootstrapResamples];
        double[][] totals = new double[k][bootstrapResamples];
        RandomGenerator random = new MersenneTwister(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrapResamples; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            double[][] resampled = split.indices(rows);
            for (int i = 0; i < k; i++) {
                firsts[i][b] = resampled[0][i];
                totals[i][b] = resampled[1][i];
            }
        }

        double low = (1 - confidence) / 2;
        double high = (1 + confidence) / 2;
        List<SobolIndex> results = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] f = finiteSorted(firsts[i]);
            double[] t = finiteSorted(totals[i]);
            results.add(new SobolIndex(i, point[0][i], quantile(f, low), quantile(f, high),
                    point[1][i], quantile(t, low), quantile(t, high)));
        }
        return List.copyOf(results);
    }

    /** The outputs split into f(A), f(B) and the f(A_B^(i)). */
    private record Outputs(double[] a, double[] b, double[][] ab) {

        static Outputs of(SaltelliDesign.Matrices design, double[] outputs) {
            int n = design.design().samples();
            int k = design.factors();
            double[] a = Arrays.copyOfRange(outputs, design.rowOfA(0), design.rowOfA(0) + n);
            double[] b = Arrays.copyOfRange(outputs, design.rowOfB(0), design.rowOfB(0) + n);
            double[][] ab = new double[k][];
            for (int i = 0; i < k; i++) {
                ab[i] = Arrays.copyOfRange(outputs, design.rowOfAB(i, 0), design.rowOfAB(i, 0) + n);
            }
            return new Outputs(a, b, ab);
        }

        /**
         * S_i and S_Ti of every factor from the given rows (indices into A, B, A_B^(i); repeats allowed).
         *
         * @return {first[k], total[k]}, NaN when those rows have no variance
         */
        double[][] indices(int[] rows) {
            int n = rows.length;
            double sum = 0;
            for (int j : rows) {
                sum += a[j] + b[j];
            }
            double mean = sum / (2.0 * n);
            double squares = 0;
            for (int j : rows) {
                squares += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
            }
            double variance = squares / (2.0 * n);

            int k = ab.length;
            double[] first = new double[k];
            double[] total = new double[k];
            for (int i = 0; i < k; i++) {
                double[] abi = ab[i];
                double v = 0;
                double e = 0;
                for (int j : rows) {
                    double d = abi[j] - a[j];
                    v += (b[j] - mean) * d;
                    e += d * d;
                }
                first[i] = variance > 0 ? v / n / variance : Double.NaN;
                total[i] = variance > 0 ? e / (2.0 * n) / variance : Double.NaN;
            }
            return new double[][] {first, total};
        }
    }

    private static double[] finiteSorted(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    }

    /** The p-quantile of sorted values, Hyndman &amp; Fan type 7; NaN when there are none. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
