package org.groundswell.model.wellbeing;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.groundswell.model.kernel.Role;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.workforce.Workforce;
import org.groundswell.model.workforce.WorkforceParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Turnover: each employed person quits with a daily hazard from the base annual rate, for a registered nurse
 * {@code intentQuitRatio} times higher while intending to leave, for anyone else {@code burnoutQuitRatio} times
 * higher while burned out; a quit costs its role's turnover cost and leaves a vacancy for hiring to fill.
 * Burnout is held still here (its day is not run), so who is burned out, and which nurses intend to leave, is
 * fixed when a person starts, and each quit is counted against the person-days of its kind: a hazard is quits
 * over the days at risk.
 */
class TurnoverTest {

    /** Seeds of the hazard ratio: each hospital of some 720 positions gives some 70 quits a year of the others. */
    private static final int SEEDS = 20;
    private static final int YEAR = 365;

    private static HospitalParameters withCutoff(long seed, double cutoff) {
        HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
        return p.withWellbeing(p.wellbeing().withExhaustionCutoff(cutoff));
    }

    /** Quits and person-days at risk, of those of the kind {@code raised} (its hazard raised) and of the others. */
    private static final class Tally {
        long raisedQuits;
        long otherQuits;
        long raisedDays;
        long otherDays;
        private final boolean nurses;

        /** @param nurses whether registered nurses (raised: intending to leave) or the other staff (raised: burned out) are counted */
        Tally(boolean nurses) {
            this.nurses = nurses;
        }

        private boolean counted(Workforce staff, int i) {
            return (staff.roleOf(i) == Role.REGISTERED_NURSE) == nurses;
        }

        private boolean raised(WellbeingFixture f, int i) {
            return nurses ? f.burnout.intendsToLeave(i) : f.burnout.burnedOut(i);
        }

        /** A year of hiring and turnover on {@code f}, counted. */
        void year(WellbeingFixture f) {
            Workforce staff = f.workforce;
            int n = staff.positions();
            boolean[] employed = new boolean[n];
            boolean[] raisedToday = new boolean[n];
            for (int day = 0; day < YEAR; day++) {
                f.hiring.day(day);
                for (int i = 0; i < n; i++) {
                    employed[i] = staff.occupied(i) && counted(staff, i);
                    raisedToday[i] = employed[i] && raised(f, i);
                    if (employed[i]) {
                        if (raisedToday[i]) {
                            raisedDays++;
                        } else {
                            otherDays++;
                        }
                    }
                }
                f.turnover.day(day);
                for (int i = 0; i < n; i++) {
                    if (employed[i] && !staff.occupied(i)) {
                        if (raisedToday[i]) {
                            raisedQuits++;
                        } else {
                            otherQuits++;
                        }
                    }
                }
            }
        }
    }

    @Test
    void burnedOutStaffQuitBurnoutQuitRatioTimesAsOftenAsOthers() {
        // Staff other than registered nurses. A cut-off of 0.01 makes nearly everyone burned out, one of 0.99
        // nearly no one: each arm gives one kind of person-day in bulk. Over twenty seeds and a year, some
        // thousands of quits of the burned out and of the others: the log of the ratio of hazards has a Poisson
        // standard error of sqrt(1/q1 + 1/q2) (less, for the arms share their quit draws); the tolerance is
        // three of those.
        Tally tally = new Tally(false);
        for (int seed = 1; seed <= SEEDS; seed++) {
            tally.year(new WellbeingFixture(withCutoff(seed, 0.01)));
            tally.year(new WellbeingFixture(withCutoff(seed, 0.99)));
        }
        WorkforceParameters w = HospitalParameters.communityHospital().workforce();
        double burnedOutHazard = (double) tally.raisedQuits / tally.raisedDays;
        double otherHazard = (double) tally.otherQuits / tally.otherDays;
        double ratio = burnedOutHazard / otherHazard;
        double se = Math.sqrt(1.0 / tally.raisedQuits + 1.0 / tally.otherQuits);
        double expected = w.burnoutQuitRatio();
        System.out.printf("TurnoverTest: hazard ratio %.2f vs burnoutQuitRatio %.2f (x/÷ %.2f at 3 se; %d and %d quits)%n",
                ratio, expected, Math.exp(3 * se), tally.raisedQuits, tally.otherQuits);
        assertEquals(0, Math.log(ratio / expected), 3 * se, "hazard ratio " + ratio + " against " + expected);
        double baseHazard = -Math.log(1 - w.baseAnnualQuitRate()) / YEAR;
        double baseSe = 1 / Math.sqrt(tally.otherQuits);
        System.out.printf("TurnoverTest: others quit at %.3f a year vs the base rate %.3f (+- %.1f%% at 3 se)%n",
                1 - Math.exp(-otherHazard * YEAR), w.baseAnnualQuitRate(), 300 * baseSe);
        assertEquals(0, Math.log(otherHazard / baseHazard), 3 * baseSe, "hazard of those not burned out");
    }

