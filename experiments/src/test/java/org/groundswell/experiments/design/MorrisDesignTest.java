package org.groundswell.experiments.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The trajectories of a Morris design: one parameter moves by ±Δ at each step, on the grid. */
class MorrisDesignTest {

    private static final double EPS = 1e-12;

    @Test
    void everyStepMovesExactlyOneFactorByDeltaInsideTheCube() {
        int k = 6;
        MorrisDesign design = new MorrisDesign(40, 4);
        MorrisDesign.Trajectories trajectories = design.draw(k, 11);
        double[][] points = trajectories.points();
        assertEquals(40 * (k + 1), trajectories.size());
        assertEquals(2.0 / 3, design.delta(), EPS);
        boolean[] sawUp = new boolean[k];
        boolean[] sawDown = new boolean[k];
        for (int t = 0; t < design.trajectories(); t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s < k; s++) {
                double[] from = points[t * (k + 1) + s];
                double[] to = points[t * (k + 1) + s + 1];
                int changed = -1;
                for (int i = 0; i < k; i++) {
                    assertOnGrid(from[i], 4);
                    assertOnGrid(to[i], 4);
                    if (from[i] != to[i]) {
                        assertEquals(-1, changed, "only one factor changes per step");
                        changed = i;
                        assertEquals(design.delta(), Math.abs(to[i] - from[i]), EPS);
                        assertEquals(to[i] - from[i], trajectories.step(t, s), EPS, "the step is signed");
                        sawUp[i] |= to[i] > from[i];
                        sawDown[i] |= to[i] < from[i];
                    }
                }
                assertEquals(trajectories.movedFactor(t, s), changed);
                moved[changed] = true;
            }
            for (int i = 0; i < k; i++) {
                assertTrue(moved[i], "every factor moves once per trajectory");
            }
        }
        for (int i = 0; i < k; i++) {
            assertTrue(sawUp[i] && sawDown[i], "factor " + i + " is stepped both up and down");
        }
    }

    @Test
    void theSameSeedGivesTheSameDesign() {
        MorrisDesign design = new MorrisDesign(10, 6);
        assertArrayEquals(design.draw(5, 3).points(), design.draw(5, 3).points());
        assertFalse(Arrays.deepEquals(design.draw(5, 3).points(), design.draw(5, 4).points()));
    }

    @Test
    void argumentsAreChecked() {
        assertMessage("factors = 0: a whole number of at least 1", () -> new MorrisDesign(10, 4).draw(0, 1));
        assertMessage("trajectories = 1: a whole number of at least 2", () -> new MorrisDesign(1, 4));
        assertMessage("levels = 5: an even whole number of at least 2", () -> new MorrisDesign(10, 5));
    }

    private static void assertOnGrid(double x, int levels) {
        double l = x * (levels - 1);
        assertEquals(Math.rint(l), l, EPS);
        assertTrue(x >= 0 && x <= 1);
    }

    private static void assertMessage(String expected, Runnable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call::run).getMessage());
    }
}
