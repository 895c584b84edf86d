package org.groundswell.model;

import org.groundswell.model.care.PatientRecord;
import org.groundswell.model.metrics.DayRecord;

/**
 * Receives a run's results as they happen, so that nothing needs to be held in memory until the end. The
 * model calls listeners on the simulation thread, in the order they were added. A listener is not part of
 * the run's state: it is not checkpointed.
 */
public interface RunListener {

    /** Called once a day, after the day's metrics are collected. */
    default void onDay(DayRecord day) {
    }

    /**
     * For a region, called once a day for each member hospital, with its own record, before the region's
     * {@link #onDay}.
     */
    default void onHospitalDay(String hospital, DayRecord day) {
    }

    /** Called for each hospital stay that ends, when the run was asked to report patients. */
    default void onStayEnded(PatientRecord patient) {
    }
}
