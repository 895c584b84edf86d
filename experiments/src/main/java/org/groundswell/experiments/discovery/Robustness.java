package org.groundswell.experiments.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * Robust choice by minimax regret (Savage 1951; as Lempert, Popper &amp; Bankes 2003 use it for robust decision
 * making): over the points of a sweep, how each strategy does on one outcome — on average, at its worst, and
 * against the best strategy at each point. A strategy's <em>regret</em> at a point is its shortfall from the
 * best strategy there; the <em>minimax-regret</em> strategy is the one whose largest regret is smallest: the
 * choice one least regrets whatever the conditions turn out to be.
 *
 * <p>Pure arithmetic on a table of values, a row per point and a column per strategy; rows with a missing
 * value (NaN) are left out.
 */
public final class Robustness {

    /**
     * How one strategy does on one outcome.
     *
     * @param strategy   its index among the strategies
     * @param mean       its mean value over the points
     * @param worst      its worst value: the highest when less is better, else the lowest
     * @param meanRegret its mean regret
     * @param maxRegret  its largest regret
     * @param wins       the share of points where it is best (ties share the point)
     */
    public record StrategyRegret(int strategy, double mean, double worst, double meanRegret, double maxRegret,
                                 double wins) {
    }

    /**
     * One outcome's table.
     *
     * @param points     points used (with every strategy's value)
     * @param strategies per strategy, in the order of the columns
     * @param minimax    the index of the minimax-regret strategy (the first on a tie); −1 without points
     */
    public record Result(int points, List<StrategyRegret> strategies, int minimax) {

        public Result {
            strategies = List.copyOf(strategies);
        }
    }

    private Robustness() {
    }

    /**
     * The regret table of one outcome.
     *
     * @param values         [point][strategy] the outcome's value (the mean over replications); NaN where missing
     * @param higherIsBetter whether more of the outcome is better
     * @return each strategy's figures, and the minimax-regret strategy
     */
    public static Result of(double[][] values, boolean higherIsBetter) {
        int strategies = values.length == 0 ? 0 : values[0].length;
        List<double[]> rows = new ArrayList<>();
        for (double[] row : values) {
            boolean complete = true;
            for (double v : row) {
                complete &= Double.isFinite(v);
            }
            if (complete) {
                rows.add(row);
            }
        }
        double[] sum = new double[strategies];
        double[] worst = new double[strategies];
        double[] regretSum = new double[strategies];
        double[] regretMax = new double[strategies];
        double[] wins = new double[strategies];
        java.util.Arrays.fill(worst, higherIsBetter ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        for (double[] row : rows) {
            double best = row[0];
            for (double v : row) {
                best = higherIsBetter ? Math.max(best, v) : Math.min(best, v);
            }
            int tied = 0;
            for (double v : row) {
                tied += v == best ? 1 : 0;
            }
            for (int s = 0; s < strategies; s++) {
                double v = row[s];
                double regret = higherIsBetter ? best - v : v - best;
                sum[s] += v;
                worst[s] = higherIsBetter ? Math.min(worst[s], v) : Math.max(worst[s], v);
                regretSum[s] += regret;
                regretMax[s] = Math.max(regretMax[s], regret);
                wins[s] += v == best ? 1.0 / tied : 0;
            }
        }
        int n = rows.size();
        List<StrategyRegret> table = new ArrayList<>();
        int minimax = -1;
        for (int s = 0; s < strategies; s++) {
            table.add(n == 0 ? new StrategyRegret(s, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                    : new StrategyRegret(s, sum[s] / n, worst[s], regretSum[s] / n, regretMax[s], wins[s] / n));
            if (n > 0 && (minimax < 0 || regretMax[s] < regretMax[minimax])) {
                minimax = s;
            }
        }
        return new Result(n, table, minimax);
    }
}
