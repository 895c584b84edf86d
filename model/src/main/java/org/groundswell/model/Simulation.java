package org.groundswell.model;

import java.util.List;

import org.groundswell.model.parameters.HospitalParameters;

/**
 * Runs a hospital from its first warm-up day to the end of the strategy period. The entry point for
 * callers that want results rather than a {@link sim.engine.SimState} to drive themselves.
 *
 * {@snippet :
 * RunSummary summary = Simulation.run(HospitalParameters.communityHospital().withSeed(7), false, List.of());
 * double harm = summary.metric("adverse_events_per_1000_pd");
 * }
 */
public final class Simulation {

    private Simulation() {
    }

    /**
     * Runs {@code parameters} to the end.
     *
     * @param parameters     the scenario, seed included
     * @param reportPatients whether listeners receive a record for every ended hospital stay
     * @param listeners      receive each day's metrics (and stays) as the run goes
     * @return the summary over the run's summary window
     */
    public static RunSummary run(HospitalParameters parameters, boolean reportPatients, List<RunListener> listeners) {
        Hospital hospital = new Hospital(parameters, reportPatients);
        listeners.forEach(hospital::addListener);
        hospital.runToEnd();
        return hospital.summary();
    }

    /**
     * Starts a hospital and runs its warm-up, ready to be {@linkplain Hospital#branch branched} into each
     * strategy: warm up once, branch many.
     *
     * {@snippet :
     * Hospital warm = Simulation.warmUp(parameters, false);
     * for (String strategy : strategies) {
     *     Hospital run = warm.branch(strategy);
     *     run.runToEnd();
     *     RunSummary summary = run.summary();
     * }
     * }
     */
    public static Hospital warmUp(HospitalParameters parameters, boolean reportPatients) {
        Hospital hospital = new Hospital(parameters, reportPatients);
        hospital.warmUp();
        return hospital;
    }
}
