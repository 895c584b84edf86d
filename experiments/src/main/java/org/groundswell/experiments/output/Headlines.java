package org.groundswell.experiments.output;

import java.util.List;
import java.util.Optional;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The metrics a comparison or sweep puts in front of people — in report tables, charts and the console —
 * when it is not told which: harm, death, length of stay, burnout, turnover, vacancy, cost, relational
 * coordination, psychological safety and, once the change strategies report it, adoption. Names are looked up
 * in the registry, and one the model does not (yet) report is left out; each is shown by its registry label.
 * Files always hold every metric.
 */
public final class Headlines {

    private static final List<String> NAMES = List.of("adverse_events_per_1000_pd", "mortality_30d_rate",
            "mean_los_days", "burnout_rate", "turnover_rate_annual", "vacancy_rate", "cost_per_patient_day",
            "rc_index", "psych_safety", "adoption_fraction");

    private Headlines() {
    }

    /** The headline metrics the model reports, in the order above. */
    public static List<Metric> metrics() {
        return NAMES.stream().map(Metrics::byName).flatMap(Optional::stream).toList();
    }

    /** A short label for people, from the registry ({@link Metric#label()}). */
    public static String label(Metric metric) {
        return metric.label();
    }
}
