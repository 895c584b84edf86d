package org.groundswell.experiments.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The mean of a sample of replications with its spread and a 95% confidence interval: mean ± t · s / √n, with
 * t the 97.5th percentile of Student's t distribution on n − 1 degrees of freedom (Commons Math
 * {@link TDistribution}), s the sample standard deviation (n − 1 in the denominator, {@link StatUtils#variance}).
 * The interval assumes the replications are independent draws — they are: each has its own seed — and that
 * their mean is close to normal, which thirty replications of a summary over 90 days give comfortably.
 *
 * <p>Missing values (NaN: a rate whose denominator was zero, a run that failed) are left out, and {@code n}
 * says how many were used. With one value the SD and interval are NaN; with none, everything is.
 *
 * @param n      values used
 * @param mean   their mean
 * @param sd     their standard deviation
 * @param ciLow  lower end of the 95% confidence interval of the mean
 * @param ciHigh upper end
 */
public record Estimate(int n, double mean, double sd, double ciLow, double ciHigh) {

    /** The confidence level of every interval. */
    public static final double LEVEL = 0.95;

    private static final Map<Integer, Double> CRITICAL_T = new ConcurrentHashMap<>();

    /**
     * The estimate from {@code values}.
     *
     * @param values one value per replication; NaN where missing
     * @return the estimate
     */
    public static Estimate of(double[] values) {
        double[] x = finite(values);
        int n = x.length;
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = StatUtils.mean(x);
        if (n == 1) {
            return new Estimate(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = Math.sqrt(StatUtils.variance(x, mean));
        double half = halfWidth(sd, n);
        return new Estimate(n, mean, sd, mean - half, mean + half);
    }

    /** Half the width of the 95% interval of a mean of {@code n} values with SD {@code sd}: t · sd / √n. */
    static double halfWidth(double sd, int n) {
        return criticalT(n - 1) * sd / Math.sqrt(n);
    }

    /**
     * The two-sided 95% critical value of Student's t on {@code df} degrees of freedom (1.96 as df → ∞),
     * remembered: a daily band asks for the same few values thousands of times.
     */
    static double criticalT(int df) {
        return CRITICAL_T.computeIfAbsent(df,
                k -> new TDistribution(null, k).inverseCumulativeProbability(1 - (1 - LEVEL) / 2));
    }

    /** The finite values of {@code values}, in order. */
    static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
