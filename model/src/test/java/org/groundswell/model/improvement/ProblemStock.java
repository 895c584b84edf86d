package org.groundswell.model.improvement;

import org.groundswell.model.improvement.Problem.Status;

/**
 * For tests of the processes that act on problems from outside the improvement package (voice, reporting,
 * strain): lays down problems of a given type, reach, severity and status, as {@link ProblemArrivals} would
 * create them and staff would have come to see them, without drawing them.
 */
public final class ProblemStock {

    private ProblemStock() {
    }

    /**
     * Adds to {@code problems} a problem that appeared on day 0 and lasts until a day no run reaches, in status
     * {@code status} on every unit of {@code reach} (scope: one unit, or every unit if {@code reach} holds more).
     */
    public static Problem add(Problems problems, ProblemType type, int[] reach, double severity, Status status) {
        Scope scope = reach.length == 1 ? Scope.UNIT : reach.length == problems.units() ? Scope.SYSTEMIC : Scope.DEPARTMENT;
        Problem p = new Problem(problems.all().size(), type, scope, reach.clone(), severity, 0, Double.MAX_VALUE);
        for (int k = 0; k < reach.length; k++) {
            p.setStatus(k, status);
        }
        problems.add(p);
        return p;
    }
}
