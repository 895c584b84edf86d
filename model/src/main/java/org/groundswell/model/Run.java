package org.groundswell.model;

import org.groundswell.model.parameters.HospitalParameters;

/**
 * A run of the model: one {@link Hospital}, or a {@link Region} of hospitals. {@link Simulation#start} makes
 * the one its parameters describe.
 */
public interface Run {

    /** Adds a listener for days (and stays); listeners are not part of the checkpointed state. */
    void addListener(RunListener listener);

    /** Starts the run and runs its warm-up, so that the next day simulated is day 0. */
    void warmUp();

    /** Runs to the last day of the strategy period, from wherever the run stands. */
    void runToEnd();

    /** The run as it stands after its warm-up, to branch into strategies. */
    Snapshot snapshot();

    /** The summary of the run so far, over its summary window. */
    RunSummary summary();

    /** The parameters of the run. */
    HospitalParameters parameters();
}
