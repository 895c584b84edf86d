package org.groundswell.experiments.sensitivity;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.groundswell.experiments.design.Analysis;
import org.groundswell.experiments.design.Outcome;
import org.groundswell.experiments.design.SweptParameter;

/**
 * The sensitivity analysis of one outcome: how it varied over the design, how noisy its replications were, and
 * the measures of each swept parameter — μ, μ* and σ of a Morris screening, the first- and total-order Sobol'
 * indices, or the partial rank correlations, whichever {@code method} is. The lists of the other methods are
 * empty; all three are empty when the outcome could not be analysed, and {@code problem} says why.
 *
 * @param outcome    what was analysed
 * @param method     the analysis
 * @param parameters the swept parameters, in the experiment's order (the order of each list of measures)
 * @param spread     the outcome over the design points (each the mean of its replications)
 * @param noise      the spread between replications of one point
 * @param morris     one per parameter, for a Morris screening
 * @param sobol      one per parameter, for Sobol' indices
 * @param prcc       one per parameter, for partial rank correlation
 * @param problem    why the outcome could not be analysed, or ""
 */
public record OutcomeSensitivity(Outcome outcome, Analysis method, List<SweptParameter> parameters, Spread spread,
                          Noise noise, List<MorrisResult> morris, List<SobolIndex> sobol, List<PrccResult> prcc,
                          String problem) {

    /** Below this total-order index a parameter is negligible (a usual screening threshold). */
    static final double NEGLIGIBLE_TOTAL = 0.05;
    /** The significance level of a partial rank correlation. */
    static final double SIGNIFICANCE = 0.05;

    public OutcomeSensitivity {
        parameters = List.copyOf(parameters);
        morris = List.copyOf(morris);
        sobol = List.copyOf(sobol);
        prcc = List.copyOf(prcc);
    }

    /**
     * The outcome over the design: the mean of each point's replications, over the distinct points.
     *
     * @param points         distinct points with a value
     * @param mean           mean of the point means
     * @param sd             their standard deviation (n − 1)
     * @param min            the smallest
     * @param max            the largest
     * @param shareAboveZero the share of points whose mean is above 0 (for a contrast: where the strategy's
     *                       metric is higher than minus's)
     */
    public record Spread(int points, double mean, double sd, double min, double max, double shareAboveZero) {
    }

    /**
     * Replication noise: how much the outcome differs between replications of one point, and how much of the
     * measures that noise could explain. Every value is NaN with one replication.
     *
     * <p>Replication r has the same seed at every point, so part of the noise is common to all points (a
     * replication that happened to draw more admissions is busier everywhere) and cancels in every comparison
     * of points. What is left, {@code noiseSd}, is the residual of a two-way analysis of variance with points
     * and replications as factors (replications as blocks): y<sub>pr</sub> − ȳ<sub>p·</sub> −
     * ȳ<sub>·r</sub> + ȳ<sub>··</sub>, on (P − 1)(R − 1) degrees of freedom, over the points with every
     * replication.
     *
     * @param replications replications per point, R
     * @param withinSd     the pooled standard deviation between replications of a point, common part included
     * @param noiseSd      the standard deviation of the noise that differs between points (the residual above)
     * @param share        the share of the variance of the point means that this noise explains:
     *                     (noiseSd² / R) / sd², with sd the spread of the point means
     * @param floor        where noise alone would put the ranking measure of a parameter without effect. For
     *                     Morris, the μ* such a parameter stays below 95 times in 100: its elementary effects
     *                     are then errors of standard deviation s, s² the variance between replications of an
     *                     elementary effect (both ends of a step on the same seed) pooled over every step, over
     *                     R; so μ* has mean s√(2/π) and standard deviation s√(1 − 2/π)/√r, and the bound is the
     *                     mean plus 1.645 of them. For Sobol', what noise adds to every total-order index in
     *                     Jansen's estimator: the variance between replications of
     *                     f(A) − f(A<sub>B</sub><sup>(i)</sup>), pooled over every row and parameter, over 2R and
     *                     over the outputs' variance. NaN for partial rank correlation, whose p-values account
     *                     for noise
     */
    public record Noise(int replications, double withinSd, double noiseSd, double share, double floor) {
    }

    /** Whether the analysis was done. */
    boolean analysed() {
        return problem.isEmpty();
    }

    /**
     * The measure parameters are ranked by: μ* for Morris, the total-order index for Sobol', the absolute
     * partial rank correlation for PRCC.
     */
    double importance(int parameter) {
        return switch (method) {
            case MORRIS -> morris.get(parameter).muStar();
            case SOBOL -> sobol.get(parameter).total();
            case PRCC -> Math.abs(prcc.get(parameter).coefficient());
            case NONE, DISCOVERY -> Double.NaN;
        };
    }

    /** The parameters' indices, most important first (ties and NaN in the experiment's order, NaN last). */
    List<Integer> ranking() {
        if (!analysed()) {
            return List.of();
        }
        return IntStream.range(0, parameters.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> {
                    double v = importance(i);
                    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : -v;
                }))
                .toList();
    }

    /**
     * Whether a parameter's measure cannot be told from replication noise, or is too small to matter: Morris
     * μ* at or below the noise floor; a total-order index below {@value #NEGLIGIBLE_TOTAL}, or whose 95%
     * interval reaches down to what noise adds to it; a partial rank correlation with p ≥ {@value #SIGNIFICANCE}.
     */
    boolean negligible(int parameter) {
        return switch (method) {
            case MORRIS -> Double.isFinite(noise.floor()) && morris.get(parameter).muStar() <= noise.floor()
                    || morris.get(parameter).muStar() == 0;
            case SOBOL -> {
                SobolIndex s = sobol.get(parameter);
                double low = Double.isFinite(s.totalLow()) ? s.totalLow() : s.total();
                yield !(s.total() >= NEGLIGIBLE_TOTAL) || Double.isFinite(noise.floor()) && low <= noise.floor();
            }
            case PRCC -> !(prcc.get(parameter).pValue() < SIGNIFICANCE);
            case NONE, DISCOVERY -> true;
        };
    }
}
