package org.groundswell.experiments.sensitivity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One uncertain input of a sensitivity analysis, and how a coordinate u of the unit hypercube maps to its
 * value. Designs in this package live in [0,1]<sup>k</sup>; a {@link FactorSpace} turns their points into
 * parameter values, one factor per coordinate.
 *
 * <ul>
 *   <li>{@link Continuous} {@code {min, max}}: linear scaling, min + u(max − min), so a uniform u gives a
 *       uniform value on [min, max].</li>
 *   <li>{@link Discrete} {@code {values: [...]}}: binning; [0,1] is cut into m equal bins and bin b gives
 *       values[b], so a uniform u gives each of the m values with probability 1/m.</li>
 * </ul>
 *
 * <p>For a Morris design on a discrete factor with m values, choose p = m levels when m is even: grid level
 * l/(m−1) then falls in bin l, so the levels and the values correspond one to one.
 */
public sealed interface Factor permits Factor.Continuous, Factor.Discrete {

    /** The factor's name, for example the dotted path of the scenario parameter it sets. */
    String name();

    /**
     * The factor's value at a coordinate of the unit hypercube.
     *
     * @param u from 0 to 1
     * @return the value
     * @throws IllegalArgumentException when u is outside [0,1]
     */
    double value(double u);

    /** A factor varying continuously and uniformly from {@code min} to {@code max}. */
    static Continuous range(String name, double min, double max) {
        return new Continuous(name, min, max);
    }

    /** A factor taking one of the given values, each with equal probability. */
    static Discrete values(String name, double... values) {
        if (values == null) {
            throw Arguments.invalid(name + ".values", null, "a list of at least one finite number");
        }
        return new Discrete(name, Arrays.stream(values).boxed().toList());
    }

    /**
     * A factor scaled linearly from [0,1] to [min, max].
     *
     * @param name the factor's name
     * @param min  its smallest value, finite
     * @param max  its largest value, finite and greater than min
     */
    record Continuous(String name, double min, double max) implements Factor {

        public Continuous {
            Objects.requireNonNull(name, "name");
            Arguments.finite(name + ".min", min);
            Arguments.finite(name + ".max", max);
            if (!(max > min)) {
                throw Arguments.invalid(name + ".max", Arguments.format(max),
                        "a number greater than min = " + Arguments.format(min));
            }
        }

        @Override
        public double value(double u) {
            return min + unit(name, u) * (max - min);
        }
    }

    /**
     * A factor taking one of a list of values, by binning [0,1] into as many equal bins.
     *
     * @param name   the factor's name
     * @param values its possible values, at least one, all finite
     */
    record Discrete(String name, List<Double> values) implements Factor {

        public Discrete {
            Objects.requireNonNull(name, "name");
            if (values == null || values.isEmpty()) {
                throw Arguments.invalid(name + ".values", values == null ? null : "[]",
                        "a list of at least one finite number");
            }
            values = List.copyOf(values);
            for (int i = 0; i < values.size(); i++) {
                Arguments.finite(name + ".values[" + i + "]", values.get(i));
            }
        }

        /**
         * The bin a coordinate falls in: floor(u·m), with u = 1 in the last bin. Useful when the values are
         * not numbers (the caller keeps the list and maps the index).
         *
         * @param u from 0 to 1
         * @return from 0 to m − 1
         */
        public int level(double u) {
            int m = values.size();
            return Math.min((int) (unit(name, u) * m), m - 1);
        }

        @Override
        public double value(double u) {
            return values.get(level(u));
        }
    }

    private static double unit(String name, double u) {
        if (!(u >= 0 && u <= 1)) {
            throw Arguments.invalid(name + " coordinate", Arguments.format(u), "a number from 0 to 1");
        }
        return u;
    }
}
