package org.groundswell.experiments.stats;

import java.util.Arrays;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Cost-effectiveness of a strategy against a baseline, from paired replications: the incremental cost and the
 * incremental effect (events avoided) with bootstrap intervals, the incremental cost-effectiveness ratio
 * (ICER: cost per event avoided), dominance, the net monetary benefit at a willingness to pay, and the
 * cost-effectiveness acceptability curve.
 *
 * <p>Drummond, M. F., Sculpher, M. J., Claxton, K., Stoddart, G. L. &amp; Torrance, G. W. (2015). <i>Methods for
 * the Economic Evaluation of Health Care Programmes</i>, 4th ed. Oxford University Press (the ICER and
 * dominance). Stinnett, A. A. &amp; Mullahy, J. (1998). Net health benefits: a new framework for the analysis of
 * uncertainty in cost-effectiveness analysis. <i>Medical Decision Making</i> 18(2 Suppl):S68–S80 (net benefit).
 * Briggs, A., Claxton, K. &amp; Sculpher, M. (2006). <i>Decision Modelling for Health Economic Evaluation</i>.
 * Oxford University Press (the plane and the acceptability curve from simulation draws); Fenwick, E.,
 * Claxton, K. &amp; Sculpher, M. (2001). Representing uncertainty: the role of cost-effectiveness acceptability
 * curves. <i>Health Economics</i> 10(8):779–787.
 *
 * <p>Each replication ran every strategy on the same seed, so the pair (Δcost, Δeffect) of replication r is the
 * strategy's effect under the same patients and staff: the replications are the draws of a probabilistic
 * analysis, and the acceptability curve is the share of them in which a strategy has the highest net benefit.
 */
public final class CostEffectiveness {

    /** Bootstrap resamples of the intervals. */
    public static final int RESAMPLES = 2000;

    /** Where a strategy lies on the cost-effectiveness plane against the baseline. */
    public enum Dominance {
        /** Cheaper and better: it dominates the baseline. */
        DOMINANT("cheaper and better: it dominates the baseline"),
        /** Dearer and worse: the baseline dominates it. */
        DOMINATED("dearer and worse: the baseline dominates it"),
        /** Dearer and better: worth it if an event avoided is worth the ICER. */
        DEARER_AND_BETTER("dearer and better: worth it if an event avoided is worth the ICER"),
        /** Cheaper and worse: what it saves per event it lets happen is the ICER. */
        CHEAPER_AND_WORSE("cheaper and worse: the ICER is what it saves per extra event"),
        /** No difference in cost or effect. */
        SAME("no different from the baseline");

        private final String words;

        Dominance(String words) {
            this.words = words;
        }

        /** In plain words. */
        public String words() {
            return words;
        }
    }

    /**
     * A mean with a 95% bootstrap interval (percentiles of the resampled means).
     *
     * @param mean the mean
     * @param low  2.5th percentile
     * @param high 97.5th percentile
     */
    public record Interval(double mean, double low, double high) {
    }

    /**
     * A strategy against the baseline.
     *
     * @param pairs     replications with both values under both strategies
     * @param cost      the incremental cost, strategy − baseline
     * @param effect    the events avoided, baseline − strategy
     * @param icer      mean incremental cost / mean events avoided; NaN when no event is avoided or caused
     * @param icerLow   2.5th percentile of the bootstrap ICERs; NaN unless every resample's effect has the sign
     *                  of the mean effect (otherwise the ratio passes through infinity and has no interval)
     * @param icerHigh  97.5th percentile, likewise
     * @param dominance where the mean lies on the plane
     */
    public record Incremental(int pairs, Interval cost, Interval effect, double icer, double icerLow,
                              double icerHigh, Dominance dominance) {
    }

    private CostEffectiveness() {
    }

