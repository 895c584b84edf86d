package org.groundswell.experiments.design;

import java.util.Objects;

import org.groundswell.model.metrics.Metric;

/**
 * What scenario discovery looks for: a rule about two strategies, "{@code strategy} beats {@code beats} on
 * {@code metric}". Its two runs at a design point and replication share their seed (common random numbers),
 * so each replication gives a paired difference, metric under {@code strategy} minus metric under
 * {@code beats}; the rule <em>holds at a point</em> when the mean of those differences over the replications is
 * below zero (above zero for a metric where higher is better).
 *
 * <p>In an experiment file, {@code rules} lists them:
 * {@snippet lang = yaml :
 * rules:
 *   - {metric: adverse_events_per_1000_pd, strategy: top-down, beats: partnership}
 *   - {metric: adoption_fraction, strategy: partnership, beats: none, better: higher}
 * }
 * "Where partnership fails" is a rule the other way round: {@code {strategy: none, beats: partnership}}.
 *
 * @param metric the metric, over the summary window of each run
 * @param strategy the strategy the rule says wins
 * @param beats the strategy it says loses
 * @param higherIsBetter whether a higher value of the metric is the better one ({@code better: higher})
 */
public record Rule(Metric metric, String strategy, String beats, boolean higherIsBetter) {

    public Rule {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(beats, "beats");
        if (strategy.equals(beats)) {
            throw new IllegalArgumentException("beats = " + beats + ": a strategy other than " + strategy);
        }
    }

    /** Whether a paired difference (strategy − beats) says the rule held. */
    public boolean holds(double difference) {
        return higherIsBetter ? difference > 0 : difference < 0;
    }

    /** How files name the rule: {@code metric: strategy beats other}. */
    public String label() {
        return metric.name() + ": " + strategy + " beats " + beats;
    }
}
