package org.groundswell.model.improvement;

/**
 * The kinds of broken system, shared across the hospital, so that a fix for one unit's problem is a practice
 * other units with a problem of the same type can adopt. Weights are relative: how often each type appears,
 * how much its severity adds to harm, and how much staff time it wastes.
 *
 * <p>Source: Tucker et al. 2008 (Health Services Research 43:1807, "Front-line staff perspectives on
 * opportunities for improving the safety and efficiency of hospital work"): of the failures staff named, most
 * concerned equipment and supplies and cost time rather than causing harm; handoffs, medication and alarm
 * response are the classic harm paths (the cardiac monitors of Lazes &amp; Rudden). The weights are assumptions in
 * that order.
 */
public enum ProblemType {
    HANDOFFS(1.0, 1.5, 0.6),
    MEDICATION_RECONCILIATION(0.8, 1.5, 0.6),
    ALARM_RESPONSE(0.5, 2.0, 0.4),
    DISCHARGE_PLANNING(0.8, 0.5, 1.0),
    SUPPLIES(2.0, 0.3, 1.6),
    EQUIPMENT(2.0, 0.8, 1.3),
    RECORDS_SYSTEM(0.9, 0.6, 1.3);

    private final double frequency;
    private final double harmWeight;
    private final double timeWeight;

    ProblemType(double frequency, double harmWeight, double timeWeight) {
        this.frequency = frequency;
        this.harmWeight = harmWeight;
        this.timeWeight = timeWeight;
    }

    /** Relative frequency of new problems of this type. */
    public double frequency() {
        return frequency;
    }

    /** Weight of this type's severity in the harm hazard. */
    public double harmWeight() {
        return harmWeight;
    }

    /** Weight of this type's severity in wasted staff time. */
    public double timeWeight() {
        return timeWeight;
    }

    /** Snake-case identifier for outputs. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
