package org.groundswell.model;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.metrics.DayRecord;

/**
 * The days one hospital has simulated so far, as the model reported them through {@link RunListener#onDay}:
 * what live charts, captions and inspectors read. The model thread appends; readers take copies.
 * Not part of the run's state: a listener is never checkpointed.
 */
public final class DayLog implements RunListener {

    private final List<DayRecord> days = new ArrayList<>();

    @Override
    public synchronized void onDay(DayRecord day) {
        days.add(day);
    }

    /** Days recorded. */
    public synchronized int size() {
        return days.size();
    }

    /** The last day recorded, or null before the first. */
    public synchronized DayRecord latest() {
        return days.isEmpty() ? null : days.get(days.size() - 1);
    }

    /** The days recorded from the {@code from}-th on (0-based), as a copy. */
    public synchronized List<DayRecord> since(int from) {
        return List.copyOf(days.subList(Math.min(from, days.size()), days.size()));
    }

    /** Every day recorded, as a copy. */
    public synchronized List<DayRecord> all() {
        return List.copyOf(days);
    }
}
