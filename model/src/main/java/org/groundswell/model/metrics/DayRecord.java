package org.groundswell.model.metrics;

import java.util.List;

/**
 * One day's metrics: the hospital's values in {@link Metrics#all()} order, and each unit's values in
 * {@link Metrics#perUnit()} order. Day 0 is the first day of the strategy period; warm-up days are negative.
 * The arrays belong to the record: read them, do not change them.
 *
 * @param day        the day number
 * @param values     hospital values, one per metric of {@link Metrics#all()}
 * @param unitValues per unit (in scenario order), one value per metric of {@link Metrics#perUnit()}
 */
public record DayRecord(int day, double[] values, double[][] unitValues) {

    /** The hospital's value of {@code metric} that day (NaN where its denominator was zero). */
    public double value(Metric metric) {
        int i = Metrics.all().indexOf(metric);
        if (i < 0) {
            throw new IllegalArgumentException("not a registered metric: " + metric.name());
        }
        return values[i];
    }

    /** Unit {@code unit}'s value of a per-unit {@code metric} that day. */
    public double unitValue(int unit, Metric metric) {
        List<Metric> perUnit = Metrics.perUnit();
        int i = perUnit.indexOf(metric);
        if (i < 0) {
            throw new IllegalArgumentException("not a per-unit metric: " + metric.name());
        }
        return unitValues[unit][i];
    }
}
