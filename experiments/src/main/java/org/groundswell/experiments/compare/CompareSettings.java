package org.groundswell.experiments.compare;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.groundswell.experiments.calibration.PosteriorDraws;
import org.groundswell.experiments.execution.RunIds;
import org.groundswell.experiments.execution.RunSpec;
import org.groundswell.experiments.execution.Seeds;
import org.groundswell.scenarios.Scenario;

/**
 * What a comparison runs: a scenario under several strategies, each in the same replications. Replication r of
 * every strategy has seed {@link Seeds#replication Seeds.replication(seed, r)}, so strategies are compared on
 * the same patients and staff (common random numbers), and the strategies of a replication share one warm-up.
 *
 * @param scenario     the scenario as resolved, overrides and days applied
 * @param strategies   the strategies, the baseline first
 * @param baseline     the strategy the others are compared with
 * @param replications replications of every strategy, at least 1
 * @param seed         the comparison's seed, from which each replication's is derived
 * @param reproduce    the command line that reruns the comparison, for the report
 * @param posterior    the posterior draw each replication runs at ({@code compare --posterior}), or null
 */
public record CompareSettings(Scenario scenario, List<String> strategies, String baseline, int replications,
                              long seed, String reproduce, PosteriorDraws posterior) {

    /** A comparison at the scenario's own parameters. */
    public CompareSettings(Scenario scenario, List<String> strategies, String baseline, int replications, long seed,
                           String reproduce) {
        this(scenario, strategies, baseline, replications, seed, reproduce, null);
    }

    public CompareSettings {
        Objects.requireNonNull(scenario, "scenario");
        strategies = List.copyOf(strategies);
        if (strategies.isEmpty() || !strategies.get(0).equals(baseline)) {
            throw new IllegalArgumentException("the baseline " + baseline + " must be the first strategy of "
                    + strategies);
        }
        if (strategies.stream().distinct().count() != strategies.size()) {
            throw new IllegalArgumentException("a strategy listed twice: " + strategies);
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications = " + replications + ": at least 1");
        }
        if (posterior != null && posterior.particles().length != replications) {
            throw new IllegalArgumentException("a posterior draw per replication: " + posterior.particles().length
                    + " draws, " + replications + " replications");
        }
    }

    /** Runs: strategies × replications. */
    public int runs() {
        return strategies.size() * replications;
    }

    /** Days of the strategy period. */
    public int days() {
        return scenario.parameters().days();
    }

    /** The seed of replication {@code r}. */
    public long seed(int replication) {
        return Seeds.replication(seed, replication);
    }

    /**
     * The runs, replication by replication and, within one, strategy by strategy (the order of
     * {@code runs.csv}): run {@code r · strategies + s} is strategy s in replication r.
     */
    public Iterator<RunSpec> specs() {
        String digest = RunIds.digest(scenario.parameters());
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < runs();
            }

            @Override
            public RunSpec next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int index = next++;
                int r = index / strategies.size();
                String strategy = strategies.get(index % strategies.size());
                List<String> overrides = posterior == null ? List.of() : posterior.settings(r);
                return RunSpec.of(index, 0, scenario.parameters(), digest, overrides, strategy, r, seed(r), true);
            }
        };
    }
}
