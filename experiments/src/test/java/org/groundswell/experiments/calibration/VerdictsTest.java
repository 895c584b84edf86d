package org.groundswell.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.junit.jupiter.api.Test;

/** The posterior probability that one strategy beats another, draw by draw. */
class VerdictsTest {

    private static final Metric HARM = Metrics.byName("adverse_events_per_1000_pd").orElseThrow();
    private static final Metric RC = Metrics.byName("rc_index").orElseThrow();

    @Test
    void aStrategyBeatsAnotherInTheShareOfDrawsWhereItDoesBetterTiesCountingHalfAndFailedRunsLeftOut() {
        double[][][] values = {
            {{10, 12, 9, 11, 7}, {4.0, 4.1, 3.9, 4.0, 4.0}},
            {{11, 11, 9, 12, Double.NaN}, {3.9, 4.2, 3.8, 4.0, 4.1}},
        };
        List<Verdicts.Verdict> v = Verdicts.of(List.of("a", "b"), List.of(HARM, RC), values);
        assertEquals(4, v.size());
        Verdicts.Verdict harmAB = v.get(0);
        assertEquals("a", harmAB.strategy());
        assertEquals(4, harmAB.draws());
        assertEquals((1 + 0 + 0.5 + 1) / 4, harmAB.pBetter(), 1e-12, "less harm is better");
        assertEquals((-1 + 1 + 0 - 1) / 4.0, harmAB.mean(), 1e-12);
        assertEquals(1 - harmAB.pBetter(), v.get(1).pBetter(), 1e-12, "b against a");
        Verdicts.Verdict rcAB = v.get(2);
        assertEquals(5, rcAB.draws());
        assertEquals((1 + 0 + 1 + 0.5 + 0) / 5, rcAB.pBetter(), 1e-12, "more RC is better");
    }
}
