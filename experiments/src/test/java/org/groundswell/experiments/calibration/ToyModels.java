package org.groundswell.experiments.calibration;

import java.util.List;
import java.util.function.Function;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/** Cheap models with known behaviour for testing the calibration without the hospital. */
final class ToyModels {

    private ToyModels() {
    }

    /** A simulator that computes {@code model} of each proposal's values at once. */
    static Simulator of(Function<double[], double[]> model) {
        return (proposals, done) -> {
            for (Proposal p : proposals) {
                done.accept(new Simulation(p, model.apply(p.values()), null));
            }
        };
    }

    /** Metrics to stand for a toy model's outputs (only their names are used). */
    static Metric metric(int i) {
        List<String> names = List.of("burnout_rate", "vacancy_rate", "turnover_rate_annual");
        return Metrics.byName(names.get(i)).orElseThrow();
    }
}
