package org.groundswell.experiments.calibration;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well512a;

import org.groundswell.experiments.execution.Seeds;

/**
 * Every random number of a calibration, derived from the file's one seed, the generation and the attempt's
 * index within it, through {@link Seeds#replication} (SplitMix64). An attempt's proposal, its model runs and
 * the measurement noise added to its figures therefore depend on nothing else: not on the thread count, the
 * backend, the order attempts finish in, nor on whether the calibration was interrupted and resumed.
 *
 * <p>Generation g is stream g + 1; the posterior predictive check is stream 0.
 */
final class ParticleSeeds {

    /** The generation number of the posterior predictive check's runs. */
    static final int PREDICTIVE = -1;

    private static final int NOISE = Integer.MAX_VALUE;
    private static final int DRAW = Integer.MAX_VALUE - 1;

    private final long seed;

    ParticleSeeds(long seed) {
        this.seed = seed;
    }

    /** The seed of attempt {@code attempt} of generation {@code generation}. */
    long attempt(int generation, int attempt) {
        return Seeds.replication(Seeds.replication(seed, generation + 1), attempt);
    }

    /** The seed of model run {@code replication} of an attempt: what {@code groundswell run --seed} takes. */
    long run(int generation, int attempt, int replication) {
        return Seeds.replication(attempt(generation, attempt), replication);
    }

    /** The generator an attempt draws its proposal from. */
    RandomGenerator proposal(int generation, int attempt) {
        return new Well512a(Seeds.replication(attempt(generation, attempt), DRAW));
    }

    /** The generator of the measurement noise added to an attempt's figures. */
    RandomGenerator noise(int generation, int attempt) {
        return new Well512a(Seeds.replication(attempt(generation, attempt), NOISE));
    }
}