    /**
     * The incremental cost and effect of a strategy, from paired replications.
     *
     * @param deltaCost  per replication, cost under the strategy − cost under the baseline (NaN if missing)
     * @param avoided    per replication, events under the baseline − events under the strategy (NaN if missing)
     * @param resamples  bootstrap resamples
     * @param seed       seeds the bootstrap
     * @return the comparison
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static Incremental incremental(double[] deltaCost, double[] avoided, int resamples, long seed) {
        if (deltaCost.length != avoided.length) {
            throw new IllegalArgumentException("deltaCost and avoided: one value of each per replication");
        }
        int[] kept = java.util.stream.IntStream.range(0, deltaCost.length)
                .filter(r -> Double.isFinite(deltaCost[r]) && Double.isFinite(avoided[r])).toArray();
        int n = kept.length;
        if (n == 0) {
            Interval none = new Interval(Double.NaN, Double.NaN, Double.NaN);
            return new Incremental(0, none, none, Double.NaN, Double.NaN, Double.NaN, Dominance.SAME);
        }
        double[] c = Arrays.stream(kept).mapToDouble(r -> deltaCost[r]).toArray();
        double[] e = Arrays.stream(kept).mapToDouble(r -> avoided[r]).toArray();
        double meanC = mean(c);
        double meanE = mean(e);
        RandomGenerator random = new MersenneTwister(seed);
        double[] bc = new double[resamples];
        double[] be = new double[resamples];
        double[] ratio = new double[resamples];
        boolean ratioDefined = meanE != 0;
        for (int b = 0; b < resamples; b++) {
            double sc = 0;
            double se = 0;
            for (int i = 0; i < n; i++) {
                int r = random.nextInt(n);
                sc += c[r];
                se += e[r];
            }
            bc[b] = sc / n;
            be[b] = se / n;
            ratio[b] = bc[b] / be[b];
            ratioDefined &= Math.signum(be[b]) == Math.signum(meanE);
        }
        double icer = meanE == 0 ? Double.NaN : meanC / meanE;
        return new Incremental(n, interval(meanC, bc), interval(meanE, be), icer,
                ratioDefined ? percentile(ratio, 0.025) : Double.NaN,
                ratioDefined ? percentile(ratio, 0.975) : Double.NaN, dominance(meanC, meanE));
    }

    /**
     * The mean of the finite values with a 95% percentile bootstrap interval.
     *
     * @param values    per replication (NaN if missing)
     * @param resamples bootstrap resamples
     * @param seed      seeds the bootstrap
     * @return the mean and interval; NaN without values
     */
    public static Interval bootstrapMean(double[] values, int resamples, long seed) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (v.length == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        RandomGenerator random = new MersenneTwister(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < v.length; i++) {
                sum += v[random.nextInt(v.length)];
            }
            means[b] = sum / v.length;
        }
        return interval(mean(v), means);
    }

    /** Where a mean (Δcost, events avoided) lies on the plane. */
    public static Dominance dominance(double deltaCost, double avoided) {
        if (deltaCost == 0 && avoided == 0) {
            return Dominance.SAME;
        }
        if (deltaCost <= 0 && avoided >= 0) {
            return Dominance.DOMINANT;
        }
        if (deltaCost >= 0 && avoided <= 0) {
            return Dominance.DOMINATED;
        }
        return deltaCost > 0 ? Dominance.DEARER_AND_BETTER : Dominance.CHEAPER_AND_WORSE;
    }

    /** The net monetary benefit at willingness to pay {@code wtp} per event avoided: wtp · avoided − Δcost. */
    public static double netMonetaryBenefit(double deltaCost, double avoided, double wtp) {
        return wtp * avoided - deltaCost;
    }

    /**
     * The cost-effectiveness acceptability curve of several strategies and the baseline: at each willingness to
     * pay, the share of replications in which each has the highest net monetary benefit (the baseline's is 0;
     * ties share the replication). Replications with a missing value are left out.
     *
     * @param deltaCost [strategy][replication] cost − the baseline's, the baseline left out
     * @param avoided   [strategy][replication] events avoided against the baseline
     * @param wtp       willingness to pay per event avoided, each ≥ 0
     * @return [0 = baseline, 1 + s = strategy s][wtp index] the probability
     */
    public static double[][] acceptability(double[][] deltaCost, double[][] avoided, double[] wtp) {
        int strategies = deltaCost.length;
        int replications = strategies == 0 ? 0 : deltaCost[0].length;
        double[][] p = new double[strategies + 1][wtp.length];
        for (int w = 0; w < wtp.length; w++) {
            int used = 0;
            double[] wins = new double[strategies + 1];
            for (int r = 0; r < replications; r++) {
                double[] nmb = new double[strategies + 1];
                boolean complete = true;
                for (int s = 0; s < strategies; s++) {
                    nmb[s + 1] = netMonetaryBenefit(deltaCost[s][r], avoided[s][r], wtp[w]);
                    complete &= Double.isFinite(nmb[s + 1]);
                }
                if (!complete) {
                    continue;
                }
                used++;
                double best = Arrays.stream(nmb).max().orElseThrow();
                long tied = Arrays.stream(nmb).filter(v -> v == best).count();
                for (int s = 0; s <= strategies; s++) {
                    wins[s] += nmb[s] == best ? 1.0 / tied : 0;
                }
            }
            for (int s = 0; s <= strategies; s++) {
                p[s][w] = used == 0 ? Double.NaN : wins[s] / used;
            }
        }
        return p;
    }

    private static Interval interval(double mean, double[] resampled) {
        return new Interval(mean, percentile(resampled, 0.025), percentile(resampled, 0.975));
    }

    /** The q-quantile, linear between order statistics (R's type 7). */
    static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
