package org.groundswell.experiments.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.groundswell.experiments.design.Analysis;
import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.MorrisDesign;
import org.groundswell.experiments.design.Outcome;
import org.groundswell.experiments.design.SaltelliDesign;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.sensitivity.OutcomeSensitivity.Noise;
import org.groundswell.experiments.sensitivity.OutcomeSensitivity.Spread;

/**
 * The sensitivity analysis of a finished sweep, from its {@code runs.csv}: for each outcome of the experiment,
 * the mean over replications at each design point, then the experiment's analysis of those means —
 * {@link MorrisAnalysis} on the Morris trajectories, {@link SobolAnalysis} on the Saltelli sample
 * ({@value #BOOTSTRAP_RESAMPLES} bootstrap resamples for 95% intervals, seeded with the experiment's seed), or
 * {@link Prcc} on the sample's parameter values — with the replication noise beside it.
 *
 * <p>Analysing the mean over replications is what Saltelli et al. (2008) and Marino et al. (2008) advise for a
 * stochastic model: the noise of the mean of R replications is √R times smaller than a single run's, and it is
 * reported ({@link Noise}) so that a reader can tell which measures stand out from it. Common random numbers
 * help too: replication r has the same seed at every point, so a step of a Morris trajectory compares two runs
 * that met the same patients and staff.
 *
 * <p>The design is regenerated from the experiment (it is a function of the file and its seed), so the
 * analysis needs nothing but the experiment and the rows. A point with no value (every replication failed, or
 * the metric is undefined there) leaves a Morris or Sobol' analysis of that outcome undone, and is left out of
 * a partial rank correlation; the result says so.
 */
public final class SensitivityAnalysis {

    /** Bootstrap resamples of the Sobol' indices' intervals. */
    static final int BOOTSTRAP_RESAMPLES = 1000;
    /** Confidence level of the intervals. */
    static final double CONFIDENCE = 0.95;

    private SensitivityAnalysis() {
    }

    /**
     * Analyses every outcome of the experiment.
     *
     * @param designPoints the sweep's design points
     * @param header       the columns of {@code runs.csv}
     * @param rows         its rows
     * @return one result per outcome, in the experiment's order; empty when the experiment asks for no sensitivity analysis
     */
    public static List<OutcomeSensitivity> analyse(DesignPoints designPoints, List<String> header, List<List<String>> rows) {
        Experiment experiment = designPoints.experiment();
        if (!experiment.analysis().isSensitivity()) {
            return List.of();
        }
        OutcomeValues values = OutcomeValues.of(designPoints, header, rows);
        List<OutcomeSensitivity> results = new ArrayList<>();
        for (Outcome outcome : experiment.outcomes()) {
            results.add(analyse(designPoints, outcome, values.values(outcome)));
        }
        return results;
    }

    private static OutcomeSensitivity analyse(DesignPoints designPoints, Outcome outcome, double[][] values) {
        Experiment experiment = designPoints.experiment();
        List<SweptParameter> parameters = experiment.parameters();
        Analysis method = experiment.analysis();
        int points = values.length;
        double[] means = new double[points];
        int missing = 0;
        for (int p = 0; p < points; p++) {
            means[p] = mean(values[p]);
            if (Double.isNaN(means[p]) && designPoints.sameAs(p) < 0) {
                missing++;
            }
        }
        Spread spread = spread(designPoints, means);
        int replications = experiment.replications();
        double withinSd = withinSd(designPoints, values);
        double noiseSd = residualSd(designPoints, values);
        double share = noiseSd * noiseSd / replications / (spread.sd() * spread.sd());
        if (!Double.isFinite(share)) {
            share = Double.NaN;
        }
        List<MorrisResult> morris = List.of();
        List<SobolIndex> sobol = List.of();
        List<PrccResult> prcc = List.of();
        double floor = Double.NaN;
        String problem = "";
        try {
            switch (method) {
                case MORRIS -> {
                    MorrisDesign.Trajectories design = ((MorrisDesign) experiment.design())
                            .draw(parameters.size(), experiment.seed());
                    floor = morrisFloor(design, values);
                    if (missing > 0) {
                        problem = missing(missing, spread.points() + missing);
                    } else {
                        morris = MorrisAnalysis.analyze(design, means);
                    }
                }
                case SOBOL -> {
                    SaltelliDesign.Matrices design = ((SaltelliDesign) experiment.design())
                            .draw(parameters.size(), experiment.seed());
                    floor = sobolFloor(design, values, means);
                    if (missing > 0) {
                        problem = missing(missing, spread.points() + missing);
                    } else {
                        sobol = SobolAnalysis.analyze(design, means, BOOTSTRAP_RESAMPLES, CONFIDENCE,
                                experiment.seed());
                    }
                }
                case PRCC -> prcc = prcc(designPoints, means);
                case NONE, DISCOVERY -> throw new IllegalStateException("no sensitivity analysis");
            }
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            for (int j = parameters.size() - 1; j >= 0; j--) {
                problem = problem.replace("inputs column " + j, "parameters." + parameters.get(j).path());
            }
        }
        if (Double.isNaN(spread.sd()) || spread.sd() == 0) {
            problem = spread.points() == 0 ? "no run has a value of it" : "it is the same at every point";
            morris = List.of();
            sobol = List.of();
            prcc = List.of();
        }
        return new OutcomeSensitivity(outcome, method, parameters, spread,
                new Noise(replications, withinSd, noiseSd, share, floor), morris, sobol, prcc, problem);
    }

