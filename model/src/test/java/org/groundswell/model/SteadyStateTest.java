package org.groundswell.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.junit.jupiter.api.Test;

/**
 * After the warm-up the default hospital is in a steady state: without a strategy, the first and the last
 * quarter of the strategy period agree, so a change seen during a run is the strategy's and not a drift of
 * the model (the trap of a workforce still being sorted by burnout-driven quitting).
 */
class SteadyStateTest {

    private static final int SEEDS = 6;

    private static double windowMean(List<DayRecord> days, Metric metric, int from, int to) {
        return days.stream().filter(d -> d.day() >= from && d.day() <= to).mapToDouble(d -> d.value(metric))
                .filter(v -> !Double.isNaN(v)).average().orElseThrow();
    }

    private static void assertSteady(Metric metric, double tolerance) {
        double early = 0;
        double late = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            List<DayRecord> days = Runs.days(Runs.defaults().withSeed(seed));
            early += windowMean(days, metric, 0, 179) / SEEDS;
            late += windowMean(days, metric, 550, 729) / SEEDS;
        }
        double e = early;
        double l = late;
        System.out.printf("SteadyStateTest: %s %.4f in the first half-year, %.4f in the last%n", metric.name(), e, l);
        assertTrue(Math.abs(l - e) <= tolerance, () -> metric.name() + " drifts from " + e + " to " + l);
    }

    @Test
    void burnoutHoldsSteadyThroughTheStrategyPeriod() {
        assertSteady(Metrics.NURSE_BURNOUT_RATE, 0.03);
    }

    @Test
    void nursesDissatisfactionAndIntentToLeaveHoldSteadyThroughTheStrategyPeriod() {
        // Nurses who intend to leave quit more: the nurses hired must make up for it, or intent would drain away.
        assertSteady(Metrics.JOB_DISSATISFACTION_RATE, 0.03);
        assertSteady(Metrics.INTENT_TO_LEAVE_RATE, 0.02);
        assertSteady(Metrics.NURSE_TURNOVER_RATE_ANNUAL, 0.05);
    }

    @Test
    void staffingHoldsSteadyThroughTheStrategyPeriod() {
        assertSteady(Metrics.PATIENTS_PER_NURSE, 0.15);
        assertSteady(Metrics.VACANCY_RATE, 0.03);
    }

    @Test
    void censusHoldsSteadyThroughTheStrategyPeriod() {
        assertSteady(Metrics.CENSUS_METRIC, 8);
    }
}
