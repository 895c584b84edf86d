package org.groundswell.experiments.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RobustnessTest {

    /**
     * Three strategies at four points, less is better:
     * <pre>
     *          A   B   C      best   regrets A, B, C
     *   p1     1   2   4       1       0  1  3
     *   p2     5   3   4       3       2  0  1
     *   p3     9   4   3       3       6  1  0
     *   p4     2   3   2       2       0  1  0
     * </pre>
     * A has the best mean value of the cheap points but the largest regret (6); B's largest regret is 1, C's 3:
     * B is the minimax-regret choice though it is best at only one point.
     */
    private static final double[][] TABLE = {{1, 2, 4}, {5, 3, 4}, {9, 4, 3}, {2, 3, 2}};

    @Test
    void theMinimaxRegretStrategyIsTheOneWhoseWorstShortfallIsSmallest() {
        Robustness.Result r = Robustness.of(TABLE, false);
        assertEquals(4, r.points());
        assertEquals(1, r.minimax(), "B");
        Robustness.StrategyRegret a = r.strategies().get(0);
        assertEquals(17 / 4.0, a.mean(), 1e-12);
        assertEquals(9, a.worst());
        assertEquals(8 / 4.0, a.meanRegret(), 1e-12);
        assertEquals(6, a.maxRegret());
        assertEquals((1 + 0.5) / 4, a.wins(), 1e-12, "best at p1, tied with C at p4");
        Robustness.StrategyRegret b = r.strategies().get(1);
        assertEquals(3, b.meanRegret() * 4, 1e-12);
        assertEquals(1, b.maxRegret());
        assertEquals(0.25, b.wins(), 1e-12);
        Robustness.StrategyRegret c = r.strategies().get(2);
        assertEquals(3, c.maxRegret());
        assertEquals(4, c.worst());
    }

    @Test
    void whenMoreIsBetterRegretIsTheShortfallBelowTheBest() {
        Robustness.Result r = Robustness.of(TABLE, true);
        // best 4, 5, 9, 3; regrets A 3 0 0 1, B 2 2 5 0, C 0 1 6 1
        assertEquals(0, r.minimax(), "A");
        assertEquals(3, r.strategies().get(0).maxRegret());
        assertEquals(5, r.strategies().get(1).maxRegret());
        assertEquals(6, r.strategies().get(2).maxRegret());
        assertEquals(1, r.strategies().get(0).worst());
    }

    @Test
    void aPointWithAMissingValueIsLeftOut() {
        double[][] table = {{1, 2}, {Double.NaN, 0}, {3, 1}};
        Robustness.Result r = Robustness.of(table, false);
        assertEquals(2, r.points());
        assertEquals(2, r.strategies().get(0).maxRegret());
        assertEquals(1, r.strategies().get(1).maxRegret());
        assertEquals(1, r.minimax());
    }
}
