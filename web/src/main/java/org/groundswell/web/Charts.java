package org.groundswell.web;

import java.util.List;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The live charts of the page: the desktop window's (harm, cost, burnout, adoption, relational coordination)
 * and the outcomes beside them, then, under a heading of their own, the outcomes patients and staff feel:
 * patient experience, falls with injury, failure to rescue, patients boarding in the emergency department and
 * physician burnout. Each names its metric from the model's registry; a metric this version of the model does
 * not report is left out rather than drawn empty. A metric the model reports but has not counted yet (a rate
 * with nothing to divide by) is sent as null, and the page says so above its chart.
 */
final class Charts {

    /** The heading of the charts of the outcomes patients and staff feel. */
    static final String FELT = "Outcomes patients and staff feel";

    /**
     * A chart: its title, its metric, whether the page draws a trailing mean of the daily values, and the
     * heading it goes under ("" for the first charts, which need none).
     */
    record Chart(String title, Metric metric, boolean smoothed, String group) {
    }

    /** Days of the trailing mean of a smoothed chart, as in the desktop window. */
    static final int WINDOW = 30;

    private record Wanted(String title, String metric, boolean smoothed, String group) {
    }

    private static final List<Wanted> WANTED = List.of(
            new Wanted("Harm (adverse events / 1,000 patient-days)", "adverse_events_per_1000_pd", true, ""),
            new Wanted("Cost per patient-day (USD)", "cost_per_patient_day", true, ""),
            new Wanted("Burnout (share of frontline staff)", "burnout_rate", false, ""),
            new Wanted("Adoption of working practices", "adoption_fraction", false, ""),
            new Wanted("Relational coordination (1-5)", "rc_index", false, ""),
            new Wanted("Psychological safety (0-1)", "psych_safety", false, ""),
            new Wanted("30-day mortality (deaths / stay)", "mortality_30d_rate", true, ""),
            new Wanted("Vacancy rate", "vacancy_rate", false, ""),
            new Wanted("Patient experience (share who would recommend)", "patient_experience", true, FELT),
            new Wanted("Falls with injury / 1,000 patient-days", "falls_per_1000_pd", true, FELT),
            new Wanted("Failure to rescue (deaths / complicated stay)", "failure_to_rescue_rate", true, FELT),
            new Wanted("Patients boarding in the ED", "ed_boarding_patients", true, FELT),
            new Wanted("Physician burnout (share of physicians)", "physician_burnout_rate", false, FELT));

    private static final List<Chart> AVAILABLE = WANTED.stream()
            .flatMap(w -> Metrics.byName(w.metric()).map(m -> new Chart(w.title(), m, w.smoothed(), w.group()))
                    .stream())
            .toList();

    private Charts() {
    }

    /** The charts whose metrics the model reports, in page order. */
    static List<Chart> available() {
        return AVAILABLE;
    }
}
