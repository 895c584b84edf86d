package org.groundswell.experiments.output;

import java.util.Arrays;
import java.util.List;

import org.groundswell.model.RunListener;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * Keeps, as a run goes, the few daily series the charts draw: one {@code double} per day and chosen metric,
 * nothing else. A two-year run with a dozen metrics holds about 100 kB.
 */
public final class ChartSeries implements RunListener {

    private final List<Metric> metrics;
    private final int[] columns;
    private int[] days = new int[1024];
    private double[][] values;
    private int size;

    /**
     * @param metrics the hospital metrics to keep, each one of {@link Metrics#all()}
     * @throws IllegalArgumentException if one is not registered
     */
    public ChartSeries(List<Metric> metrics) {
        this.metrics = List.copyOf(metrics);
        this.columns = new int[this.metrics.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = Metrics.all().indexOf(this.metrics.get(i));
            if (columns[i] < 0) {
                throw new IllegalArgumentException("not a registered metric: " + this.metrics.get(i).name());
            }
        }
        this.values = new double[columns.length][days.length];
    }

    @Override
    public void onDay(DayRecord day) {
        if (size == days.length) {
            days = Arrays.copyOf(days, size * 2);
            for (int i = 0; i < values.length; i++) {
                values[i] = Arrays.copyOf(values[i], size * 2);
            }
        }
        days[size] = day.day();
        for (int i = 0; i < columns.length; i++) {
            values[i][size] = day.values()[columns[i]];
        }
        size++;
    }

    /** The day numbers recorded, in order (a copy). */
    public int[] days() {
        return Arrays.copyOf(days, size);
    }

    /**
     * The daily values of {@code metric}, aligned with {@link #days()} (a copy).
     *
     * @throws IllegalArgumentException if {@code metric} is not kept
     */
    public double[] values(Metric metric) {
        int i = metrics.indexOf(metric);
        if (i < 0) {
            throw new IllegalArgumentException("metric not kept for the charts: " + metric.name());
        }
        return Arrays.copyOf(values[i], size);
    }
}
