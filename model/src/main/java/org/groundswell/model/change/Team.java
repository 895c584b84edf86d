package org.groundswell.model.change;

import java.io.Serializable;

import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.ProblemType;

/**
 * An improvement team: a unit-based team on a problem type (adapting another unit's practice when
 * {@code source} is that unit), or a Study Action Team on one systemic problem ({@code unit} -1). Its members
 * are network nodes; {@code progress} counts the days of work released to it in its current cycle.
 */
final class Team implements Serializable {

    private static final long serialVersionUID = 1L;

    final int unit;
    final ProblemType type;
    final Problem problem;
    final int source;
    final double sourceFit;
    final int[] staff;
    final int[] staffUnits;
    final int[] people;
    final boolean physician;
    final boolean consultant;
    double progress;
    /** Who held each of {@link #staff} when the team formed (for telling who has since left). */
    long[] memberIds;
    /** The day the team's current cycle began. */
    int cycleStart;

    Team(int unit, ProblemType type, Problem problem, int source, double sourceFit, int[] staff, int[] staffUnits,
         int[] people, boolean physician, boolean consultant) {
        this.unit = unit;
        this.type = type;
        this.problem = problem;
        this.source = source;
        this.sourceFit = sourceFit;
        this.staff = staff;
        this.staffUnits = staffUnits;
        this.people = people;
        this.physician = physician;
        this.consultant = consultant;
    }

    /** The share of its staff members who have left their positions since it formed. */
    double lostShare(ChangeContext context) {
        if (memberIds == null || staff.length == 0) {
            return 0;
        }
        int lost = 0;
        for (int m = 0; m < staff.length; m++) {
            lost += context.person(staff[m]) != memberIds[m] ? 1 : 0;
        }
        return (double) lost / staff.length;
    }

    /** Notes who its members are and that its first cycle begins on {@code day}. */
    Team begin(ChangeContext context, int day) {
        memberIds = new long[staff.length];
        for (int m = 0; m < staff.length; m++) {
            memberIds[m] = context.person(staff[m]);
        }
        cycleStart = day;
        return this;
    }

    /** Whether the team adapts another unit's practice rather than designing its own. */
    boolean adapting() {
        return source >= 0;
    }
}
