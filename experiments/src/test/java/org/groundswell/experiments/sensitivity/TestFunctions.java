package org.groundswell.experiments.sensitivity;

/**
 * Benchmark functions with known Sobol' indices, and their analytic values.
 *
 * <ul>
 *   <li>Ishigami, T. &amp; Homma, T. (1990). An importance quantification technique in uncertainty analysis
 *       for computer models. <i>Proceedings of ISUMA '90</i>, 398–403. Indices as in Saltelli et al. (2008),
 *       <i>Global Sensitivity Analysis: The Primer</i>, Wiley.</li>
 *   <li>Sobol' G-function: Archer, Saltelli &amp; Sobol' (1997), <i>Journal of Statistical Computation and
 *       Simulation</i> 58(2), 99–120; Saltelli &amp; Sobol' (1995), <i>Reliability Engineering &amp; System
 *       Safety</i> 50(3), 225–239.</li>
 * </ul>
 */
final class TestFunctions {

    static final double ISHIGAMI_A = 7;
    static final double ISHIGAMI_B = 0.1;

    /** The G-function's coefficients: the smaller a_i, the more important x_i. */
    static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};

    private TestFunctions() {
    }

    /** f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1, on [−π, π]³. */
    static double ishigami(double[] x) {
        double s1 = Math.sin(x[0]);
        double s2 = Math.sin(x[1]);
        return s1 + ISHIGAMI_A * s2 * s2 + ISHIGAMI_B * Math.pow(x[2], 4) * s1;
    }

    /** Ishigami on a point of the unit cube, each coordinate scaled linearly to [−π, π]. */
    static double ishigamiUnit(double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            x[i] = -Math.PI + u[i] * (2 * Math.PI);
        }
        return ishigami(x);
    }

    /** Analytic first-order indices of Ishigami: V1/V, V2/V, 0. */
    static double[] ishigamiFirst() {
        double[] v = ishigamiPartialVariances();
        return new double[] {v[0] / v[4], v[1] / v[4], 0};
    }

    /** Analytic total-order indices of Ishigami: (V1 + V13)/V, V2/V, V13/V. */
    static double[] ishigamiTotal() {
        double[] v = ishigamiPartialVariances();
        return new double[] {(v[0] + v[3]) / v[4], v[1] / v[4], v[3] / v[4]};
    }

    /** {V1, V2, V3, V13, V}. */
    private static double[] ishigamiPartialVariances() {
        double a = ISHIGAMI_A;
        double b = ISHIGAMI_B;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = 8 * b * b * pi8 / 225;
        return new double[] {v1, v2, 0, v13, v1 + v2 + v13};
    }

    /** G(u) = Π (|4u_i − 2| + a_i) / (1 + a_i), on [0,1]^k. */
    static double g(double[] u) {
        double product = 1;
        for (int i = 0; i < G_A.length; i++) {
            product *= (Math.abs(4 * u[i] - 2) + G_A[i]) / (1 + G_A[i]);
        }
        return product;
    }

    /** Analytic first-order indices of G: V_i / V, with V_i = 1/(3(1 + a_i)²) and V = Π(1 + V_i) − 1. */
    static double[] gFirst() {
        double[] vi = gPartialVariances();
        double v = gVariance(vi);
        double[] s = new double[vi.length];
        for (int i = 0; i < vi.length; i++) {
            s[i] = vi[i] / v;
        }
        return s;
    }

    /** Analytic total-order indices of G: V_i Π_{j≠i}(1 + V_j) / V. */
    static double[] gTotal() {
        double[] vi = gPartialVariances();
        double v = gVariance(vi);
        double[] s = new double[vi.length];
        for (int i = 0; i < vi.length; i++) {
            double others = 1;
            for (int j = 0; j < vi.length; j++) {
                if (j != i) {
                    others *= 1 + vi[j];
                }
            }
            s[i] = vi[i] * others / v;
        }
        return s;
    }

    private static double[] gPartialVariances() {
        double[] vi = new double[G_A.length];
        for (int i = 0; i < G_A.length; i++) {
            vi[i] = 1 / (3 * Math.pow(1 + G_A[i], 2));
        }
        return vi;
    }

    private static double gVariance(double[] vi) {
        double product = 1;
        for (double v : vi) {
            product *= 1 + v;
        }
        return product - 1;
    }

    /** The function's value at every point of a design. */
    static double[] evaluate(double[][] points, java.util.function.ToDoubleFunction<double[]> f) {
        double[] y = new double[points.length];
        for (int r = 0; r < points.length; r++) {
            y[r] = f.applyAsDouble(points[r]);
        }
        return y;
    }
}
