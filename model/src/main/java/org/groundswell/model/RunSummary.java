package org.groundswell.model;

import java.util.Map;
import java.util.OptionalInt;

import org.groundswell.model.metrics.CostComponent;

/**
 * The figures of a finished run: every metric summarised over the summary window (see
 * {@link org.groundswell.model.metrics.Metric.Summary}), the same per unit, the cost ledger over the whole
 * run, and the totals that conservation checks use.
 *
 * @param seed        the run's seed
 * @param firstDay    first day of the summary window
 * @param lastDay     last day of the summary window
 * @param metrics     hospital metric name to value, in registry order
 * @param unitMetrics unit name to (metric name to value), units in scenario order
 * @param costs       cumulative cost by ledger component over the whole run
 * @param totals      counts over the whole run
 * @param adoption    the days adoption first reached 25%, 50% and 75%
 * @param hospitals   for a region, each member hospital's name to (metric name to value), in member order;
 *                    empty for one hospital
 */
public record RunSummary(long seed, int firstDay, int lastDay, Map<String, Double> metrics,
                         Map<String, Map<String, Double>> unitMetrics, Map<CostComponent, Double> costs,
                         Totals totals, AdoptionMilestones adoption, Map<String, Map<String, Double>> hospitals) {

    /** The summarised value of the metric called {@code name}. */
    public double metric(String name) {
        Double v = metrics.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no metric called " + name);
        }
        return v;
    }

    /**
     * The first day of the strategy period on which {@code adoption_fraction} (the share of unit and problem
     * type pairs with a working practice) reached a quarter, a half and three quarters; empty if it never did.
     *
     * @param quarter       first day at or above 25%
     * @param half          first day at or above 50%
     * @param threeQuarters first day at or above 75%
     */
    public record AdoptionMilestones(OptionalInt quarter, OptionalInt half, OptionalInt threeQuarters) {

        /** The shares the milestones mark, in order. */
        public static final double[] SHARES = {0.25, 0.5, 0.75};

        /** The milestones of {@code days}: entry i the first day adoption reached {@link #SHARES}[i], or -1. */
        public static AdoptionMilestones of(int[] days) {
            return new AdoptionMilestones(day(days[0]), day(days[1]), day(days[2]));
        }

        private static OptionalInt day(int d) {
            return d < 0 ? OptionalInt.empty() : OptionalInt.of(d);
        }
    }

    /**
     * Counts over the whole run (warm-up included), for conservation checks and reports.
     *
     * @param admissions        patients admitted
     * @param discharges        patients discharged alive
     * @param deathsInHospital  patients who died in hospital
     * @param finalCensus       patients in beds at the end
     * @param initialHeadcount  frontline staff employed on the first day, before anything happened
     * @param hires             new hires who started
     * @param quits             staff who quit
     * @param finalHeadcount    frontline staff employed at the end
     * @param physicians        physicians
     * @param managers          unit managers and senior leaders
     * @param administrators    administrative staff
     */
    public record Totals(long admissions, long discharges, long deathsInHospital, long finalCensus,
                         long initialHeadcount, long hires, long quits, long finalHeadcount, int physicians,
                         int managers, int administrators) {
    }
}
