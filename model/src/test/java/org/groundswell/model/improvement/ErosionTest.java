package org.groundswell.model.improvement;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.parameters.ChangeParameters;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Erosion: each day a practice that nobody on its unit owns and nobody monitors keeps {@code exp(-1 / decayDays)}
 * of its compliance; once its effect (fit × compliance) falls below the working fit it stops working, and the
 * unit's staff see again the problems of its type that it handled there, and work around them. An owned
 * practice holds, and a monitored one holds until its deadline. Every unit of the default hospital carries, for
 * one type, problems the practice handles (worked around and raised before it came), one fixed by a manager's
 * own fix, and problems of other types; each unit's practice has another fit, so the day it stops working
 * differs from unit to unit: {@code floor(decayDays ln(fit / workingFit)) + 1} erosion days.
 */
class ErosionTest {

    private static final HospitalParameters P = HospitalParameters.communityHospital();
    private static final ChangeParameters CHANGE = P.change();
    private static final int UNITS = P.units().size();
    private static final ProblemType TYPE = ProblemType.ALARM_RESPONSE;
    private static final ProblemType OTHER = ProblemType.SUPPLIES;
    private static final double DECAY_DAYS = P.topDown().complianceDecayDays();

    /** The problems of one hospital, and on each unit the ones its practice of {@link #TYPE} handles. */
    private record Hospital(Problems problems, List<List<Problem>> handled, List<Problem> managerFixed, List<Problem> others) {

        static Hospital build() {
            Problems problems = new Problems(P.problemTypes(), UNITS, 1, new Practices(UNITS, CHANGE.workingFit(),
                    CHANGE.systemicReach()));
            List<List<Problem>> handled = new ArrayList<>();
            List<Problem> managerFixed = new ArrayList<>();
            List<Problem> others = new ArrayList<>();
            long id = 0;
            for (int u = 0; u < UNITS; u++) {
                List<Problem> mine = new ArrayList<>();
                for (Status s : new Status[] {Status.WORKAROUND, Status.WORKAROUND, Status.RAISED}) {
                    mine.add(add(problems, id++, TYPE, u, s));
                }
                handled.add(mine);
                Problem fixed = add(problems, id++, TYPE, u, Status.RAISED);
                problems.fix(fixed, 0, 0.5);
                managerFixed.add(fixed);
                others.add(add(problems, id++, OTHER, u, Status.WORKAROUND));
            }
            return new Hospital(problems, handled, managerFixed, others);
        }

        private static Problem add(Problems problems, long id, ProblemType type, int u, Status status) {
            Problem p = new Problem(id, type, Scope.UNIT, new int[] {u}, 0.4, -100, 1e9);
            p.setStatus(0, status);
            problems.add(p);
            return p;
        }

        /** Whether unit {@code u}'s staff work around every problem its practice handled, or see each fixed. */
        boolean handledAre(int u, Status status) {
            return handled.get(u).stream().allMatch(p -> p.status(0) == status);
        }

        void assertUntouched(String when) {
            for (int u = 0; u < UNITS; u++) {
                assertEquals(Status.FIXED, managerFixed.get(u).status(0), "a manager's fix was undone " + when);
                assertEquals(Status.WORKAROUND, others.get(u).status(0), "a problem of another type moved " + when);
            }
        }
    }

    /** Fits from just above the working fit to 1, one per unit. */
    private static double fit(int u) {
        return CHANGE.workingFit() * Math.pow(1 / CHANGE.workingFit(), (u + 1.0) / UNITS);
    }

    private static Practice central(int u, double compliance) {
        return new Practice(u, TYPE, Designer.CENTRAL, fit(u), compliance, 0, -1, DECAY_DAYS);
    }

