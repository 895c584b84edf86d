package org.groundswell.experiments.design;

import java.util.Objects;

import org.groundswell.model.metrics.Metric;

/**
 * What a sensitivity analysis explains: one metric under one strategy, or a <em>contrast</em> — the metric
 * under one strategy minus the same metric under another, run by run. The two runs of a contrast share their
 * design point, replication and seed, so they meet the same patients and staff (common random numbers): the
 * difference is the strategy's effect at that point, and the analysis says which parameters decide it, that
 * is, which assumptions decide whether one strategy beats another.
 *
 * <p>In an experiment file, {@code outcomes} lists them:
 * {@snippet lang = yaml :
 * outcomes:
 *   - burnout_rate                                   # under every strategy, one outcome each
 *   - {metric: cost_per_patient_day, strategy: partnership}
 *   - {metric: adverse_events_per_1000_pd, strategy: partnership, minus: top-down}
 * }
 *
 * @param metric   the metric, over the summary window of each run
 * @param strategy the strategy whose runs give it
 * @param minus    the strategy whose runs are subtracted, run by run; empty when the outcome is not a contrast
 */
public record Outcome(Metric metric, String strategy, String minus) {

    public Outcome {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(minus, "minus");
        if (strategy.equals(minus)) {
            throw new IllegalArgumentException("minus = " + minus + ": a strategy other than " + strategy);
        }
    }

    /** The metric under {@code strategy}. */
    public static Outcome of(Metric metric, String strategy) {
        return new Outcome(metric, strategy, "");
    }

    /** The metric under {@code strategy} minus the metric under {@code minus}. */
    public static Outcome contrast(Metric metric, String strategy, String minus) {
        if (minus.isEmpty()) {
            throw new IllegalArgumentException("minus: the strategy to subtract");
        }
        return new Outcome(metric, strategy, minus);
    }

    /** Whether this is the difference between two strategies. */
    public boolean isContrast() {
        return !minus.isEmpty();
    }

    /**
     * How files name the outcome: {@code metric[strategy]}, or {@code metric[strategy - minus]} for a contrast
     * (a space on each side of the minus sign, since strategy ids can hold hyphens).
     */
    public String label() {
        return metric.name() + "[" + strategy + (isContrast() ? " - " + minus : "") + "]";
    }
}
