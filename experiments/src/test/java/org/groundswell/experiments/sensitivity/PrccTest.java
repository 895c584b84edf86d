package org.groundswell.experiments.sensitivity;

import static org.groundswell.experiments.sensitivity.MorrisTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.groundswell.experiments.design.LatinHypercubeDesign;
import org.junit.jupiter.api.Test;

class PrccTest {

    /** y = 3x1 − 2x2 + 0.5x3 + ε, ε ~ N(0, 0.1²), x4 unused, on a 200-point Latin hypercube. */
    private static double[] linearModel(double[][] x, long seed) {
        RandomGenerator noise = new MersenneTwister(seed);
        double[] y = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            y[r] = 3 * x[r][0] - 2 * x[r][1] + 0.5 * x[r][2] + 0.1 * noise.nextGaussian();
        }
        return y;
    }

    /** Measured: PRCC = 0.988, −0.972, 0.692, 0.036; p = 2e−160, 1e−124, 2e−29 and 0.61 for x4. */
    @Test
    void recoversSignsAndOrderOfAMonotoneModel() {
        double[][] x = new LatinHypercubeDesign(200).points(4, 31);
        List<PrccResult> r = Prcc.analyze(x, linearModel(x, 32));
        assertTrue(r.get(0).coefficient() > 0.9);
        assertTrue(r.get(1).coefficient() < -0.9);
        assertTrue(r.get(2).coefficient() > 0.5);
        double[] magnitude = r.stream().mapToDouble(p -> Math.abs(p.coefficient())).toArray();
        assertTrue(magnitude[0] > magnitude[1] && magnitude[1] > magnitude[2] && magnitude[2] > magnitude[3]);
        for (int i = 0; i < 3; i++) {
            assertTrue(r.get(i).pValue() < 1e-10, "x" + (i + 1) + " p = " + r.get(i).pValue());
        }
        assertTrue(magnitude[3] < 0.15);
        assertTrue(r.get(3).pValue() > 0.2, "x4 is unused: p = " + r.get(3).pValue());
    }

    @Test
    void agreesWithTheInverseOfTheRankCorrelationMatrix() {
        // An independent formula: with P the inverse of the correlation matrix of (rank x_1 … rank x_p, rank y),
        // the partial correlation of x_j and y given the rest is −P[j][y] / sqrt(P[j][j] P[y][y]).
        double[][] x = new LatinHypercubeDesign(60).points(3, 13);
        double[] y = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            y[r] = Math.exp(x[r][0]) - x[r][1] * x[r][2] + 0.3 * Math.sin(6 * x[r][2]);
        }
        NaturalRanking ranking = new NaturalRanking(TiesStrategy.AVERAGE);
        double[][] ranks = new double[x.length][4];
        double[] rankedY = ranking.rank(y);
        for (int c = 0; c < 3; c++) {
            double[] column = new double[x.length];
            for (int r = 0; r < x.length; r++) {
                column[r] = x[r][c];
            }
            double[] ranked = ranking.rank(column);
            for (int r = 0; r < x.length; r++) {
                ranks[r][c] = ranked[r];
            }
        }
        for (int r = 0; r < x.length; r++) {
            ranks[r][3] = rankedY[r];
        }
        RealMatrix p = new LUDecomposition(new PearsonsCorrelation(ranks).getCorrelationMatrix()).getSolver()
                .getInverse();
        List<PrccResult> results = Prcc.analyze(x, y);
        for (int j = 0; j < 3; j++) {
            double expected = -p.getEntry(j, 3) / Math.sqrt(p.getEntry(j, j) * p.getEntry(3, 3));
            assertEquals(expected, results.get(j).coefficient(), 1e-10, "x" + (j + 1));
        }
    }

    @Test
    void onlyRanksMatter() {
        // A monotone transformation of an input or of the output leaves every PRCC unchanged.
        double[][] x = new LatinHypercubeDesign(100).points(4, 5);
        double[] y = linearModel(x, 6);
        double[][] transformed = new double[x.length][];
        double[] expY = new double[y.length];
        for (int r = 0; r < x.length; r++) {
            transformed[r] = x[r].clone();
            transformed[r][0] = Math.exp(10 * x[r][0]);
            expY[r] = Math.exp(y[r]);
        }
        List<PrccResult> plain = Prcc.analyze(x, y);
        List<PrccResult> other = Prcc.analyze(transformed, expY);
        for (int i = 0; i < 4; i++) {
            assertEquals(plain.get(i).coefficient(), other.get(i).coefficient(), 1e-12);
        }
    }

    @Test
    void matchesAHandComputedSpearmanCorrelationForOneInput() {
        // With one input there is nothing to partial out: PRCC is Spearman's rho. Ties get average ranks.
        double[][] x = {{1}, {2}, {3}, {4}, {5}};
        double[] y = {2, 1, 4, 4, 5};
        // ranks of y: 2, 1, 3.5, 3.5, 5, deviations −1, −2, 0.5, 0.5, 2; rho = 8.5 / sqrt(10 * 9.5)
        PrccResult r = Prcc.analyze(x, y).get(0);
        assertEquals(8.5 / Math.sqrt(10 * 9.5), r.coefficient(), 1e-12);
        // t = rho sqrt(3 / (1 − rho²)) with n − 2 = 3 degrees of freedom; two-sided p from the t table.
        double rho = r.coefficient();
        double t = rho * Math.sqrt(3 / (1 - rho * rho));
        assertEquals(2 * new TDistribution(3).cumulativeProbability(-t),
                r.pValue(), 1e-12);
    }

    @Test
    void aConstantOutputHasNoCorrelation() {
        double[][] x = new LatinHypercubeDesign(10).points(2, 1);
        PrccResult r = Prcc.analyze(x, new double[10]).get(1);
        assertTrue(Double.isNaN(r.coefficient()) && Double.isNaN(r.pValue()));
    }

    @Test
    void argumentsAreChecked() {
        double[][] x = new LatinHypercubeDesign(4).points(3, 1);
        assertMessage("inputs = 4 rows: at least p + 2 = 5 rows for 3 inputs", () -> Prcc.analyze(x, new double[4]));
        double[][] constant = new LatinHypercubeDesign(10).points(2, 1);
        for (double[] row : constant) {
            row[1] = 7;
        }
        assertMessage("inputs column 1 = constant 7: an input that varies across the rows",
                () -> Prcc.analyze(constant, new double[10]));
        double[][] dependent = new LatinHypercubeDesign(50).points(3, 1);
        for (double[] row : dependent) {
            row[2] = 2 * row[0];
        }
        assertMessage("inputs column 0 = a linear function of the other columns' ranks: "
                + "inputs that vary independently of one another", () -> Prcc.analyze(dependent, new double[50]));
        assertMessage("inputs[1] = 1 values: exactly 2 values, as in row 0",
                () -> Prcc.analyze(new double[][] {{1, 2}, {3}, {4, 5}, {6, 7}}, new double[4]));
        assertMessage("outputs = 9 values: exactly 10, one per row of inputs",
                () -> Prcc.analyze(new LatinHypercubeDesign(10).points(2, 1), new double[9]));
    }
}
