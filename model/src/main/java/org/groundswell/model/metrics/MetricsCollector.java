package org.groundswell.model.metrics;

import java.io.Serializable;
import java.util.List;

/**
 * Turns the day's counters into a {@link DayRecord}, and keeps the running sums over the summary window so
 * that a run's summary needs no day to be kept in memory.
 */
public final class MetricsCollector implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int units;
    private final int windowStart;
    private final double[] windowSums;
    private final double[][] unitWindowSums;
    private double[] lastValues;
    private int lastDay = Integer.MIN_VALUE;
    private int firstWindowDay = Integer.MIN_VALUE;

    /**
     * @param units       number of units
     * @param windowStart first day of the summary window
     */
    public MetricsCollector(int units, int windowStart) {
        this.units = units;
        this.windowStart = windowStart;
        this.windowSums = new double[Counter.values().length];
        this.unitWindowSums = new double[units][Counter.values().length];
    }

    /** Computes day {@code day}'s record from {@code counters} and adds it to the window sums. */
    public DayRecord collect(int day, DayCounters counters) {
        List<Metric> all = Metrics.all();
        double[] values = new double[all.size()];
        for (int m = 0; m < values.length; m++) {
            Metric metric = all.get(m);
            values[m] = metric.value(counters.total(metric.numerator()), counters.total(metric.denominator()));
        }
        List<Metric> perUnit = Metrics.perUnit();
        double[][] unitValues = new double[units][perUnit.size()];
        for (int u = 0; u < units; u++) {
            for (int m = 0; m < perUnit.size(); m++) {
                Metric metric = perUnit.get(m);
                unitValues[u][m] = metric.value(counters.get(metric.numerator(), u),
                        counters.get(metric.denominator(), u));
            }
        }
        if (day >= windowStart) {
            if (firstWindowDay == Integer.MIN_VALUE) {
                firstWindowDay = day;
            }
            for (Counter c : Counter.values()) {
                windowSums[c.ordinal()] += counters.total(c);
                for (int u = 0; u < units; u++) {
                    unitWindowSums[u][c.ordinal()] += counters.get(c, u);
                }
            }
        }
        lastValues = values;
        lastDay = day;
        return new DayRecord(day, values, unitValues);
    }

    /** The summarised value of {@code metric} over the window so far. */
    public double summary(Metric metric) {
        if (metric.summary() == Metric.Summary.LAST) {
            return lastValues == null ? Double.NaN : lastValues[Metrics.all().indexOf(metric)];
        }
        return metric.value(windowSums[metric.numerator().ordinal()], windowSums[metric.denominator().ordinal()]);
    }

    /** The summarised value of a per-unit {@code metric} for unit {@code unit} over the window so far. */
    public double unitSummary(int unit, Metric metric) {
        return metric.value(unitWindowSums[unit][metric.numerator().ordinal()],
                unitWindowSums[unit][metric.denominator().ordinal()]);
    }

    /** First day of the window that was collected. */
    public int firstWindowDay() {
        return firstWindowDay;
    }

    /** The last day collected. */
    public int lastDay() {
        return lastDay;
    }
}
