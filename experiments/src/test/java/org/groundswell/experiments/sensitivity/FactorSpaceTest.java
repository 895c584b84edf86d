package org.groundswell.experiments.sensitivity;

import static org.groundswell.experiments.sensitivity.MorrisTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FactorSpaceTest {

    private final FactorSpace space = new FactorSpace(List.of(
            Factor.range("ratio", 3, 8),
            Factor.values("meetings", 1, 2, 4, 8)));

    @Test
    void rangesScaleLinearlyAndValuesAreBinned() {
        assertArrayEquals(new double[] {3, 1}, space.point(new double[] {0, 0}));
        assertArrayEquals(new double[] {5.5, 4}, space.point(new double[] {0.5, 0.5}));
        assertArrayEquals(new double[] {8, 8}, space.point(new double[] {1, 1}));
        assertArrayEquals(new double[] {4, 2}, space.point(new double[] {0.2, 0.4999}));
        assertEquals(List.of("ratio", "meetings"), space.names());
        assertEquals(2, space.size());
    }

    @Test
    void aMorrisGridWithAsManyLevelsAsValuesVisitsEachValueOnce() {
        Factor.Discrete meetings = (Factor.Discrete) space.factors().get(1);
        for (int l = 0; l < 4; l++) {
            assertEquals(l, meetings.level(l / 3.0));
        }
    }

    @Test
    void argumentsAreChecked() {
        assertMessage("ratio.max = 3: a number greater than min = 3", () -> Factor.range("ratio", 3, 3));
        assertMessage("ratio.min = NaN: a finite number", () -> Factor.range("ratio", Double.NaN, 3));
        assertMessage("meetings.values = []: a list of at least one finite number", () -> Factor.values("meetings"));
        assertMessage("ratio coordinate = 1.5: a number from 0 to 1", () -> space.point(new double[] {1.5, 0}));
        assertMessage("point = 3 coordinates: exactly 2, one per factor", () -> space.point(new double[3]));
        assertMessage("factors = [a, a]: distinct names",
                () -> new FactorSpace(List.of(Factor.range("a", 0, 1), Factor.range("a", 0, 2))));
    }
}
