package org.groundswell.experiments.calibration;

/**
 * What the model gave for one {@link Proposal}: each target metric's mean over the attempt's replications,
 * in the order of the targets; or, if a run failed, its error.
 *
 * @param proposal  what was simulated
 * @param simulated each target's simulated value; empty if the simulation failed
 * @param error     the first failed run's error, on one line, or null
 */
public record Simulation(Proposal proposal, double[] simulated, String error) {

    public Simulation {
        simulated = simulated.clone();
    }

    @Override
    public double[] simulated() {
        return simulated.clone();
    }

    /** A simulation that failed. */
    static Simulation failed(Proposal proposal, String error) {
        return new Simulation(proposal, new double[0], error);
    }

    boolean failed() {
        return error != null;
    }
}
