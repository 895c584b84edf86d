package org.groundswell.experiments.stats;

import java.util.Arrays;

import org.apache.commons.math3.stat.inference.TTest;

/**
 * A strategy against the baseline, replication by replication. Replication r of both ran on the same seed —
 * the same patients arrived, the same people were hired — so the difference d<sub>r</sub> = strategy<sub>r</sub>
 * − baseline<sub>r</sub> removes the noise the two share, and the comparison is far sharper than one between
 * two independent samples (common random numbers).
 *
 * <ul>
 *   <li>{@code mean}, {@code ciLow}, {@code ciHigh}: the mean difference and its 95% t interval
 *       ({@link Estimate} of the d<sub>r</sub>).</li>
 *   <li>{@code pT}: the paired t-test's two-sided p-value, Commons Math {@link TTest#pairedTTest(double[],
 *       double[])}: t = mean(d) / (sd(d)/√n) on n − 1 degrees of freedom. It is below 0.05 exactly when the
 *       interval excludes 0.</li>
 *   <li>{@code pWilcoxon}: Wilcoxon's signed-rank p-value ({@link SignedRankTest}), which does not assume the
 *       differences are normal.</li>
 *   <li>{@code effectSize}: Cohen's d<sub>z</sub> = mean(d) / sd(d), the mean difference in units of its own
 *       spread across replications (Cohen 1988, §2.3.5; Lakens 2013, eq. 5). It says how consistently the
 *       strategy moves the metric, not how much that matters to patients, which {@code mean} says.</li>
 * </ul>
 * Pairs where either value is missing (NaN) are left out; {@code n} is the number of pairs used. The p-values
 * are NaN below 2 pairs, and when every difference is the same the t-test's p is 0 (or NaN if all are 0).
 *
 * <p>References: Cohen, J. (1988). <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed.,
 * Erlbaum. Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative science.
 * <i>Frontiers in Psychology</i> 4:863. doi:10.3389/fpsyg.2013.00863
 *
 * @param n          pairs used
 * @param mean       mean difference, strategy − baseline
 * @param sd         standard deviation of the differences
 * @param ciLow      lower end of the 95% interval of the mean difference
 * @param ciHigh     upper end
 * @param pT         paired t-test p-value, two-sided
 * @param pWilcoxon  signed-rank p-value, two-sided
 * @param effectSize Cohen's d<sub>z</sub>
 */
public record PairedDifference(int n, double mean, double sd, double ciLow, double ciHigh, double pT,
                               double pWilcoxon, double effectSize) {

    /**
     * The paired comparison of {@code strategy} with {@code baseline}.
     *
     * @param strategy one value per replication
     * @param baseline the baseline's, replication by replication (the same length)
     * @return the comparison
     * @throws IllegalArgumentException if the lengths differ
     */
    public static PairedDifference of(double[] strategy, double[] baseline) {
        if (strategy.length != baseline.length) {
            throw new IllegalArgumentException("paired samples of different lengths: " + strategy.length + " and "
                    + baseline.length);
        }
        int[] pairs = java.util.stream.IntStream.range(0, strategy.length)
                .filter(r -> Double.isFinite(strategy[r]) && Double.isFinite(baseline[r])).toArray();
        double[] x = Arrays.stream(pairs).mapToDouble(r -> strategy[r]).toArray();
        double[] y = Arrays.stream(pairs).mapToDouble(r -> baseline[r]).toArray();
        double[] d = new double[pairs.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        Estimate e = Estimate.of(d);
        if (e.n() < 2) {
            return new PairedDifference(e.n(), e.mean(), e.sd(), e.ciLow(), e.ciHigh(), Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double pT = e.sd() == 0 && e.mean() == 0 ? Double.NaN : new TTest().pairedTTest(x, y);
        double effect = e.sd() == 0 ? Double.NaN : e.mean() / e.sd();
        return new PairedDifference(e.n(), e.mean(), e.sd(), e.ciLow(), e.ciHigh(), pT, SignedRankTest.pValue(d),
                effect);
    }

    /** The mean difference as a share of {@code reference} (the baseline's mean), e.g. −0.12 for 12% lower. */
    public double relative(double reference) {
        return reference == 0 ? Double.NaN : mean / Math.abs(reference);
    }

    /** The interval as shares of {@code reference}, treating the baseline's mean as fixed: {low, high}. */
    public double[] relativeInterval(double reference) {
        if (reference == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {ciLow / Math.abs(reference), ciHigh / Math.abs(reference)};
    }
}