    private static String missing(int missing, int points) {
        return missing + " of the " + points + " distinct design points have no value of it (their runs failed, or the "
                + "metric is undefined there); the analysis needs every point";
    }

    /** The mean of the finite values; NaN when there are none. */
    private static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static Spread spread(DesignPoints designPoints, double[] means) {
        int n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int above = 0;
        for (int p = 0; p < means.length; p++) {
            double m = means[p];
            if (designPoints.sameAs(p) < 0 && Double.isFinite(m)) {
                n++;
                sum += m;
                min = Math.min(min, m);
                max = Math.max(max, m);
                above += m > 0 ? 1 : 0;
            }
        }
        if (n == 0) {
            return new Spread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double squares = 0;
        for (int p = 0; p < means.length; p++) {
            if (designPoints.sameAs(p) < 0 && Double.isFinite(means[p])) {
                squares += (means[p] - mean) * (means[p] - mean);
            }
        }
        return new Spread(n, mean, n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN, min, max, (double) above / n);
    }

    /**
     * The pooled standard deviation between replications of one point: √(Σ (n_p − 1) s_p² / Σ (n_p − 1)) over
     * the distinct points with at least two values; NaN when no point has two.
     */
    private static double withinSd(DesignPoints designPoints, double[][] values) {
        double squares = 0;
        int degrees = 0;
        for (int p = 0; p < values.length; p++) {
            if (designPoints.sameAs(p) >= 0) {
                continue;
            }
            double mean = mean(values[p]);
            int n = 0;
            for (double v : values[p]) {
                if (Double.isFinite(v)) {
                    squares += (v - mean) * (v - mean);
                    n++;
                }
            }
            degrees += Math.max(0, n - 1);
        }
        return degrees == 0 ? Double.NaN : Math.sqrt(squares / degrees);
    }

    /**
     * The residual standard deviation of a two-way analysis of variance, points × replications, over the
     * distinct points that have every replication: the noise left once each replication's effect common to all
     * points (its seed) is removed. NaN with fewer than two such points or two replications.
     */
    private static double residualSd(DesignPoints designPoints, double[][] values) {
        List<double[]> complete = new ArrayList<>();
        for (int p = 0; p < values.length; p++) {
            if (designPoints.sameAs(p) < 0 && Arrays.stream(values[p]).allMatch(Double::isFinite)) {
                complete.add(values[p]);
            }
        }
        int points = complete.size();
        int replications = values.length == 0 ? 0 : values[0].length;
        if (points < 2 || replications < 2) {
            return Double.NaN;
        }
        double[] pointMean = new double[points];
        double[] replicationMean = new double[replications];
        double grand = 0;
        for (int p = 0; p < points; p++) {
            for (int r = 0; r < replications; r++) {
                double y = complete.get(p)[r];
                pointMean[p] += y / replications;
                replicationMean[r] += y / points;
                grand += y / ((double) points * replications);
            }
        }
        double squares = 0;
        for (int p = 0; p < points; p++) {
            for (int r = 0; r < replications; r++) {
                double e = complete.get(p)[r] - pointMean[p] - replicationMean[r] + grand;
                squares += e * e;
            }
        }
        return Math.sqrt(squares / ((points - 1.0) * (replications - 1.0)));
    }

    /**
     * The μ* that noise alone keeps a parameter without effect below 95 times in 100. Its r elementary effects
     * are then errors of standard deviation s, with s² the variance between replications of an elementary
     * effect (pooled over every step of every trajectory) over R; μ* is the mean of their absolute values,
     * with mean s√(2/π) and standard deviation s√(1 − 2/π)/√r; the bound is the mean plus 1.645 standard
     * deviations (a normal approximation).
     */
    private static double morrisFloor(MorrisDesign.Trajectories trajectories, double[][] values) {
        MorrisDesign design = trajectories.design();
        int k = trajectories.factors();
        Pooled pooled = new Pooled();
        for (int t = 0; t < design.trajectories(); t++) {
            for (int s = 0; s < k; s++) {
                int from = t * (k + 1) + s;
                pooled.add(values[from + 1], values[from], 1 / design.delta());
            }
        }
        double sd = Math.sqrt(pooled.variance() / values[0].length);
        return sd * (Math.sqrt(2 / Math.PI) + 1.645 * Math.sqrt((1 - 2 / Math.PI) / design.trajectories()));
    }

    /**
     * The total-order index a parameter without effect would get from noise: the variance between replications
     * of f(A)<sub>j</sub> − f(A<sub>B</sub><sup>(i)</sup>)<sub>j</sub>, pooled over every j and i, over 2R,
     * over the variance of the point means of A and B (as Jansen's estimator divides by it).
     */
    private static double sobolFloor(SaltelliDesign.Matrices design, double[][] values, double[] means) {
        Pooled pooled = new Pooled();
        int n = design.design().samples();
        double sum = 0;
        double squares = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < design.factors(); i++) {
                pooled.add(values[design.rowOfA(j)], values[design.rowOfAB(i, j)], 1);
            }
            sum += means[design.rowOfA(j)] + means[design.rowOfB(j)];
        }
        double mean = sum / (2.0 * n);
        for (int j = 0; j < n; j++) {
            squares += Math.pow(means[design.rowOfA(j)] - mean, 2) + Math.pow(means[design.rowOfB(j)] - mean, 2);
        }
        return pooled.variance() / (2.0 * values[0].length) / (squares / (2.0 * n));
    }

    /** A variance pooled over groups: Σ (n − 1)s² / Σ (n − 1). */
    private static final class Pooled {

        private double squares;
        private int degrees;

        /** Adds the group of the differences scale·(a_r − b_r) over the replications where both are finite. */
        void add(double[] a, double[] b, double scale) {
            double sum = 0;
            int n = 0;
            for (int r = 0; r < a.length; r++) {
                if (Double.isFinite(a[r]) && Double.isFinite(b[r])) {
                    sum += scale * (a[r] - b[r]);
                    n++;
                }
            }
            double mean = sum / n;
            for (int r = 0; r < a.length; r++) {
                if (Double.isFinite(a[r]) && Double.isFinite(b[r])) {
                    double d = scale * (a[r] - b[r]) - mean;
                    squares += d * d;
                }
            }
            degrees += Math.max(0, n - 1);
        }

        /** NaN when no group had two values. */
        double variance() {
            return degrees == 0 ? Double.NaN : squares / degrees;
        }
    }

    /**
     * Partial rank correlations of the parameters' values with the point means, over the points that have a
     * value. Numbers are ranked as numbers; a listed parameter whose values are not all numbers is ranked by
     * the order of its list.
     */
    private static List<PrccResult> prcc(DesignPoints designPoints, double[] means) {
        List<SweptParameter> parameters = designPoints.experiment().parameters();
        List<double[]> inputs = new ArrayList<>();
        List<Double> outputs = new ArrayList<>();
        for (int p = 0; p < means.length; p++) {
            if (!Double.isFinite(means[p])) {
                continue;
            }
            double[] x = new double[parameters.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = rankable(parameters.get(i), designPoints.values(p).get(i));
            }
            inputs.add(x);
            outputs.add(means[p]);
        }
        return Prcc.analyze(inputs.toArray(double[][]::new), outputs.stream().mapToDouble(Double::doubleValue)
                .toArray());
    }

    /** A value as a number to rank: itself when it is one, else its position in the parameter's list. */
    private static double rankable(SweptParameter parameter, String value) {
        if (parameter instanceof SweptParameter.Choice c && !c.values().stream().allMatch(v -> v.isNumber())) {
            for (int i = 0; i < c.values().size(); i++) {
                if (SweptParameter.text(c.values().get(i)).equals(value)) {
                    return i;
                }
            }
            throw new IllegalStateException(value + " is not one of " + parameter.path() + "'s values");
        }
        return Double.parseDouble(value);
    }
}
