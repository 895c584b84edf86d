package org.groundswell.model.metrics;

/** The parts of the cost ledger; they add up to the total. */
public enum CostComponent {
    /** Scheduled shifts of the frontline staff. */
    WAGES("wages"),
    /** The overtime shifts (at the overtime multiple). */
    OVERTIME("overtime"),
    /** Agency shifts (at the agency multiple). */
    AGENCY("agency"),
    /** Shifts worked by a collaborative staff bank's staff (at the bank's multiple, below the agency's). */
    BANK("bank"),
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
    /** Falls with injury: the care and days they add. */
    FALLS("falls"),
    /** Hospital-acquired pressure injuries: their treatment and the days they add. */
    PRESSURE_INJURIES("pressure_injuries"),
    /** Boarding: emergency-department care of admitted patients who wait for a bed, beyond a ward day's cost. */
    BOARDING("boarding"),
    /** Ambulance diversion: the contribution margin of the patients taken elsewhere. */
    DIVERSION("diversion"),
    /** Variable cost of patient-days: drugs, supplies, tests, food. */
    PATIENT_DAYS("patient_days"),
    /** Buildings, equipment, IT, staff not modelled. */
    FIXED_OPERATING("fixed_operating"),
    /**
     * The cash cost of change: the shifts paid to cover staff away from care in training and improvement
     * work (the part backfilled, at the overtime multiple), internal consultants, and central programme
     * costs. Hours away that nobody covers cost no cash: they show as less time for care.
     */
    IMPROVEMENT("improvement");

    private final String id;

    CostComponent(String id) {
        this.id = id;
    }

    /** Snake-case name used in outputs. */
    public String id() {
        return id;
    }
}
