package org.groundswell.model.workforce;

import java.io.Serializable;

/**
 * Today's load on each unit's staff, by role, as {@link Staffing} sets it and the wellbeing model reads it:
 * patients per worker above the sustainable load (on a general-unit scale), and overtime shifts per person
 * per week.
 */
public final class Workload implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[][] overload;
    private final double[][] overtimePerWeek;

    public Workload(int units) {
        this.overload = new double[units][Workforce.ROLES.length];
        this.overtimePerWeek = new double[units][Workforce.ROLES.length];
    }

    void set(int u, int r, double overloadToday, double overtimeToday) {
        overload[u][r] = overloadToday;
        overtimePerWeek[u][r] = overtimeToday;
    }

    /** Patients per worker of role {@code r} (its ordinal) on unit {@code u} above the sustainable load today. */
    public double overload(int u, int r) {
        return overload[u][r];
    }

    /** Overtime shifts per week per person of role {@code r} on unit {@code u} today. */
    public double overtimePerWeek(int u, int r) {
        return overtimePerWeek[u][r];
    }
}
