package org.groundswell.experiments.design;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import org.groundswell.experiments.output.Numbers;

/**
 * A scenario parameter a sweep varies, named by its dotted path, and how a coordinate u ∈ [0, 1] of a design
 * point becomes one of its values. Designs place points in the unit hypercube, one coordinate per parameter;
 * each parameter maps its coordinate:
 * <ul>
 *   <li>{@link Range} {@code {min, max}}: a number, min + u·(max − min). A whole-number parameter (beds,
 *       days) is cut into max − min + 1 equal bins instead, so that a uniform u gives each whole number
 *       between min and max equally often.</li>
 *   <li>{@link Choice} {@code {values: [...]}}: [0, 1] cut into as many equal bins as values, bin b giving
 *       value b.</li>
 * </ul>
 * Values are written, and used, to {@value Numbers#SIGNIFICANT_DIGITS} significant digits, so what
 * {@code design.csv} says is exactly what ran.
 */
public sealed interface SweptParameter permits SweptParameter.Range, SweptParameter.Choice {

    /** The dotted path, as the experiment file writes it ({@code staffing.patientsPerNurse}). */
    String path();

    /**
     * The value at coordinate {@code u}, as text to apply with {@code PATH=VALUE}.
     *
     * @param u from 0 to 1
     * @return the value's text: a number, or a JSON scalar for a listed value
     */
    String valueAt(double u);

    /** The values a grid takes: {@code levels} of them for a range, every listed value for a choice. */
    int gridLevels(int levels);

    /** The coordinate of level {@code level} of {@code levels} in a grid, such that {@link #valueAt} gives it. */
    double gridCoordinate(int level, int levels);

    /**
     * A value from the experiment file as text to apply with {@code PATH=VALUE}: whole numbers as written,
     * other numbers rounded as output files write them, text as a JSON string, true and false as they are.
     */
    static String text(JsonNode value) {
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.asText() : Numbers.format(value.doubleValue());
        }
        return value.toString();
    }

    /**
     * How a value's text is shown in {@code design.csv} and {@code runs.csv}: text without quotes, the rest as
     * written.
     */
    static String display(String valueText) {
        return valueText.length() >= 2 && valueText.startsWith("\"") && valueText.endsWith("\"")
                ? valueText.substring(1, valueText.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\")
                : valueText;
    }

    /**
     * A range of numbers.
     *
     * @param path    dotted path
     * @param min     smallest value
     * @param max     largest value, above min
     * @param integer whether the parameter takes whole numbers
     * @param levels  this parameter's own number of grid levels, or 0 to use the design's
     */
    record Range(String path, double min, double max, boolean integer, int levels) implements SweptParameter {

        public Range {
            Objects.requireNonNull(path, "path");
            if (!(max > min)) {
                throw new IllegalArgumentException(path + ": max = " + max + " must be above min = " + min);
            }
        }

        @Override
        public String valueAt(double u) {
            if (integer) {
                long n = (long) max - (long) min + 1;
                long step = Math.min((long) Math.floor(clamp(u) * n), n - 1);
                return Long.toString((long) min + step);
            }
            return Numbers.format(min + clamp(u) * (max - min));
        }

        @Override
        public int gridLevels(int designLevels) {
            return levels > 0 ? levels : designLevels;
        }

        /** Evenly spaced from min to max inclusive; for whole numbers, rounded to the nearest. */
        @Override
        public double gridCoordinate(int level, int count) {
            double u = count == 1 ? 0.5 : (double) level / (count - 1);
            if (!integer) {
                return u;
            }
            long value = Math.round(min + u * (max - min));
            return (value - min + 0.5) / (max - min + 1);
        }

        /** Whole numbers from min to max: how many levels a grid can take at most. */
        public long wholeNumbers() {
            return (long) max - (long) min + 1;
        }
    }

    /**
     * A list of values.
     *
     * @param path   dotted path
     * @param values the values, at least one, as JSON scalars
     */
    record Choice(String path, List<JsonNode> values) implements SweptParameter {

        public Choice {
            Objects.requireNonNull(path, "path");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException(path + ": no values");
            }
        }

        @Override
        public String valueAt(double u) {
            int m = values.size();
            return SweptParameter.text(values.get(Math.min((int) Math.floor(clamp(u) * m), m - 1)));
        }

        @Override
        public int gridLevels(int designLevels) {
            return values.size();
        }

        @Override
        public double gridCoordinate(int level, int count) {
            return (level + 0.5) / values.size();
        }
    }

    private static double clamp(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("coordinate " + u + ": a number from 0 to 1");
        }
        return u;
    }
}
