package org.groundswell.experiments.execution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.RunListener;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metrics;

/**
 * The daily hospital metrics of one run's strategy period, day 0 onwards: {@code values()[d][m]} is metric m
 * (in {@link Metrics#all()} order) on day {@code firstDay + d}. The warm-up is left out: in a comparison it is
 * shared by every strategy of a replication. About 170 kB for two years of 30 metrics.
 *
 * @param firstDay the first day held (0)
 * @param values   a row per day, a column per metric; read it, do not change it
 */
public record DaySeries(int firstDay, double[][] values) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Days held. */
    public int days() {
        return values.length;
    }

    /** Collects the days of a running hospital from day 0 on, as a {@link RunListener}. */
    static final class Recorder implements RunListener {

        private final List<double[]> rows = new ArrayList<>();

        @Override
        public void onDay(DayRecord day) {
            if (day.day() >= 0) {
                rows.add(day.values().clone());
            }
        }

        DaySeries series() {
            return new DaySeries(0, rows.toArray(double[][]::new));
        }
    }
}
