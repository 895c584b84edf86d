package org.groundswell.experiments.output;

import java.util.List;
import java.util.Optional;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The outcomes patients and staff feel, as the compare report, its charts and the console put them in front of
 * people beside the {@link Headlines}: patient experience (the HCAHPS top box), falls with injury, pressure
 * injuries and failure to rescue (the nurse-sensitive harms), ED boarding and ambulance diversion (flow, as the
 * emergency department feels it), physician burnout and nurses' intent to leave. Names are looked up in the
 * registry, and one the model does not (yet) report is left out; each is shown by its registry label. Their
 * values are whatever the model reports: a rate whose denominator was empty is NaN, and is shown as "n/a".
 */
public final class FeltOutcomes {

    private static final List<String> NAMES = List.of("patient_experience", "falls_per_1000_pd",
            "pressure_injury_rate", "failure_to_rescue_rate", "ed_boarding_patients", "diversion_hours",
            "physician_burnout_rate", "intent_to_leave_rate");

    /** The heading these outcomes go under, in the report and its charts. */
    public static final String HEADING = "Outcomes patients and staff feel";

    private FeltOutcomes() {
    }

    /** The felt outcomes the model reports, in the order above. */
    public static List<Metric> metrics() {
        return NAMES.stream().map(Metrics::byName).flatMap(Optional::stream).toList();
    }
}
