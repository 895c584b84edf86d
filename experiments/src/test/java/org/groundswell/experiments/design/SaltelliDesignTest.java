package org.groundswell.experiments.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The matrices of a Saltelli design: A, B and each A_B^(i), from a digitally shifted Sobol' sequence. */
class SaltelliDesignTest {

    @Test
    void theDesignIsABThenTheABMatrices() {
        int k = 4;
        int n = 64;
        SaltelliDesign.Matrices design = new SaltelliDesign(n).draw(k, 9);
        double[][] points = design.points();
        assertEquals(n * (k + 2), design.size());
        for (int j = 0; j < n; j++) {
            double[] a = points[design.rowOfA(j)];
            double[] b = points[design.rowOfB(j)];
            for (int i = 0; i < k; i++) {
                double[] ab = points[design.rowOfAB(i, j)];
                assertEquals((2 + i) * n + j, design.rowOfAB(i, j));
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], "A_B^(" + i + ") row " + j + " column " + c);
                }
            }
        }
        for (double[] point : points) {
            for (double x : point) {
                assertTrue(x > 0 && x < 1);
            }
        }
    }

    @Test
    void theDesignIsStratifiedLikeASobolSequence() {
        // The first 2^m points of a (digitally shifted) Sobol' sequence put 2^m / 4 points in each quarter of
        // every coordinate; skipping the origin moves at most one point per coordinate.
        SaltelliDesign.Matrices design = new SaltelliDesign(256).draw(3, 5);
        double[][] points = design.points();
        for (int c = 0; c < 3; c++) {
            int[] quarters = new int[4];
            for (int j = 0; j < 256; j++) {
                quarters[(int) (points[design.rowOfA(j)][c] * 4)]++;
            }
            for (int count : quarters) {
                assertTrue(Math.abs(count - 64) <= 1, "column " + c + ": " + Arrays.toString(quarters));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDesign() {
        SaltelliDesign design = new SaltelliDesign(32);
        assertArrayEquals(design.draw(3, 1).points(), design.draw(3, 1).points());
        assertFalse(Arrays.deepEquals(design.draw(3, 1).points(), design.draw(3, 2).points()));
    }

    @Test
    void argumentsAreChecked() {
        assertMessage("factors = 501: a whole number from 1 to 500", () -> new SaltelliDesign(8).draw(501, 1));
        assertMessage("samples = 1: a whole number of at least 2", () -> new SaltelliDesign(1));
        SaltelliDesign.Matrices design = new SaltelliDesign(4).draw(2, 1);
        assertMessage("j = 4: a sample index from 0 to 3", () -> design.rowOfA(4));
        assertMessage("i = 2: a factor index from 0 to 1", () -> design.rowOfAB(2, 0));
    }

    private static void assertMessage(String expected, Runnable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call::run).getMessage());
    }
}
