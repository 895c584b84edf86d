package org.groundswell.experiments.sensitivity;

import java.util.List;

/**
 * The factors of a sensitivity analysis, in the order of the design's coordinates: maps points of the unit
 * hypercube, as every design of this package produces, to parameter values.
 *
 * <p>Example: three factors, two continuous and one with four possible values, and 256 Latin hypercube
 * points scaled to them.
 * {@snippet :
 * FactorSpace space = new FactorSpace(List.of(
 *         Factor.range("x1", 3, 8),
 *         Factor.range("x2", 0.01, 0.05),
 *         Factor.values("x3", 1, 2, 3, 4)));
 * double[][] values = space.points(LatinHypercube.generate(space.size(), 256, 42));
 * }
 *
 * @param factors one factor per coordinate, at least one, names distinct
 */
public record FactorSpace(List<Factor> factors) {

    public FactorSpace {
        if (factors == null || factors.isEmpty()) {
            throw Arguments.invalid("factors", factors == null ? null : "[]", "a list of at least one factor");
        }
        factors = List.copyOf(factors);
        if (factors.stream().map(Factor::name).distinct().count() != factors.size()) {
            throw Arguments.invalid("factors", factors.stream().map(Factor::name).toList(), "distinct names");
        }
    }

    /** k, the number of factors. */
    public int size() {
        return factors.size();
    }

    /** The factors' names, in coordinate order. */
    public List<String> names() {
        return factors.stream().map(Factor::name).toList();
    }

    /**
     * One point mapped to parameter values.
     *
     * @param unit k coordinates in [0,1]
     * @return k values, factor i's value at coordinate i
     * @throws IllegalArgumentException when the point does not have k coordinates in [0,1]
     */
    public double[] point(double[] unit) {
        if (unit == null || unit.length != factors.size()) {
            throw Arguments.invalid("point", unit == null ? null : unit.length + " coordinates",
                    "exactly " + factors.size() + ", one per factor");
        }
        double[] values = new double[unit.length];
        for (int i = 0; i < unit.length; i++) {
            values[i] = factors.get(i).value(unit[i]);
        }
        return values;
    }

    /**
     * Every point of a design mapped to parameter values.
     *
     * @param unit rows of k coordinates in [0,1], for example {@link SaltelliDesign#points()}
     * @return as many rows of k values
     */
    public double[][] points(double[][] unit) {
        if (unit == null) {
            throw Arguments.invalid("points", null, "rows of " + factors.size() + " coordinates");
        }
        double[][] values = new double[unit.length][];
        for (int r = 0; r < unit.length; r++) {
            values[r] = point(unit[r]);
        }
        return values;
    }
}
