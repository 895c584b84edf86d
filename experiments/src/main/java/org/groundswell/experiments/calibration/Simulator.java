package org.groundswell.experiments.calibration;

import java.io.IOException;
import java.util.List;

/**
 * Runs the model at each of a batch of parameter sets: on a backend ({@link ModelSimulator}), or in a test a
 * function with a known posterior. Results may arrive in any order but never from two threads at once; the
 * calibration puts them back in order itself.
 */
@FunctionalInterface
public interface Simulator {

    /**
     * Simulates every proposal once (with all its replications) and hands each result to {@code done}.
     *
     * @throws IOException          if {@code done} throws it
     * @throws InterruptedException if interrupted
     */
    void simulate(List<Proposal> proposals, Sink done) throws IOException, InterruptedException;

    /** Where simulations go as they finish. */
    @FunctionalInterface
    interface Sink {

        void accept(Simulation simulation) throws IOException;
    }
}
