package org.groundswell.experiments.design;

import java.util.List;
import java.util.Objects;

import org.groundswell.model.metrics.Metric;

/**
 * A weighted objective for robust choice: the sum of each metric times its weight, where more is better. A
 * harm or a cost gets a negative weight; the weights say how many units of one metric are worth one of another.
 * In an experiment file:
 * {@snippet lang = yaml :
 * objective: {adverse_events_per_1000_pd: -1, burnout_rate: -100, period_cost: -0.000001}
 * }
 * says that 0.01 of burnout (one point of the rate) and a million of cost each weigh as much as one adverse
 * event per 1,000 patient-days.
 *
 * @param terms the metrics and their weights, in the file's order; empty for none
 */
public record Objective(List<Term> terms) {

    /** No objective. */
    public static final Objective NONE = new Objective(List.of());

    /**
     * One metric of the objective.
     *
     * @param metric the metric
     * @param weight its weight, finite and not 0: negative when less is better
     */
    public record Term(Metric metric, double weight) {

        public Term {
            Objects.requireNonNull(metric, "metric");
            if (!Double.isFinite(weight) || weight == 0) {
                throw new IllegalArgumentException(metric.name() + " = " + weight + ": a weight, finite and not 0");
            }
        }
    }

    public Objective {
        terms = List.copyOf(terms);
    }

    /** Whether there is one. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The objective's value for the metrics' values, in the order of the terms. */
    public double value(double[] metrics) {
        double sum = 0;
        for (int i = 0; i < terms.size(); i++) {
            sum += terms.get(i).weight() * metrics[i];
        }
        return sum;
    }
}
