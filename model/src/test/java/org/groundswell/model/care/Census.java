package org.groundswell.model.care;

/**
 * For tests of the processes that read a unit's census (staffing, and through it wellbeing): sets the
 * midnight count that {@link Ward#countCensus()} would, without patients.
 */
public final class Census {

    private Census() {
    }

    /** Unit {@code unit} holds {@code patients} patients at today's count. */
    public static void set(UnitState unit, int patients) {
        if (patients < 0) {
            throw new IllegalArgumentException("a census must be at least 0: " + patients);
        }
        unit.census = patients;
    }
}
