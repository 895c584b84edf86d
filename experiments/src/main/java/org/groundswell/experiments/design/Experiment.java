package org.groundswell.experiments.design;

import java.util.List;
import java.util.Objects;

import org.groundswell.model.metrics.Metric;
import org.groundswell.scenarios.Scenario;

/**
 * A sweep as an experiment file describes it, validated: which scenario, which strategies, how many
 * replications from which seed, which parameters vary over what, how the points are chosen, which metrics to
 * chart, and which analysis to do: a sensitivity analysis of which outcomes, or scenario discovery of which
 * rules. Read one with {@link ExperimentLoader}; the
 * file format is described in {@code docs/experiments.md}.
 *
 * @param source       the file as the user gave it
 * @param name         the experiment's name (the file name without extension if it gives none)
 * @param description  what it asks, in plain words ("" if none)
 * @param scenario     the scenario, resolved, with the experiment's {@code days} applied
 * @param strategies   strategy ids, at least one, each run at every point
 * @param replications replications per point and strategy
 * @param seed         the experiment's seed: of the replications and of random designs
 * @param parameters   the swept parameters, in the file's order
 * @param design       how the points are chosen
 * @param metrics      the metrics to chart
 * @param analysis     the sensitivity analysis done once the runs are in ({@link Analysis#NONE} for none)
 * @param outcomes     what a sensitivity analysis explains, in the file's order; empty without one
 * @param rules        what scenario discovery looks for, in the file's order; empty without it
 * @param objective    the weighted objective of robust choice; {@link Objective#NONE} if the file gives none
 */
public record Experiment(String source, String name, String description, Scenario scenario,
                         List<String> strategies, int replications, long seed, List<SweptParameter> parameters,
                         Design design, List<Metric> metrics, Analysis analysis, List<Outcome> outcomes,
                         List<Rule> rules, Objective objective) {

    /** An experiment without scenario discovery. */
    public Experiment(String source, String name, String description, Scenario scenario, List<String> strategies,
                      int replications, long seed, List<SweptParameter> parameters, Design design,
                      List<Metric> metrics, Analysis analysis, List<Outcome> outcomes) {
        this(source, name, description, scenario, strategies, replications, seed, parameters, design, metrics,
                analysis, outcomes, List.of(), Objective.NONE);
    }

    public Experiment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(analysis, "analysis");
        strategies = List.copyOf(strategies);
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
        outcomes = List.copyOf(outcomes);
        rules = List.copyOf(rules);
        Objects.requireNonNull(objective, "objective");
        for (Rule r : rules) {
            if (!strategies.contains(r.strategy()) || !strategies.contains(r.beats())) {
                throw new IllegalArgumentException("rule " + r.label() + ": its strategies must be among " + strategies);
            }
        }
        for (Outcome o : outcomes) {
            if (!strategies.contains(o.strategy()) || o.isContrast() && !strategies.contains(o.minus())) {
                throw new IllegalArgumentException("outcome " + o.label() + ": its strategies must be among "
                        + strategies);
            }
        }
    }
}
