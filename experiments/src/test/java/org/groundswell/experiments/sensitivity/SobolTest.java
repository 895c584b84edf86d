package org.groundswell.experiments.sensitivity;

import static org.groundswell.experiments.sensitivity.MorrisTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.groundswell.experiments.design.SaltelliDesign;
import org.junit.jupiter.api.Test;

class SobolTest {

    private static final int N = 1 << 13;

    /**
     * Analytic: S = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437. Measured with N = 2^13 (40,960 runs),
     * seed 2024: S = 0.3159, 0.4425, 0.0025; ST = 0.5574, 0.4424, 0.2438; 95% intervals about ±0.02.
     */
    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        SaltelliDesign.Matrices design = new SaltelliDesign(N).draw(3, 2024);
        double[] y = TestFunctions.evaluate(design.points(), TestFunctions::ishigamiUnit);
        List<SobolIndex> indices = SobolAnalysis.analyze(design, y, 300, 0.95, 1);
        double[] first = TestFunctions.ishigamiFirst();
        double[] total = TestFunctions.ishigamiTotal();
        assertEquals(0.314, first[0], 0.001);
        assertEquals(0.442, first[1], 0.001);
        assertEquals(0.558, total[0], 0.001);
        assertEquals(0.244, total[2], 0.001);
        for (int i = 0; i < 3; i++) {
            assertIndex(indices.get(i), i, first[i], total[i], 0.02, 0.02);
        }
    }

    /**
     * Analytic: S = 0.7162, 0.1790, 0.0237, 0.0072, 0.00007 (×4); ST = 0.7871, 0.2422, 0.0343, 0.0105,
     * 0.00010 (×4). Measured with N = 2^13, seed 7: S = 0.7167, 0.1792, 0.0234, 0.0073; ST = 0.7879, 0.2407,
     * 0.0344, 0.0105, 0.00010.
     */
    @Test
    void gFunctionIndicesMatchTheAnalyticValues() {
        SaltelliDesign.Matrices design = new SaltelliDesign(N).draw(TestFunctions.G_A.length, 7);
        double[] y = TestFunctions.evaluate(design.points(), TestFunctions::g);
        List<SobolIndex> indices = SobolAnalysis.analyze(design, y, 300, 0.95, 1);
        double[] first = TestFunctions.gFirst();
        double[] total = TestFunctions.gTotal();
        for (int i = 0; i < first.length; i++) {
            assertIndex(indices.get(i), i, first[i], total[i], 0.02, 0.01);
        }
        assertTrue(indices.get(4).total() < 0.001, "a = 99 makes a factor negligible");
    }

    @Test
    void indicesDoNotDependOnTheOutputsMean() {
        SaltelliDesign.Matrices design = new SaltelliDesign(1024).draw(3, 3);
        double[] y = TestFunctions.evaluate(design.points(), TestFunctions::ishigamiUnit);
        double[] shifted = Arrays.stream(y).map(v -> v + 1e6).toArray();
        List<SobolIndex> plain = SobolAnalysis.analyze(design, y, 50, 0.9, 4);
        List<SobolIndex> offset = SobolAnalysis.analyze(design, shifted, 50, 0.9, 4);
        for (int i = 0; i < 3; i++) {
            assertEquals(plain.get(i).first(), offset.get(i).first(), 1e-6);
            assertEquals(plain.get(i).total(), offset.get(i).total(), 1e-6);
            assertEquals(plain.get(i).firstLow(), offset.get(i).firstLow(), 1e-6);
        }
    }

    @Test
    void withoutBootstrapTheIntervalsAreMissingAndAConstantOutputHasNoIndices() {
        SaltelliDesign.Matrices design = new SaltelliDesign(16).draw(2, 3);
        double[] y = TestFunctions.evaluate(design.points(), x -> x[0] + 2 * x[1]);
        SobolIndex index = SobolAnalysis.analyze(design, y, 0, 0.95, 1).get(0);
        assertTrue(Double.isFinite(index.first()) && Double.isNaN(index.firstLow()) && Double.isNaN(index.totalHigh()));

        SobolIndex constant = SobolAnalysis.analyze(design, new double[design.size()], 10, 0.95, 1).get(1);
        assertTrue(Double.isNaN(constant.first()) && Double.isNaN(constant.total()) && Double.isNaN(constant.firstLow()));
    }

    @Test
    void theBootstrapIsReproducible() {
        SaltelliDesign.Matrices design = new SaltelliDesign(256).draw(3, 3);
        double[] y = TestFunctions.evaluate(design.points(), TestFunctions::ishigamiUnit);
        assertEquals(SobolAnalysis.analyze(design, y, 100, 0.95, 8), SobolAnalysis.analyze(design, y, 100, 0.95, 8));
    }

    @Test
    void argumentsAreChecked() {
        SaltelliDesign.Matrices design = new SaltelliDesign(4).draw(2, 1);
        double[] y = new double[design.size()];
        assertMessage("outputs = 15 values: exactly 16, one per point of the design",
                () -> SobolAnalysis.analyze(design, new double[15], 10, 0.95, 1));
        assertMessage("bootstrapResamples = -1: a whole number of at least 0",
                () -> SobolAnalysis.analyze(design, y, -1, 0.95, 1));
        assertMessage("confidence = 95: a number strictly between 0 and 1",
                () -> SobolAnalysis.analyze(design, y, 10, 95, 1));
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertEquals(1, SobolAnalysis.quantile(sorted, 0));
        assertEquals(3, SobolAnalysis.quantile(sorted, 0.5));
        assertEquals(4.6, SobolAnalysis.quantile(sorted, 0.9), 1e-12);
        assertEquals(5, SobolAnalysis.quantile(sorted, 1));
        assertArrayEquals(new double[] {Double.NaN}, new double[] {SobolAnalysis.quantile(new double[0], 0.5)});
    }

    private static void assertIndex(SobolIndex index, int factor, double first, double total, double firstTolerance,
                                    double totalTolerance) {
        String name = "x" + (factor + 1);
        assertEquals(factor, index.factor());
        assertEquals(first, index.first(), firstTolerance, name + " first order");
        assertEquals(total, index.total(), totalTolerance, name + " total order");
        assertTrue(index.firstLow() <= first && first <= index.firstHigh(),
                name + " first-order interval [" + index.firstLow() + ", " + index.firstHigh() + "] misses " + first);
        assertTrue(index.totalLow() <= total && total <= index.totalHigh(),
                name + " total-order interval [" + index.totalLow() + ", " + index.totalHigh() + "] misses " + total);
    }
}
