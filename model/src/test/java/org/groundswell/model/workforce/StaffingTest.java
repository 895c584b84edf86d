package org.groundswell.model.workforce;

import org.junit.jupiter.api.Test;

import org.groundswell.model.kernel.Role;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.Counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staffing meets a unit's census with its own staff, then overtime up to a cap, then agency (or bank) staff for
 * part of the rest. A day's staffing is a function of who is employed and the census, so each comparison is
 * paired: the same staff (the default hospital's, with its initial vacancies, in each of five seeds) on the same
 * day, under two censuses or two ways of filling the gap; it must hold on every unit in every seed.
 */
class StaffingTest {

    private static final int SEEDS = 5;
    private static final int NURSE = Role.REGISTERED_NURSE.ordinal();

    /** One unit's day of staffing, as the counters and the unit's conditions show it. */
    private record Day(double scheduled, double overtime, double agency, double bank, double unfilled,
                       double nursesOnDuty, double patientsPerNurse, double nurseOverload) {

        double extra() {
            return overtime + agency + bank;
        }

        double covered() {
            return scheduled + overtime + agency + bank;
        }
    }

    /** Staffs fixture {@code f}'s units for one day at {@code multiple} times their budgeted census. */
    private static Day[] staff(WorkforceFixture f, double multiple) {
        f.counters.clear();
        f.census(multiple);
        f.staffing.day(0);
        Day[] days = new Day[f.units.length];
        for (int u = 0; u < days.length; u++) {
            days[u] = new Day(f.counters.get(Counter.SCHEDULED_SHIFTS, u), f.counters.get(Counter.OVERTIME_SHIFTS, u),
                    f.counters.get(Counter.AGENCY_SHIFTS, u), f.counters.get(Counter.BANK_SHIFTS, u),
                    f.counters.get(Counter.UNFILLED_SHIFTS, u), f.counters.get(Counter.NURSES_ON_DUTY, u),
                    f.units[u].patientsPerNurse(), f.workload.overload(u, NURSE));
        }
        return days;
    }

    @Test
    void aUnitWithMorePatientsThanItsStaffWorksMoreOvertimeAndAgencyAndHasMorePatientsPerNurse() {
        double extraAtPlan = 0;
        double extraAbove = 0;
        double ppnAtPlan = 0;
        double ppnAbove = 0;
        int n = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            WorkforceFixture f = WorkforceFixture.of(seed);
            Day[] plan = staff(f, 1.0);
            Day[] above = staff(f, 1.4);
            for (int u = 0; u < plan.length; u++) {
                String where = f.units[u].parameters().name() + ", seed " + seed;
                assertEquals(plan[u].scheduled(), above[u].scheduled(), 1e-9, "the unit's own staff changed: " + where);
                assertTrue(above[u].extra() > plan[u].extra(), "no more overtime and agency shifts on " + where);
                assertTrue(above[u].patientsPerNurse() > plan[u].patientsPerNurse(), "no more patients per nurse on " + where);
                assertTrue(above[u].nurseOverload() > plan[u].nurseOverload(), "no more nurse overload on " + where);
                extraAtPlan += plan[u].extra() / plan[u].covered();
                extraAbove += above[u].extra() / above[u].covered();
                ppnAtPlan += plan[u].patientsPerNurse();
                ppnAbove += above[u].patientsPerNurse();
                n++;
            }
        }
        System.out.printf("StaffingTest: census x1.0 -> x1.4: overtime and agency %.1f%% -> %.1f%% of shifts worked, "
                + "patients per nurse %.2f -> %.2f (means over %d units)%n", 100 * extraAtPlan / n,
                100 * extraAbove / n, ppnAtPlan / n, ppnAbove / n, n);
    }

    @Test
    void aStaffBankMovesAgencyShiftsToTheBankAtTheSameCoverage() {
        double fillShare = 0.4;
        double agencyCost = 0;
        double bankedCost = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            WorkforceFixture agencyOnly = WorkforceFixture.of(seed);
            WorkforceFixture banked = WorkforceFixture.of(seed);
            banked.staffing.openBank(fillShare, 1.2);
            Day[] a = staff(agencyOnly, 1.4);
            Day[] b = staff(banked, 1.4);
            for (int u = 0; u < a.length; u++) {
                String where = agencyOnly.units[u].parameters().name() + ", seed " + seed;
                assertTrue(a[u].agency() > 0, "no agency shifts to move on " + where);
                assertEquals(fillShare * a[u].agency(), b[u].bank(), 1e-9 * a[u].agency(), "bank shifts on " + where);
                assertEquals((1 - fillShare) * a[u].agency(), b[u].agency(), 1e-9 * a[u].agency(), "agency shifts on " + where);
                assertEquals(a[u].covered(), b[u].covered(), 1e-9 * a[u].covered(), "shifts worked on " + where);
                assertEquals(a[u].unfilled(), b[u].unfilled(), 1e-9 * a[u].covered(), "shifts unfilled on " + where);
                assertEquals(a[u].patientsPerNurse(), b[u].patientsPerNurse(), 1e-9, "patients per nurse on " + where);
            }
            assertEquals(0, agencyOnly.ledger.cumulative(CostComponent.BANK), "bank cost without a bank");
            assertTrue(banked.ledger.cumulative(CostComponent.AGENCY) < agencyOnly.ledger.cumulative(CostComponent.AGENCY),
                    "agency cost did not fall with a bank, seed " + seed);
            agencyCost += agencyOnly.ledger.cumulative(CostComponent.AGENCY);
            bankedCost += banked.ledger.cumulative(CostComponent.AGENCY);
        }
        System.out.printf("StaffingTest: a bank filling %.0f%% of agency's shifts cut agency cost by %.1f%%%n",
                100 * fillShare, 100 * (1 - bankedCost / agencyCost));
    }

    @Test
    void stabilizationCoverLeavesFewerShiftsUnfilled() {
        for (int seed = 1; seed <= SEEDS; seed++) {
            WorkforceFixture usual = WorkforceFixture.of(seed);
            WorkforceFixture covered = WorkforceFixture.of(seed);
            double cover = 0.9;
            covered.staffing.coverGaps(cover);
            Day[] a = staff(usual, 1.4);
            Day[] b = staff(covered, 1.4);
            for (int u = 0; u < a.length; u++) {
                String where = usual.units[u].parameters().name() + ", seed " + seed;
                // Agency fills agencyFillShare of the gap after overtime, or at least the stabilization cover.
                double gap = a[u].agency() + a[u].unfilled();
                double share = usual.parameters.staffing().agencyFillShare();
                assertEquals(gap, b[u].agency() + b[u].unfilled(), 1e-9 * gap, "gap after overtime on " + where);
                assertEquals(Math.max(share, cover) / share * a[u].agency(), b[u].agency(), 1e-9 * gap,
                        "agency shifts under cover " + cover + " on " + where);
                assertTrue(b[u].unfilled() < a[u].unfilled(), "no fewer shifts unfilled on " + where);
                assertTrue(b[u].patientsPerNurse() < a[u].patientsPerNurse(), "no fewer patients per nurse on " + where);
            }
        }
    }
}
