package org.groundswell.web;

import java.util.List;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The live charts of the page: the desktop window's (harm, cost, burnout, adoption, relational coordination)
 * and the outcomes beside them. Each names its metric from the model's registry; a metric this version of the
 * model does not report is left out rather than drawn empty.
 */
final class Charts {

    /** A chart: its title, its metric, and whether the page draws a trailing mean of the daily values. */
    record Chart(String title, Metric metric, boolean smoothed) {
    }

    /** Days of the trailing mean of a smoothed chart, as in the desktop window. */
    static final int WINDOW = 30;

    private record Wanted(String title, String metric, boolean smoothed) {
    }

    private static final List<Wanted> WANTED = List.of(
            new Wanted("Harm (adverse events / 1,000 patient-days)", "adverse_events_per_1000_pd", true),
            new Wanted("Cost per patient-day (USD)", "cost_per_patient_day", true),
            new Wanted("Burnout (share of frontline staff)", "burnout_rate", false),
            new Wanted("Adoption of working practices", "adoption_fraction", false),
            new Wanted("Relational coordination (1-5)", "rc_index", false),
            new Wanted("Psychological safety (0-1)", "psych_safety", false),
            new Wanted("30-day mortality (deaths / stay)", "mortality_30d_rate", true),
            new Wanted("Vacancy rate", "vacancy_rate", false),
            new Wanted("Falls / 1,000 patient-days", "falls_per_1000_pd", true),
            new Wanted("Failure to rescue", "failure_to_rescue_rate", true),
            new Wanted("Patient experience (top box)", "patient_experience", true),
            new Wanted("Patients boarding in the ED", "ed_boarding_patients", true));

    private static final List<Chart> AVAILABLE = WANTED.stream()
            .flatMap(w -> Metrics.byName(w.metric()).map(m -> new Chart(w.title(), m, w.smoothed())).stream())
            .toList();

    private Charts() {
    }

    /** The charts whose metrics the model reports, in page order. */
    static List<Chart> available() {
        return AVAILABLE;
    }
}