    @Test
    void anUnownedUnmonitoredPracticeErodesDayByDayThenItsProblemsAreWorkedAroundAgain() {
        Hospital hospital = Hospital.build();
        Practice[] practices = new Practice[UNITS];
        for (int u = 0; u < UNITS; u++) {
            practices[u] = central(u, 1);
            hospital.problems().adopt(practices[u]);
            assertTrue(hospital.handledAre(u, Status.FIXED), "a working practice left problems worked around on unit " + u);
        }
        Erosion erosion = new Erosion(hospital.problems());
        int[] stopped = new int[UNITS];
        double[] severity = new double[UNITS];
        int horizon = (int) (2 * DECAY_DAYS * Math.log(1 / CHANGE.workingFit()));
        for (int day = 1; day <= horizon; day++) {
            erosion.day(day);
            for (int u = 0; u < UNITS; u++) {
                String where = "unit " + u + ", day " + day;
                assertEquals(Math.exp(-day / DECAY_DAYS), practices[u].compliance(), 1e-12, "compliance on " + where);
                Problem p = hospital.handled().get(u).get(0);
                double effective = hospital.problems().effective(p, 0);
                assertTrue(effective > severity[u], "the practice's problems did not grow worse day by day on " + where);
                severity[u] = effective;
                boolean working = hospital.problems().practices().working(u, TYPE);
                if (!working && stopped[u] == 0) {
                    stopped[u] = day;
                }
                assertTrue(hospital.handledAre(u, working ? Status.FIXED : Status.WORKAROUND),
                        "the staff's view of the practice's problems on " + where + " (working " + working + ")");
            }
            hospital.assertUntouched("on day " + day);
        }
        for (int u = 0; u < UNITS; u++) {
            int expected = (int) Math.floor(DECAY_DAYS * Math.log(fit(u) / CHANGE.workingFit())) + 1;
            assertEquals(expected, stopped[u], "the day unit " + u + "'s practice (fit " + fit(u) + ") stopped working");
        }
        System.out.printf("ErosionTest: decayDays %.0f: practices of fit %.2f to %.2f stopped working after %d to %d days%n",
                DECAY_DAYS, fit(0), fit(UNITS - 1), stopped[0], stopped[UNITS - 1]);
    }

    @Test
    void anOwnedPracticeDoesNotErode() {
        for (Designer designer : new Designer[] {Designer.UNIT, Designer.ADAPTED}) {
            Hospital hospital = Hospital.build();
            Practice[] practices = new Practice[UNITS];
            for (int u = 0; u < UNITS; u++) {
                practices[u] = new Practice(u, TYPE, designer, fit(u), 1, 0, u, DECAY_DAYS);
                hospital.problems().adopt(practices[u]);
            }
            Erosion erosion = new Erosion(hospital.problems());
            for (int day = 1; day <= 5 * DECAY_DAYS; day++) {
                erosion.day(day);
            }
            for (int u = 0; u < UNITS; u++) {
                assertEquals(1, practices[u].compliance(), 0.0, designer + " practice's compliance on unit " + u);
                assertTrue(hospital.handledAre(u, Status.FIXED), designer + " practice's problems are worked around on unit " + u);
            }
            hospital.assertUntouched("under an owned practice");
        }
    }

    @Test
    void aMonitoredPracticeHoldsUntilItsDeadlineAndErodesFromTheDayAfter() {
        Hospital hospital = Hospital.build();
        double level = P.topDown().monitoredCompliance();
        int[] deadline = new int[UNITS];
        Practice[] practices = new Practice[UNITS];
        for (int u = 0; u < UNITS; u++) {
            deadline[u] = 30 * (u + 1);
            practices[u] = central(u, 0);
            practices[u].monitor(deadline[u], level);
            hospital.problems().adopt(practices[u]);
        }
        Erosion erosion = new Erosion(hospital.problems());
        int horizon = 30 * UNITS + (int) (DECAY_DAYS * Math.log(1 / CHANGE.workingFit())) + 1;
        int[] stopped = new int[UNITS];
        for (int day = 1; day <= horizon; day++) {
            erosion.day(day);
            for (int u = 0; u < UNITS; u++) {
                double expected = level * Math.exp(-Math.max(0, day - deadline[u]) / DECAY_DAYS);
                assertEquals(expected, practices[u].compliance(), 1e-12, "compliance on unit " + u + ", day " + day);
                boolean working = hospital.problems().practices().working(u, TYPE);
                if (stopped[u] == 0 && !working) {
                    stopped[u] = day;
                }
                assertTrue(hospital.handledAre(u, working ? Status.FIXED : Status.WORKAROUND),
                        "the staff's view of the practice's problems on unit " + u + ", day " + day);
            }
        }
        for (int u = 0; u < UNITS; u++) {
            int expected = deadline[u] + (int) Math.floor(DECAY_DAYS * Math.log(fit(u) * level / CHANGE.workingFit())) + 1;
            assertEquals(expected, stopped[u], "the day unit " + u + "'s monitored practice stopped working");
        }
        hospital.assertUntouched("after monitoring");
    }
}