    @Test
    void nursesWhoIntendToLeaveQuitIntentQuitRatioTimesAsOftenAsOthers() {
        // Registered nurses at the default cut-off: some sixth intend to leave. Over twenty seeds and a year,
        // some hundreds of quits of each kind; the tolerance is three Poisson standard errors of the log ratio.
        Tally tally = new Tally(true);
        for (int seed = 1; seed <= SEEDS; seed++) {
            tally.year(new WellbeingFixture(HospitalParameters.communityHospital().withSeed(seed)));
        }
        WorkforceParameters w = HospitalParameters.communityHospital().workforce();
        double intendingHazard = (double) tally.raisedQuits / tally.raisedDays;
        double otherHazard = (double) tally.otherQuits / tally.otherDays;
        double ratio = intendingHazard / otherHazard;
        double se = Math.sqrt(1.0 / tally.raisedQuits + 1.0 / tally.otherQuits);
        System.out.printf("TurnoverTest: nurses intending to leave quit %.2f times as often vs intentQuitRatio %.2f "
                + "(x/÷ %.2f at 3 se; %d and %d quits; %.1f%% of nurse-days intending)%n", ratio,
                w.intentQuitRatio(), Math.exp(3 * se), tally.raisedQuits, tally.otherQuits,
                100.0 * tally.raisedDays / (tally.raisedDays + tally.otherDays));
        assertEquals(0, Math.log(ratio / w.intentQuitRatio()), 3 * se, "hazard ratio " + ratio);
        double baseHazard = -Math.log(1 - w.baseAnnualQuitRate()) / YEAR;
        assertEquals(0, Math.log(otherHazard / baseHazard), 3 / Math.sqrt(tally.otherQuits),
                "hazard of nurses not intending to leave");
    }

    @Test
    void aQuitCostsItsRolesTurnoverCostAndLeavesAVacancyThatHiringFills() {
        for (int seed = 1; seed <= 3; seed++) {
            WellbeingFixture f = new WellbeingFixture(HospitalParameters.communityHospital().withSeed(seed));
            Workforce staff = f.workforce;
            int n = staff.positions();
            double daysToStart = f.parameters.workforce().daysToStart();
            int[] quitOn = new int[n];
            long[] leaver = new long[n];
            Arrays.fill(quitOn, -1);
            boolean[] employed = new boolean[n];
            double expectedCost = 0;
            long quits = 0;
            long refilled = 0;
            // A year with quits, then years of hiring alone, until every vacancy a quit left is filled.
            for (int day = 0; day < 5 * YEAR; day++) {
                for (int i = 0; i < n; i++) {
                    employed[i] = staff.occupied(i);
                }
                f.hiring.day(day);
                for (int i = 0; i < n; i++) {
                    if (!employed[i] && staff.occupied(i) && quitOn[i] >= 0) {
                        assertTrue(day - quitOn[i] >= daysToStart + 1, "position " + i + " refilled " + (day - quitOn[i])
                                + " days after its holder quit, within the start lag");
                        assertTrue(staff.personId(i) != leaver[i], "position " + i + " refilled by its leaver");
                        quitOn[i] = -1;
                        refilled++;
                    }
                    employed[i] = staff.occupied(i);
                }
                if (day >= YEAR) {
                    continue;
                }
                f.turnover.day(day);
                for (int i = 0; i < n; i++) {
                    if (employed[i] && !staff.occupied(i)) {
                        quitOn[i] = day;
                        leaver[i] = staff.personId(i);
                        expectedCost += f.parameters.cost().turnoverCost(staff.roleOf(i));
                        quits++;
                    }
                }
            }
            assertTrue(quits > 50, "too few quits to tell: " + quits);
            assertEquals(quits, f.turnover.quits(), "quits the process counted, seed " + seed);
            assertEquals(quits, f.counters.total(Counter.QUITS), 1e-9, "quits in the day counters, seed " + seed);
            assertEquals(expectedCost, f.ledger.cumulative(CostComponent.TURNOVER), 1e-9 * expectedCost,
                    "turnover cost posted, seed " + seed);
            assertEquals(quits, refilled, "vacancies left by quits and refilled, seed " + seed);
        }
    }
}
