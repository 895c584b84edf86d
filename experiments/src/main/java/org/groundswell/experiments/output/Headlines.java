package org.groundswell.experiments.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The metrics a comparison or sweep puts in front of people — in report tables, charts and the console —
 * when it is not told which: harm, death, length of stay, burnout, turnover, vacancy, cost, relational
 * coordination, psychological safety and, once the change strategies report it, adoption; each with a short
 * label. Names are looked up in the registry, and one the model does not (yet) report is left out. Files
 * always hold every metric.
 */
public final class Headlines {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("adverse_events_per_1000_pd", "Adverse events");
        LABELS.put("mortality_30d_rate", "30-day mortality");
        LABELS.put("mean_los_days", "Length of stay");
        LABELS.put("burnout_rate", "Burnout, frontline staff");
        LABELS.put("turnover_rate_annual", "Staff turnover");
        LABELS.put("vacancy_rate", "Vacancy");
        LABELS.put("cost_per_patient_day", "Cost per patient-day");
        LABELS.put("rc_index", "Relational coordination");
        LABELS.put("psych_safety", "Psychological safety");
        LABELS.put("adoption_fraction", "Adoption of working practices");
    }

    private Headlines() {
    }

    /** The headline metrics the model reports, in the order above. */
    public static List<Metric> metrics() {
        return LABELS.keySet().stream().map(Metrics::byName).flatMap(Optional::stream).toList();
    }

    /** A short label for people: the headline label, or the metric's name for other metrics. */
    public static String label(Metric metric) {
        return LABELS.getOrDefault(metric.name(), metric.name());
    }
}
