package org.groundswell.experiments.stats;

/**
 * The mean of each day's value over replications, with a 95% confidence band: for one strategy, a few
 * metrics and every day of the strategy period. Each replication's daily series is added once; values are
 * accumulated with Welford's update (numerically stable, one pass, no replication kept), so memory is
 * metrics × days × 3 numbers however many replications there are.
 *
 * <p>Floating-point sums depend on the order of their terms: add replications in a fixed order (replication
 * 0, 1, 2, …) and the band is the same to the last bit whatever order the runs finished in.
 *
 * <p>Reference: Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and
 * products. <i>Technometrics</i> 4(3), 419–420. doi:10.1080/00401706.1962.10490022
 */
public final class DailyBands {

    private final int days;
    private final int[] count;
    private final double[] mean;
    private final double[] m2;

    /**
     * @param metrics how many metrics
     * @param days    how many days
     */
    public DailyBands(int metrics, int days) {
        this.days = days;
        this.count = new int[metrics * days];
        this.mean = new double[metrics * days];
        this.m2 = new double[metrics * days];
    }

    /**
     * Adds one replication's value of {@code metric} on each day; NaN days are skipped.
     *
     * @param metric the metric's position, from 0
     * @param values one value per day (extra days are ignored, missing ones stay missing)
     */
    public void add(int metric, double[] values) {
        int n = Math.min(days, values.length);
        for (int d = 0; d < n; d++) {
            double x = values[d];
            if (!Double.isFinite(x)) {
                continue;
            }
            int i = metric * days + d;
            count[i]++;
            double delta = x - mean[i];
            mean[i] += delta / count[i];
            m2[i] += delta * (x - mean[i]);
        }
    }

    /** Days held. */
    public int days() {
        return days;
    }

    /** The estimate of {@code metric}'s mean on day index {@code day}. */
    public Estimate day(int metric, int day) {
        int i = metric * days + day;
        int n = count[i];
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (n == 1) {
            return new Estimate(1, mean[i], Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = Math.sqrt(m2[i] / (n - 1));
        double half = Estimate.halfWidth(sd, n);
        return new Estimate(n, mean[i], sd, mean[i] - half, mean[i] + half);
    }
}
