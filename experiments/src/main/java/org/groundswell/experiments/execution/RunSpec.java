package org.groundswell.experiments.execution;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * One run an experiment asks for: which scenario, with which overrides, under which strategy, in which
 * replication with which seed. A spec is small and immutable; its parameters are resolved only when it runs
 * ({@link #parameters()}), on whichever thread or machine runs it, so that a sweep of a million runs can be
 * planned without holding a million parameter sets.
 *
 * @param index       the run's position in the experiment's design order (0, 1, 2, …): the order outputs are
 *                    written in when order matters
 * @param runId       {@link RunIds#of its id}, a hash of what it computes
 * @param point       the design point it belongs to (0 in a comparison, which has one)
 * @param strategy    the change strategy of its strategy period
 * @param replication its replication, from 0
 * @param seed        its seed ({@link Seeds#replication})
 * @param scenario    the resolved scenario the overrides apply to (shared by every spec of an experiment)
 * @param overrides   {@code PATH=VALUE} settings of this run's design point, applied in order; empty in a
 *                    comparison
 * @param recordDays  whether the result should carry the daily values of the strategy period
 */
public record RunSpec(int index, String runId, int point, String strategy, int replication, long seed,
                      HospitalParameters scenario, List<String> overrides, boolean recordDays)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunSpec {
        if (index < 0 || point < 0 || replication < 0 || seed < 0) {
            throw new IllegalArgumentException("index, point, replication and seed must not be negative");
        }
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(scenario, "scenario");
        overrides = List.copyOf(overrides);
    }

    /**
     * A spec with its id computed.
     *
     * @param index          position in design order
     * @param point          design point
     * @param scenario       resolved scenario the overrides apply to
     * @param scenarioDigest {@link RunIds#digest} of {@code scenario}, computed once by the caller
     * @param overrides      the point's {@code PATH=VALUE} settings
     * @param strategy       strategy id
     * @param replication    replication
     * @param seed           seed
     * @param recordDays     whether to keep the daily values
     * @return the spec
     */
    public static RunSpec of(int index, int point, HospitalParameters scenario, String scenarioDigest,
                             List<String> overrides, String strategy, int replication, long seed,
                             boolean recordDays) {
        return new RunSpec(index, RunIds.of(scenarioDigest, overrides, strategy, replication, seed), point,
                strategy, replication, seed, scenario, overrides, recordDays);
    }

    /**
     * The parameters this run runs with: the scenario, the overrides, then the seed and the strategy.
     *
     * @throws ScenarioException if the overrides do not fit together (each was checked alone when the
     *                           experiment was read; a combination can still break a rule between fields)
     */
    public HospitalParameters parameters() throws ScenarioException {
        HospitalParameters p = overrides.isEmpty() ? scenario : ScenarioLoader.override(scenario, overrides);
        return p.withSeed(seed).withStrategy(strategy);
    }

    /**
     * Whether this run and {@code other} differ at most in their strategy, so that both can start from one
     * warmed-up hospital: the warm-up runs before any strategy acts.
     */
    public boolean sharesWarmUpWith(RunSpec other) {
        return seed == other.seed && replication == other.replication && overrides.equals(other.overrides)
                && (scenario == other.scenario || scenario.equals(other.scenario));
    }
}
