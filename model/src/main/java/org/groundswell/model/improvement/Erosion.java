package org.groundswell.model.improvement;

import org.groundswell.model.kernel.DailyProcess;

/**
 * CHANGE, last: practices that nobody owns or monitors lose compliance day by day ({@link Practice#erode}):
 * a mandated practice slides back once leadership stops watching (Carlson 2008: the cookie cutter's
 * back-sliding). Where a practice stops working, its unit's staff see its problems again and work around them.
 */
public final class Erosion implements DailyProcess {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();

    private final Problems problems;

    public Erosion(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void day(int day) {
        Practices practices = problems.practices();
        for (int u = 0; u < problems.units(); u++) {
            for (ProblemType t : TYPES) {
                Practice p = practices.get(u, t);
                if (p == null || p.monitored(day) || p.owned()) {
                    continue;
                }
                boolean was = practices.working(u, t);
                p.erode();
                if (was != practices.working(u, t)) {
                    problems.refresh(u, t);
                }
            }
        }
    }
}
