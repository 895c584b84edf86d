package org.groundswell.model.parameters;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The interventions a scenario can schedule on its timeline, under any strategy. Each acts from its start
 * day to the end of the run; its effect sizes are in {@link InterventionParameters}.
 */
public enum InterventionType {
    /**
     * Hire to plan: vacancies are filled faster and agency covers more of the gap meanwhile (the caveat of
     * Carlson 2008).
     */
    STAFFING_STABILIZATION("staffing-stabilization",
            "hire to plan: vacancies filled faster, and agency covers more of the gap meanwhile"),
    /**
     * A collaborative staff bank shared by a region's hospitals works part of the agency shifts, for less (NHS
     * Professionals 2022).
     */
    STAFF_BANK("staff-bank", "a collaborative staff bank works part of the shifts agency would fill, at a lower cost"),
    /** Daily huddles: more frequent and timely communication on every unit, and safety; they take minutes of each shift. */
    HUDDLES("huddles", "daily huddles: frequent and timely communication and safety rise; each takes minutes of a shift"),
    /** Relational interventions (RC survey feedback, safe spaces): respect and shared goals, and safety; hours of sessions. */
    RELATIONAL("relational",
            "RC survey feedback and safe spaces: respect, shared goals and safety rise; sessions take hours"),
    /** Boundary spanners: more people with ties to every unit. */
    BOUNDARY_SPANNERS("boundary-spanners", "boundary spanners added: new cross-unit ties"),
    /** Shared protocols and cross-training: accurate communication and shared knowledge on every tie. */
    SHARED_PROTOCOLS("shared-protocols", "shared protocols and cross-training: accuracy and shared knowledge rise"),
    /** Shared information systems: timely and accurate communication across units. */
    SHARED_INFORMATION("shared-information",
            "shared information systems: timely and accurate communication across units rise"),
    /**
     * Coproduction: bedside shift report, family presence and teach-back, so that patients and families take
     * part in coordinating their care (Gittell 2009, ch. 3); minutes of each shift.
     */
    COPRODUCTION("coproduction",
            "bedside shift report, family presence and teach-back: patients and families take part in their care");

    private final String id;
    private final String description;

    InterventionType(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The id a scenario names it by. */
    public String id() {
        return id;
    }

    /** What it does, in one line. */
    public String description() {
        return description;
    }

    /** The intervention called {@code id}, if there is one. */
    public static Optional<InterventionType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(InterventionType::id).toList();
    }
}
