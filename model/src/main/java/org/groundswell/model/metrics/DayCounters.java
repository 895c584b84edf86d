package org.groundswell.model.metrics;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The day's tallies of every {@link Counter}, per unit plus one hospital-wide slot (index = unit count) for
 * what belongs to no unit. Processes add to it during the day; the metrics collector reads and clears it.
 */
public final class DayCounters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int units;
    private final double[][] values;

    public DayCounters(int units) {
        this.units = units;
        this.values = new double[Counter.values().length][units + 1];
    }

    /** Adds {@code amount} to {@code counter} for unit {@code unit} (or {@link #hospitalSlot()}). */
    public void add(Counter counter, int unit, double amount) {
        values[counter.ordinal()][unit] += amount;
    }

    /** Sets {@code counter} for unit {@code unit} (for levels such as census). */
    public void set(Counter counter, int unit, double amount) {
        values[counter.ordinal()][unit] = amount;
    }

    /**
     * The live tallies of {@code counter}, one per unit and the hospital slot last: for a hot loop that adds to
     * one counter many times, {@code row[unit] += amount} is {@link #add} without looking the counter up each
     * time. Valid until the run ends; the collector reads and clears it as it does every counter.
     */
    public double[] row(Counter counter) {
        return values[counter.ordinal()];
    }

    /** The tally of {@code counter} for unit {@code unit}. */
    public double get(Counter counter, int unit) {
        return values[counter.ordinal()][unit];
    }

    /** The tally of {@code counter} over every unit and the hospital slot (a shared counter's one value). */
    public double total(Counter counter) {
        if (counter.shared()) {
            return values[counter.ordinal()][units];
        }
        double sum = 0;
        for (double v : values[counter.ordinal()]) {
            sum += v;
        }
        return sum;
    }

    /** Makes every tally {@code other}'s, which must have as many units. */
    public void copyFrom(DayCounters other) {
        if (other.units != units) {
            throw new IllegalArgumentException("counters of " + other.units + " units into counters of " + units);
        }
        for (int c = 0; c < values.length; c++) {
            System.arraycopy(other.values[c], 0, values[c], 0, units + 1);
        }
    }

    /** The index of the hospital-wide slot. */
    public int hospitalSlot() {
        return units;
    }

    /** Number of units. */
    public int units() {
        return units;
    }

    /** Clears every tally for a new day. */
    public void clear() {
        for (double[] row : values) {
            Arrays.fill(row, 0);
        }
    }
}
