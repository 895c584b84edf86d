package org.groundswell.experiments.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.model.metrics.Metric;

/**
 * Which strategy beats which, across a posterior: for each outcome and each ordered pair of strategies, the
 * posterior probability that the first does better than the second — the share of posterior draws in which
 * it does, each draw run under both strategies on the same seed (common random numbers) — and the
 * distribution of the paired difference over the draws. Less is better for every outcome but those in
 * {@link #HIGHER_IS_BETTER}. The probability includes both what is not known about the hospital (the
 * posterior) and the chance of one run of the hospital (each draw is one run); ties count half.
 */
public final class Verdicts {

    /** The file. */
    public static final String FILE = "verdicts.csv";

    /** The outcomes where more is better; for every other, less is better. */
    public static final Set<String> HIGHER_IS_BETTER = Set.of("rc_index", "psych_safety", "adoption_fraction",
            "patient_experience", "problems_fixed", "practices_in_place", "mean_efficacy", "headcount",
            "rn_headcount");

    private Verdicts() {
    }

    /**
     * One verdict.
     *
     * @param metric     the outcome
     * @param strategy   the strategy
     * @param versus     the strategy it is set against
     * @param draws      the draws with both runs finished
     * @param pBetter    the posterior probability that {@code strategy} does better
     * @param mean       the mean paired difference, strategy minus versus
     * @param quantiles  the 5%, 25%, 50%, 75% and 95% quantiles of that difference
     */
    public record Verdict(Metric metric, String strategy, String versus, int draws, double pBetter, double mean,
                          double[] quantiles) {
    }

    /** The quantiles reported. */
    static final double[] LEVELS = {0.05, 0.25, 0.5, 0.75, 0.95};

    /**
     * The verdicts.
     *
     * @param strategies the strategies
     * @param metrics    the outcomes
     * @param values     values[s][m][d]: outcome m under strategy s in draw d, NaN if that run failed
     */
    public static List<Verdict> of(List<String> strategies, List<Metric> metrics, double[][][] values) {
        List<Verdict> out = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            boolean higher = HIGHER_IS_BETTER.contains(metrics.get(m).name());
            for (int a = 0; a < strategies.size(); a++) {
                for (int b = 0; b < strategies.size(); b++) {
                    if (a == b) {
                        continue;
                    }
                    List<Double> differences = new ArrayList<>();
                    double wins = 0;
                    for (int d = 0; d < values[a][m].length; d++) {
                        double diff = values[a][m][d] - values[b][m][d];
                        if (Double.isNaN(diff)) {
                            continue;
                        }
                        differences.add(diff);
                        wins += diff == 0 ? 0.5 : (diff < 0) != higher ? 1 : 0;
                    }
                    double[] diffs = differences.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] q = new double[LEVELS.length];
                    double[] ones = new double[diffs.length];
                    java.util.Arrays.fill(ones, 1);
                    for (int i = 0; i < q.length; i++) {
                        q[i] = diffs.length == 0 ? Double.NaN : WeightedQuantile.of(diffs, ones, LEVELS[i]);
                    }
                    double mean = java.util.Arrays.stream(diffs).average().orElse(Double.NaN);
                    out.add(new Verdict(metrics.get(m), strategies.get(a), strategies.get(b), diffs.length,
                            diffs.length == 0 ? Double.NaN : wins / diffs.length, mean, q));
                }
            }
        }
        return out;
    }

    /** {@code verdicts.csv}. */
    public static String csv(List<Verdict> verdicts) {
        StringBuilder text = new StringBuilder(Csv.line(List.of("metric", "better", "strategy", "versus", "draws",
                "p_better", "mean_difference", "q05", "q25", "median", "q75", "q95")));
        for (Verdict v : verdicts) {
            List<String> row = new ArrayList<>(List.of(v.metric().name(),
                    HIGHER_IS_BETTER.contains(v.metric().name()) ? "higher" : "lower", v.strategy(), v.versus(),
                    Integer.toString(v.draws()), Numbers.format(v.pBetter()), Numbers.format(v.mean())));
            for (double q : v.quantiles()) {
                row.add(Numbers.format(q));
            }
            text.append(Csv.line(row));
        }
        return text.toString();
    }
}
