package org.groundswell.model.improvement;

import java.util.Locale;

/**
 * The kinds of broken system, shared across the hospital, so that a fix for one unit's problem is a practice
 * other units with a problem of the same type can adopt. How often each appears and what it does are
 * parameters ({@link ProblemTypeParameters}).
 */
public enum ProblemType {
    HANDOFFS,
    MEDICATION_RECONCILIATION,
    ALARM_RESPONSE,
    DISCHARGE_PLANNING,
    SUPPLIES,
    EQUIPMENT,
    RECORDS_SYSTEM;

    /** Snake-case identifier for outputs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
