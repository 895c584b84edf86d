package org.groundswell.experiments.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.groundswell.experiments.stats.CostEffectiveness.Dominance;
import org.junit.jupiter.api.Test;

class CostEffectivenessTest {

    /** Strategy A: dearer and better, 100 per event avoided in every replication. */
    private static final double[] A_COST = {100, 200, 300};
    private static final double[] A_AVOIDED = {1, 2, 3};
    /** Strategy B: about as dear as the baseline, half an event avoided. */
    private static final double[] B_COST = {-50, 0, 50};
    private static final double[] B_AVOIDED = {0.5, 0.5, 0.5};

    @Test
    void theIcerIsTheMeanIncrementalCostOverTheMeanEventsAvoided() {
        CostEffectiveness.Incremental a = CostEffectiveness.incremental(A_COST, A_AVOIDED, 500, 1);
        assertEquals(3, a.pairs());
        assertEquals(200, a.cost().mean(), 1e-12);
        assertEquals(2, a.effect().mean(), 1e-12);
        assertEquals(100, a.icer(), 1e-12);
        assertEquals(100, a.icerLow(), 1e-9, "every resample has the same ratio");
        assertEquals(100, a.icerHigh(), 1e-9);
        assertTrue(a.cost().low() >= 100 && a.cost().low() < 200 && a.cost().high() > 200 && a.cost().high() <= 300);
        assertEquals(Dominance.DEARER_AND_BETTER, a.dominance());
    }

    @Test
    void dominanceSaysWhichQuadrantOfThePlaneTheMeanLiesIn() {
        assertEquals(Dominance.DOMINANT, CostEffectiveness.dominance(-10, 2));
        assertEquals(Dominance.DOMINATED, CostEffectiveness.dominance(10, -2));
        assertEquals(Dominance.DEARER_AND_BETTER, CostEffectiveness.dominance(10, 2));
        assertEquals(Dominance.CHEAPER_AND_WORSE, CostEffectiveness.dominance(-10, -2));
        assertEquals(Dominance.SAME, CostEffectiveness.dominance(0, 0));
        CostEffectiveness.Incremental worse = CostEffectiveness.incremental(new double[] {5, 15},
                new double[] {-1, -3}, 200, 2);
        assertEquals(Dominance.DOMINATED, worse.dominance());
        assertEquals(-5, worse.icer(), 1e-12, "10 more per event caused, as a ratio −5");
    }

    @Test
    void anIcerWhoseEffectCanBeZeroHasNoInterval() {
        CostEffectiveness.Incremental c = CostEffectiveness.incremental(new double[] {10, 20, 30},
                new double[] {-1, 0.5, 1}, 500, 3);
        assertTrue(Double.isNaN(c.icerLow()) && Double.isNaN(c.icerHigh()), "resamples straddle zero effect");
        assertEquals(20 / (0.5 / 3), c.icer(), 1e-9);
    }

    @Test
    void netMonetaryBenefitValuesEachEventAvoidedAtTheWillingnessToPay() {
        assertEquals(150 * 2 - 200, CostEffectiveness.netMonetaryBenefit(200, 2, 150), 1e-12);
        assertEquals(-200, CostEffectiveness.netMonetaryBenefit(200, 2, 0), 1e-12);
    }

    @Test
    void theAcceptabilityCurveIsTheShareOfReplicationsInWhichEachHasTheHighestNetBenefit() {
        double[][] cost = {A_COST, B_COST};
        double[][] avoided = {A_AVOIDED, B_AVOIDED};
        double[][] p = CostEffectiveness.acceptability(cost, avoided, new double[] {0, 120, 1000});
        // wtp 0: NMB A = −100, −200, −300; B = 50, 0, −50; baseline 0. B wins r1, ties the baseline in r2, the
        // baseline wins r3: baseline 1.5/3, A 0, B 1.5/3.
        assertArrayEquals(new double[] {0.5, 0, 0.5}, new double[] {p[0][0], p[1][0], p[2][0]}, 1e-12);
        // wtp 120: A = 20, 40, 60; B = 110, 60, 10; baseline 0: B, B, A.
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3}, new double[] {p[0][1], p[1][1], p[2][1]}, 1e-12);
        // wtp 1000: A = 900, 1800, 2700 wins every replication.
        assertArrayEquals(new double[] {0, 1, 0}, new double[] {p[0][2], p[1][2], p[2][2]}, 1e-12);
        for (int w = 0; w < 3; w++) {
            assertEquals(1, p[0][w] + p[1][w] + p[2][w], 1e-12, "the probabilities add up to 1");
        }
    }
}
