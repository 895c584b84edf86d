package org.groundswell.experiments.sensitivity;

import static org.groundswell.experiments.sensitivity.MorrisTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LatinHypercubeTest {

    @Test
    void everyStratumOfEveryFactorIsHitExactlyOnce() {
        int n = 97;
        double[][] points = LatinHypercube.generate(5, n, 12);
        assertEquals(n, points.length);
        for (int c = 0; c < 5; c++) {
            int[] hits = new int[n];
            for (double[] point : points) {
                assertEquals(5, point.length);
                assertTrue(point[c] >= 0 && point[c] < 1);
                hits[(int) (point[c] * n)]++;
            }
            for (int h : hits) {
                assertEquals(1, h, "factor " + c + ": " + Arrays.toString(hits));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        assertTrue(Arrays.deepEquals(LatinHypercube.generate(3, 20, 8), LatinHypercube.generate(3, 20, 8)));
        assertFalse(Arrays.deepEquals(LatinHypercube.generate(3, 20, 8), LatinHypercube.generate(3, 20, 9)));
    }

    @Test
    void argumentsAreChecked() {
        assertMessage("factors = 0: a whole number of at least 1", () -> LatinHypercube.generate(0, 5, 1));
        assertMessage("samples = 0: a whole number of at least 1", () -> LatinHypercube.generate(2, 0, 1));
    }
}
