package org.groundswell.experiments.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PrimTest {

    private static double[][] uniform(int n, int k, long seed) {
        RandomGenerator random = new MersenneTwister(seed);
        double[][] x = new double[n][k];
        for (double[] row : x) {
            for (int j = 0; j < k; j++) {
                row[j] = random.nextDouble();
            }
        }
        return x;
    }

    /** Of interest in the box x0 ≥ 0.3, x1 ≤ 0.6 (mass 0.42); x2 and x3 play no part; a share of labels flipped. */
    private static boolean[] knownBox(double[][] x, double flip, long seed) {
        RandomGenerator random = new MersenneTwister(seed);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            boolean in = x[i][0] >= 0.3 && x[i][1] <= 0.6;
            y[i] = random.nextDouble() < flip ? !in : in;
        }
        return y;
    }

    private static void assertRecovers(PrimBox box, double tolerance) {
        assertEquals(0.3, box.lower()[0], tolerance, "x0's lower limit");
        assertEquals(Double.POSITIVE_INFINITY, box.upper()[0], "x0 has no upper limit");
        assertEquals(Double.NEGATIVE_INFINITY, box.lower()[1], "x1 has no lower limit");
        assertEquals(0.6, box.upper()[1], tolerance, "x1's upper limit");
        assertFalse(box.restricts(2), "x2 plays no part");
        assertFalse(box.restricts(3), "x3 plays no part");
        assertEquals(2, box.restrictions());
    }

    /** Measured: x0 ≥ 0.317, x1 ≤ 0.605; coverage 0.986, density 0.988 (a peel takes 5% of the box at a time). */
    @Test
    void recoversAKnownBoxExactlyWithoutNoise() {
        double[][] x = uniform(1000, 4, 7);
        Prim.Result r = Prim.find(x, knownBox(x, 0, 8), Prim.Settings.DEFAULT);
        assertEquals(1, r.boxes().size(), "one box explains everything");
        PrimBox box = r.boxes().get(0).box();
        assertRecovers(box, 0.02);
        assertTrue(box.coverage() > 0.97, "coverage " + box.coverage());
        assertTrue(box.density() > 0.97, "density " + box.density());
        assertEquals(0.42, box.mass(), 0.04);
        double[][] qp = r.boxes().get(0).quasiP();
        assertTrue(qp[0][0] < 1e-10 && qp[1][1] < 1e-10, "both limits are significant");
        assertTrue(Double.isNaN(qp[0][1]) && Double.isNaN(qp[2][0]), "no quasi-p-value where there is no limit");
    }

    /**
     * Measured with 15% of labels flipped, seeds 1–3: x0 ≥ 0.279…0.291, x1 ≤ 0.596…0.618, coverage 0.82–0.85,
     * density 0.84–0.85.
     */
    @Test
    void recoversAKnownBoxWithinToleranceWhenLabelsAreNoisy() {
        for (long seed = 1; seed <= 3; seed++) {
            double[][] x = uniform(1000, 4, 10 * seed);
            boolean[] y = knownBox(x, 0.15, 10 * seed + 1);
            Prim.Found first = Prim.find(x, y, Prim.Settings.DEFAULT).boxes().get(0);
            assertRecovers(first.box(), 0.06);
            assertTrue(first.box().density() > 0.75, "density " + first.box().density());
            assertTrue(first.box().coverage() > 0.7, "coverage " + first.box().coverage());
            assertTrue(first.trajectory().size() > 3, "the trajectory peels step by step");
            PrimBox start = first.trajectory().get(0);
            assertEquals(1.0, start.coverage(), 1e-12);
            assertEquals(1.0, start.mass(), 1e-12);
            PrimBox last = first.trajectory().get(first.trajectory().size() - 1);
            assertTrue(last.density() > start.density() + 0.3, "peeling raises the density");
            for (int i = 1; i < first.trajectory().size(); i++) {
                assertTrue(first.trajectory().get(i).mass() < first.trajectory().get(i - 1).mass(), "each peel removes");
                assertTrue(first.trajectory().get(i).mass() >= 0.05 - 1e-12, "no box below the minimum mass");
            }
        }
    }

    @Test
    void findsTwoSeparateBoxesByCovering() {
        double[][] x = uniform(1500, 2, 21);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] <= 0.25 && x[i][1] <= 0.25 || x[i][0] >= 0.75 && x[i][1] >= 0.75;
        }
        Prim.Result r = Prim.find(x, y, Prim.Settings.DEFAULT);
        assertEquals(2, r.boxes().size(), "two corners, two boxes");
        double coverage = r.boxes().get(0).box().coverage() + r.boxes().get(1).box().coverage();
        assertEquals(1.0, coverage, 0.02, "together they cover the points of interest");
        for (Prim.Found f : r.boxes()) {
            assertEquals(1.0, f.box().density(), 0.02);
            assertEquals(2, f.box().restrictions());
        }
    }

    @Test
    void saysSoWhenTheRuleHoldsNowhere() {
        double[][] x = uniform(200, 3, 5);
        Prim.Result r = Prim.find(x, new boolean[x.length], Prim.Settings.DEFAULT);
        assertEquals(0, r.ofInterest());
        assertTrue(r.boxes().isEmpty());
    }

    @Test
    void restrictsNothingWhenTheRuleHoldsAtRandom() {
        double[][] x = uniform(800, 3, 41);
        RandomGenerator random = new MersenneTwister(42);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextDouble() < 0.3;
        }
        Prim.Result r = Prim.find(x, y, Prim.Settings.DEFAULT);
        assertEquals(1, r.boxes().size());
        PrimBox box = r.boxes().get(0).box();
        assertTrue(box.restrictions() <= 1, "no region stands out from chance: " + box.restrictions() + " limits");
        assertTrue(box.density() < 0.45, "density " + box.density());
    }

    @Test
    void peelsWholeLevelsOfAGrid() {
        // A 6 × 6 grid, 5 replicate points each; the rule holds where a ≥ 4 and b ≤ 2.
        double[][] x = new double[180][];
        boolean[] y = new boolean[180];
        int i = 0;
        for (int a = 0; a < 6; a++) {
            for (int b = 0; b < 6; b++) {
                for (int r = 0; r < 5; r++, i++) {
                    x[i] = new double[] {a, b};
                    y[i] = a >= 4 && b <= 2;
                }
            }
        }
        PrimBox box = Prim.find(x, y, Prim.Settings.DEFAULT).boxes().get(0).box();
        assertEquals(4.0, box.lower()[0]);
        assertEquals(2.0, box.upper()[1]);
        assertEquals(1.0, box.density());
        assertEquals(1.0, box.coverage());
    }

    @Test
    void aQuasiPValueIsTheBinomialTailOfTheBoxAgainstTheBoxWithoutThatLimit() {
        // Ten points on a line; the box x ≥ 5 holds 5 points, 4 of interest; without its limit, 10 points, 5 of
        // interest: P(X ≥ 4 | n = 5, p = 0.5) = 6/32.
        double[][] x = new double[10][];
        boolean[] y = new boolean[10];
        for (int i = 0; i < 10; i++) {
            x[i] = new double[] {i};
        }
        y[5] = y[6] = y[8] = y[9] = y[1] = true;
        PrimBox box = new PrimBox(new double[] {5}, new double[] {Double.POSITIVE_INFINITY}, 5, 4, 0.8, 0.8, 0.5);
        double[][] qp = Prim.quasiP(x, y, box);
        assertEquals(6.0 / 32, qp[0][0], 1e-12);
        BinomialDistribution b = new BinomialDistribution(5, 0.5);
        assertEquals(1 - b.cumulativeProbability(3), qp[0][0], 1e-12);
        assertTrue(Double.isNaN(qp[0][1]));
    }
}
