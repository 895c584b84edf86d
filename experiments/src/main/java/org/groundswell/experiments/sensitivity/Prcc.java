package org.groundswell.experiments.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Partial rank correlation coefficients (PRCC) of each input with the output, from any sample of input
 * points and outputs, typically a {@link org.groundswell.experiments.design.LatinHypercubeDesign} (Marino, Hogue,
 * Ray &amp; Kirschner 2008).
 *
 * <p><b>What it measures.</b> The PRCC of input j is the correlation between the output and x<sub>j</sub>
 * after the linear effects of all other inputs have been removed from both, computed on ranks. Ranks make
 * it measure monotone relations, not only linear ones; partialling out the other inputs means the
 * coefficient is not diluted by how much they vary. It suits outputs that rise or fall monotonically with
 * each input; a non-monotone effect (up then down) can give a PRCC near zero for an important input, which
 * variance-based indices ({@link SobolAnalysis}) would catch.
 *
 * <p><b>Computation</b> (Marino et al. 2008; Blower &amp; Dowlatabadi 1994), for each input j:
 * <ol>
 *   <li>replace every input column and the output by their ranks, ties given the average of the ranks they
 *       span (Commons Math {@link NaturalRanking});</li>
 *   <li>regress rank(x<sub>j</sub>) and rank(y), each by ordinary least squares with an intercept, on the
 *       ranks of the other p − 1 inputs (Commons Math {@link OLSMultipleLinearRegression}), and keep the two
 *       residual vectors;</li>
 *   <li>the PRCC γ<sub>j</sub> is the Pearson correlation of those residuals.</li>
 * </ol>
 * Its significance is tested with
 * <pre>
 *     T = γ_j · sqrt( (n − 2 − q) / (1 − γ_j²) )
 * </pre>
 * which under the hypothesis γ = 0 follows Student's t with n − 2 − q degrees of freedom, q being the
 * number of inputs whose effect is discounted, here all the others: q = p − 1. This is the usual test of a
 * partial correlation that controls for q variables, the one Marino et al. (2008) give (they write the
 * number of discounted inputs as p). The p-value is two-sided. With
 * many inputs, compare p-values against a threshold corrected for the number of tests (for example
 * Bonferroni's α/p).
 *
 * <p>References:
 * <ul>
 *   <li>Marino, S., Hogue, I. B., Ray, C. J. &amp; Kirschner, D. E. (2008). A methodology for performing
 *       global uncertainty and sensitivity analysis in systems biology. <i>Journal of Theoretical Biology</i>
 *       254(1), 178–196. doi:10.1016/j.jtbi.2008.04.011</li>
 *   <li>Blower, S. M. &amp; Dowlatabadi, H. (1994). Sensitivity and uncertainty analysis of complex models of
 *       disease transmission: an HIV model, as an example. <i>International Statistical Review</i> 62(2),
 *       229–243. doi:10.2307/1403510</li>
 * </ul>
 */
public final class Prcc {

    /**
     * When the other inputs' ranks leave less than this share of an input's rank variance unexplained, the
     * input is taken to be a linear function of them, and its partial correlation is undefined.
     */
    private static final double DEPENDENT = 1e-9;

    private Prcc() {
    }

    /**
     * The PRCC of every input with the output.
     *
     * @param inputs  n rows of p input values (any scale: only their ranks are used); every column must vary
     * @param outputs the n outputs, in the same order
     * @return one result per input, in column order
     * @throws IllegalArgumentException when the arrays are ragged, not finite, of different lengths, a column
     *                                  is constant or its ranks a linear function of the other columns' ranks,
     *                                  or n &lt; p + 2 (too few runs for the test)
     */
    public static List<PrccResult> analyze(double[][] inputs, double[] outputs) {
        int p = checkInputs(inputs);
        int n = inputs.length;
        Arguments.length("outputs", outputs, n, "one per row of inputs");
        Arguments.finite("outputs", outputs);
        if (n < p + 2) {
            throw Arguments.invalid("inputs", n + " rows",
                    "at least p + 2 = " + (p + 2) + " rows for " + p + " inputs");
        }

        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double[][] rankedColumns = new double[p][];
        for (int c = 0; c < p; c++) {
            rankedColumns[c] = ranking.rank(column(inputs, c));
        }
        double[] rankedOutputs = ranking.rank(outputs);

        boolean constantOutputs = constant(outputs);
        int degrees = n - 2 - (p - 1);
        TDistribution t = new TDistribution(null, degrees);
        List<PrccResult> results = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double[][] others = others(rankedColumns, j, n);
            double[] inputResiduals = residuals(rankedColumns[j], others);
            if (sumOfSquares(inputResiduals) <= DEPENDENT * sumOfSquares(residuals(rankedColumns[j], null))) {
                throw dependent("inputs column " + j);
            }
            double gamma = constantOutputs ? Double.NaN
                    : correlation(inputResiduals, residuals(rankedOutputs, others));
            results.add(new PrccResult(j, gamma, pValue(gamma, degrees, t)));
        }
        return List.copyOf(results);
    }

    private static IllegalArgumentException dependent(String name) {
        return Arguments.invalid(name, "a linear function of the other columns' ranks",
                "inputs that vary independently of one another");
    }

    private static int checkInputs(double[][] inputs) {
        if (inputs == null || inputs.length == 0 || inputs[0] == null || inputs[0].length == 0) {
            throw Arguments.invalid("inputs", inputs == null ? null : "no values",
                    "rows of at least one input value");
        }
        int p = inputs[0].length;
        for (int r = 0; r < inputs.length; r++) {
            if (inputs[r] == null || inputs[r].length != p) {
                throw Arguments.invalid("inputs[" + r + "]", inputs[r] == null ? null : inputs[r].length + " values",
                        "exactly " + p + " values, as in row 0");
            }
            for (int c = 0; c < p; c++) {
                Arguments.finite("inputs[" + r + "][" + c + "]", inputs[r][c]);
            }
        }
        for (int c = 0; c < p; c++) {
            if (constant(column(inputs, c))) {
                throw Arguments.invalid("inputs column " + c, "constant " + Arguments.format(inputs[0][c]),
                        "an input that varies across the rows");
            }
        }
        return p;
    }

    private static double[] column(double[][] rows, int c) {
        double[] column = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            column[r] = rows[r][c];
        }
        return column;
    }

    private static boolean constant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    /** The ranked columns other than {@code j}, as n rows; null when there are none. */
    private static double[][] others(double[][] rankedColumns, int j, int n) {
        int p = rankedColumns.length;
        if (p == 1) {
            return null;
        }
        double[][] x = new double[n][p - 1];
        for (int r = 0; r < n; r++) {
            for (int c = 0, col = 0; c < p; c++) {
                if (c != j) {
                    x[r][col++] = rankedColumns[c][r];
                }
            }
        }
        return x;
    }

    /** The OLS residuals of y on x with an intercept; with no x, y minus its mean. */
    private static double[] residuals(double[] y, double[][] x) {
        if (x == null) {
            double mean = 0;
            for (double v : y) {
                mean += v;
            }
            mean /= y.length;
            double[] e = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                e[i] = y[i] - mean;
            }
            return e;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        try {
            return ols.estimateResiduals();
        } catch (SingularMatrixException e) {
            throw dependent("inputs");
        }
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }

    /** The Pearson correlation; NaN when either vector is constant. */
    private static double correlation(double[] u, double[] v) {
        int n = u.length;
        double mu = 0;
        double mv = 0;
        for (int i = 0; i < n; i++) {
            mu += u[i];
            mv += v[i];
        }
        mu /= n;
        mv /= n;
        double uv = 0;
        double uu = 0;
        double vv = 0;
        for (int i = 0; i < n; i++) {
            double du = u[i] - mu;
            double dv = v[i] - mv;
            uv += du * dv;
            uu += du * du;
            vv += dv * dv;
        }
        if (uu == 0 || vv == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, uv / Math.sqrt(uu * vv)));
    }

    private static double pValue(double gamma, int degrees, TDistribution t) {
        if (Double.isNaN(gamma)) {
            return Double.NaN;
        }
        if (Math.abs(gamma) == 1) {
            return 0;
        }
        double statistic = gamma * Math.sqrt(degrees / (1 - gamma * gamma));
        return 2 * t.cumulativeProbability(-Math.abs(statistic));
    }
}
