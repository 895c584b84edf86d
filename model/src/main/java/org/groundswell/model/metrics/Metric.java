package org.groundswell.model.metrics;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A metric of the registry: a stable snake_case name, its unit and meaning, and how it is computed: a scale
 * times the ratio of two {@link Counter}s, summarised over a window either as the ratio of the sums
 * ({@link Summary#RATIO}) or as the last day's value ({@link Summary#LAST}, for cumulative figures).
 *
 * @param name        stable identifier, used as a column name in every output
 * @param label       a short name for people, as charts, legends and reports show it ("Adverse events")
 * @param unit        unit of the value
 * @param description one sentence saying what it measures
 * @param numerator   counter on top
 * @param denominator counter below
 * @param scale       multiplier (1000 for "per 1,000 patient-days", 365 for annual rates)
 * @param summary     how a window of days is summarised
 * @param perUnit     whether the metric is also reported per unit in {@code units.csv}
 */
public record Metric(String name, String label, String unit, String description, Counter numerator, Counter denominator,
                     double scale, Summary summary, boolean perUnit) {

    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /** How a metric is summarised over a window of days. */
    public enum Summary {
        /** scale x (sum of numerators) / (sum of denominators): rates weighted by their exposure. */
        RATIO,
        /** The value on the last day of the window: for cumulative quantities. */
        LAST
    }

    public Metric {
        Objects.requireNonNull(numerator);
        Objects.requireNonNull(denominator);
        Objects.requireNonNull(summary);
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("metric " + name + " needs a label for people");
        }
        if (!SNAKE.matcher(name).matches()) {
            throw new IllegalArgumentException("metric name must be snake_case: " + name);
        }
    }

    /** The value for the given numerator and denominator totals; NaN when the denominator is zero. */
    public double value(double numeratorTotal, double denominatorTotal) {
        return denominatorTotal == 0 ? Double.NaN : scale * numeratorTotal / denominatorTotal;
    }
}
