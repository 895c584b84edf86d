package org.groundswell.model.metrics;

/** The parts of the cost ledger; they add up to the total. */
public enum CostComponent {
    /** Scheduled shifts of the frontline staff. */
    WAGES("wages"),
    /** The overtime shifts (at the overtime multiple). */
    OVERTIME("overtime"),
    /** Agency shifts (at the agency multiple). */
    AGENCY("agency"),
    /** Physicians. */
    PHYSICIANS("physicians"),
    /** Unit managers and the senior team. */
    MANAGEMENT("management"),
    /** Administrative staff away from the point of care. */
    ADMINISTRATION("administration"),
    /** Replacing staff who quit. */
    TURNOVER("turnover"),
    /** Direct cost of adverse events beyond the care days they add. */
    ADVERSE_EVENTS("adverse_events"),
    /** Variable cost of patient-days: drugs, supplies, tests, food. */
    PATIENT_DAYS("patient_days"),
    /** Buildings, equipment, IT, staff not modelled. */
    FIXED_OPERATING("fixed_operating");

    private final String id;

    CostComponent(String id) {
        this.id = id;
    }

    /** Snake-case name used in outputs. */
    public String id() {
        return id;
    }
}
