package org.groundswell.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class MorrisTest {

    private static final double EPS = 1e-12;

    @Test
    void everyStepMovesExactlyOneFactorByDeltaInsideTheCube() {
        int k = 6;
        MorrisDesign design = MorrisDesign.generate(k, 40, 4, 11);
        assertEquals(40 * (k + 1), design.size());
        assertEquals(2.0 / 3, design.delta(), EPS);
        boolean[] sawUp = new boolean[k];
        boolean[] sawDown = new boolean[k];
        for (int t = 0; t < design.trajectories(); t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s < k; s++) {
                double[] from = design.point(t * (k + 1) + s);
                double[] to = design.point(t * (k + 1) + s + 1);
                int changed = -1;
                for (int i = 0; i < k; i++) {
                    assertOnGrid(from[i], 4);
                    assertOnGrid(to[i], 4);
                    if (from[i] != to[i]) {
                        assertEquals(-1, changed, "only one factor changes per step");
                        changed = i;
                        assertEquals(design.delta(), Math.abs(to[i] - from[i]), EPS);
                        sawUp[i] |= to[i] > from[i];
                        sawDown[i] |= to[i] < from[i];
                    }
                }
                assertEquals(design.movedFactor(t, s), changed);
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
        MorrisDesign a = MorrisDesign.generate(5, 10, 6, 3);
        MorrisDesign b = MorrisDesign.generate(5, 10, 6, 3);
        MorrisDesign c = MorrisDesign.generate(5, 10, 6, 4);
        for (int r = 0; r < a.size(); r++) {
            assertArrayEquals(a.point(r), b.point(r));
        }
        assertFalse(Arrays.deepEquals(a.points(), c.points()));
    }

    @Test
    void aLinearFunctionHasItsSlopesAsEveryEffect() {
        // Up and down steps both give the slope, so μ = slope, μ* = |slope| and σ = 0.
        double[] slope = {2, -3, 0.5, 0};
        MorrisDesign design = MorrisDesign.generate(4, 15, 4, 5);
        double[] y = TestFunctions.evaluate(design.points(), x -> {
            double sum = 0;
            for (int i = 0; i < slope.length; i++) {
                sum += slope[i] * x[i];
            }
            return sum;
        });
        List<MorrisResult> results = MorrisAnalysis.analyze(design, y);
        for (int i = 0; i < slope.length; i++) {
            MorrisResult r = results.get(i);
            assertEquals(i, r.factor());
            assertEquals(slope[i], r.mu(), 1e-9);
            assertEquals(Math.abs(slope[i]), r.muStar(), 1e-9);
            assertEquals(0, r.sigma(), 1e-9);
            assertEquals(15, r.n());
        }
    }

    /**
     * On the p = 4 grid x ∈ {−π, −π/3, π/3, π} every Ishigami elementary effect is known in closed form, so
     * the expected μ* are: x2 exactly a·(3/4)/Δ = 7.875 on every step; x1 (√3/2)(1 + b·E[x3⁴])/Δ ≈ 7.704, all
     * effects positive; x3 b(√3/2)(π⁴ − π⁴/81)/Δ ≈ 12.50 on the half of the steps where sin x1 ≠ 0 and 0
     * otherwise, so μ* ≈ 6.249 with σ > μ* (an effect only through the interaction with x1). The ranking
     * x2 > x1 > x3 is true but too close to assert with a modest r: r = 5000 (seed 17) gives μ* = 7.65, 7.875,
     * 6.17, but r = 30 (same seed) gives 6.45, 7.875, 6.67, so the test checks the closed forms instead.
     */
    @Test
    void ishigamiEffectsMatchTheirClosedFormOnTheFourLevelGrid() {
        double delta = 2.0 / 3;
        double halfRoot3 = Math.sqrt(3) / 2;
        double pi4 = Math.pow(Math.PI, 4);
        double b = TestFunctions.ISHIGAMI_B;
        double expectedX1 = halfRoot3 * (1 + b * (pi4 + pi4 / 81) / 2) / delta;
        double expectedX2 = TestFunctions.ISHIGAMI_A * 0.75 / delta;
        double stepX3 = b * halfRoot3 * (pi4 - pi4 / 81) / delta;

        MorrisDesign design = MorrisDesign.generate(3, 5000, 4, 17);
        List<MorrisResult> r = MorrisAnalysis.analyze(design,
                TestFunctions.evaluate(design.points(), TestFunctions::ishigamiUnit));
        assertEquals(expectedX2, r.get(1).muStar(), 1e-9);
        assertEquals(expectedX1, r.get(0).muStar(), 0.35); // standard error 6.2/sqrt(5000) = 0.09
        assertEquals(r.get(0).muStar(), r.get(0).mu(), 1e-9, "every x1 effect is positive on this grid");
        assertEquals(stepX3 / 2, r.get(2).muStar(), 0.35);

        MorrisDesign small = MorrisDesign.generate(3, 30, 4, 17);
        List<MorrisResult> s = MorrisAnalysis.analyze(small,
                TestFunctions.evaluate(small.points(), TestFunctions::ishigamiUnit));
        assertEquals(expectedX2, s.get(1).muStar(), 1e-9);
        assertTrue(s.get(2).muStar() > 2, "x3 matters through its interaction with x1");
        assertTrue(s.get(2).sigma() > s.get(2).muStar(), "x3 acts through interaction: σ > μ*");
        assertTrue(Math.abs(s.get(2).mu()) < s.get(2).muStar() / 2, "x3's effects change sign");
    }

    /** Measured with r = 30, seed 23: μ* = 2.48, 1.41, 0.60, 0.29, then 0.031 to 0.037 for the four a = 99. */
    @Test
    void gFunctionMuStarDecreasesWithTheCoefficient() {
        MorrisDesign design = MorrisDesign.generate(TestFunctions.G_A.length, 30, 4, 23);
        List<MorrisResult> r = MorrisAnalysis.analyze(design,
                TestFunctions.evaluate(design.points(), TestFunctions::g));
        for (int i = 0; i < 3; i++) {
            assertTrue(r.get(i).muStar() > r.get(i + 1).muStar(), "μ* of x" + (i + 1) + " > x" + (i + 2));
        }
        for (int i = 4; i < 8; i++) {
            assertTrue(r.get(i).muStar() < r.get(3).muStar() / 3, "x" + (i + 1) + " (a = 99) is negligible");
        }
    }

    @Test
    void argumentsAreChecked() {
        assertMessage("factors = 0: a whole number of at least 1", () -> MorrisDesign.generate(0, 10, 4, 1));
        assertMessage("trajectories = 1: a whole number of at least 2", () -> MorrisDesign.generate(3, 1, 4, 1));
        assertMessage("levels = 5: an even whole number of at least 2", () -> MorrisDesign.generate(3, 10, 5, 1));
        MorrisDesign design = MorrisDesign.generate(2, 3, 4, 1);
        assertMessage("outputs = 8 values: exactly 9, one per point of the design",
                () -> MorrisAnalysis.analyze(design, new double[8]));
        double[] y = new double[9];
        y[4] = Double.NaN;
        assertMessage("outputs[4] = NaN: a finite number", () -> MorrisAnalysis.analyze(design, y));
    }

    private static void assertOnGrid(double x, int levels) {
        double l = x * (levels - 1);
        assertEquals(Math.rint(l), l, EPS);
        assertTrue(x >= 0 && x <= 1);
    }

    static void assertMessage(String expected, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(expected, e.getMessage());
    }
}
