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
        Run run = start(parameters, reportPatients);
        listeners.forEach(run::addListener);
        run.runToEnd();
        return run.summary();
    }

    /**
     * The run {@code parameters} describe, not yet started: a {@link Region} if they list member hospitals
     * ({@code region.hospitals}), otherwise a {@link Hospital}.
     *
     * @param reportPatients whether listeners receive a record for every ended hospital stay
     */
    public static Run start(HospitalParameters parameters, boolean reportPatients) {
        return parameters.region().hasHospitals() ? new Region(parameters, reportPatients)
                : new Hospital(parameters, reportPatients);
    }

    /**
     * The names of the units a run of {@code parameters} reports on, in the order of its records' unit values:
     * a hospital's units, or a region's members' units one member after another, each named
     * {@code hospital/unit}.
     */
    public static List<String> unitNames(HospitalParameters parameters) {
        if (!parameters.region().hasHospitals()) {
            return parameters.units().stream().map(u -> u.name()).toList();
        }
        List<String> names = new java.util.ArrayList<>();
        for (var member : parameters.region().hospitals()) {
            for (var unit : member.parameters().units()) {
                names.add(RegionTally.unitName(member.name(), unit.name()));
            }
        }
        return List.copyOf(names);
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
