package org.groundswell.experiments.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The coverage properties that make each design worth choosing. */
class DesignsTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final List<SweptParameter> THREE = List.of(
            new SweptParameter.Range("staffing.patientsPerNurse", 4, 7, false, 0),
            new SweptParameter.Range("units.icu.beds", 10, 14, true, 0),
            new SweptParameter.Choice("workforce.initialVacancyRate",
                    List.of(JSON.numberNode(0.05), JSON.numberNode(0.1), JSON.numberNode(0.2))));

    @Test
    void gridVisitsEveryCombinationOfLevelsExactlyOnce() {
        GridDesign grid = new GridDesign(4);
        double[][] points = grid.points(THREE, 1);
        assertEquals(4 * 4 * 3, points.length);
        assertEquals(points.length, grid.size(THREE));
        Set<List<String>> seen = new HashSet<>();
        for (double[] p : points) {
            seen.add(List.of(THREE.get(0).valueAt(p[0]), THREE.get(1).valueAt(p[1]), THREE.get(2).valueAt(p[2])));
        }
        assertEquals(points.length, seen.size(), "no combination twice");
        Set<String> nurses = new HashSet<>();
        Set<String> beds = new HashSet<>();
        Set<String> vacancy = new HashSet<>();
        seen.forEach(v -> {
            nurses.add(v.get(0));
            beds.add(v.get(1));
            vacancy.add(v.get(2));
        });
        assertEquals(Set.of("4", "5", "6", "7"), nurses, "evenly spaced, ends included");
        assertEquals(Set.of("10", "11", "13", "14"), beds, "whole numbers rounded from 10, 11.33, 12.67, 14");
        assertEquals(Set.of("0.05", "0.1", "0.2"), vacancy, "every listed value");
        assertEquals(List.of("4", "10", "0.05"), List.of(THREE.get(0).valueAt(points[0][0]),
                THREE.get(1).valueAt(points[0][1]), THREE.get(2).valueAt(points[0][2])), "first parameter slowest");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 50, 200})
    void latinHypercubeHitsEveryStratumOfEveryParameterOnce(int n) {
        double[][] points = new LatinHypercubeDesign(n).points(THREE, 11);
        assertEquals(n, points.length);
        for (int i = 0; i < THREE.size(); i++) {
            boolean[] hit = new boolean[n];
            for (double[] p : points) {
                int stratum = (int) Math.floor(p[i] * n);
                assertTrue(p[i] >= 0 && p[i] < 1);
                assertTrue(!hit[stratum], "stratum " + stratum + " of parameter " + i + " hit twice");
                hit[stratum] = true;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6, 8})
    void sobolPointsFillEachOfTheFirstPowerOfTwoIntervalsOnce(int m) {
        int n = 1 << m;
        double[][] points = new SobolDesign(n).points(THREE, 0);
        for (int i = 0; i < THREE.size(); i++) {
            int[] count = new int[n];
            for (double[] p : points) {
                count[(int) Math.floor(p[i] * n)]++;
            }
            for (int c : count) {
                assertEquals(1, c, "a Sobol' sequence's first 2^m points are stratified in every coordinate");
            }
        }
        assertArrayEquals(new double[] {0, 0, 0}, points[0], "the sequence starts at the origin, kept");
    }

    @Test
    void sampledDesignsAreReproducibleFromTheirSeed() {
        assertArrayEquals(new RandomDesign(20).points(THREE, 5), new RandomDesign(20).points(THREE, 5));
        assertArrayEquals(new LatinHypercubeDesign(20).points(THREE, 5),
                new LatinHypercubeDesign(20).points(THREE, 5));
        assertTrue(!java.util.Arrays.deepEquals(new RandomDesign(20).points(THREE, 5),
                new RandomDesign(20).points(THREE, 6)));
        assertTrue(!java.util.Arrays.deepEquals(new LatinHypercubeDesign(20).points(THREE, 5),
                new LatinHypercubeDesign(20).points(THREE, 6)));
    }

    @Test
    void aLatinHypercubeNeedsAPointAndAParameter() {
        assertEquals("samples = 0: a whole number of at least 1",
                assertThrows(IllegalArgumentException.class, () -> new LatinHypercubeDesign(0)).getMessage());
        assertEquals("factors = 0: a whole number of at least 1",
                assertThrows(IllegalArgumentException.class, () -> new LatinHypercubeDesign(5).points(0, 1))
                        .getMessage());
    }
}
