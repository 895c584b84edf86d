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

    /** Whether the team adapts another unit's practice rather than designing its own. */
    boolean adapting() {
        return source >= 0;
    }
}
