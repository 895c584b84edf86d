package org.groundswell.experiments.calibration;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a calibration keeps every simulation as it finishes, so that one interrupted can go on: a
 * {@link ParticlesFile} on disk, or nothing in a test. On resume, the calibration replays itself from the
 * start; every proposal whose simulation is already kept is not run again.
 */
public interface Journal {

    /** A journal that keeps nothing. */
    Journal NONE = new Journal() {
        @Override
        public Optional<Simulation> find(Proposal proposal) {
            return Optional.empty();
        }

        @Override
        public void record(Simulation simulation, double distance) {
        }
    };

    /**
     * The kept simulation of {@code proposal}, if any.
     *
     * @throws IOException if one is kept for the same attempt at other values: the calibration changed
     */
    Optional<Simulation> find(Proposal proposal) throws IOException;

    /** Keeps one finished simulation and its distance. */
    void record(Simulation simulation, double distance) throws IOException;
}
