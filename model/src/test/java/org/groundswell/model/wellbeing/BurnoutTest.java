package org.groundswell.model.wellbeing;

import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.workforce.Workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Burnout: each day a person's exhaustion moves a {@code 1 / recoveryDays} part of the way toward the logistic
 * of their strain, and strain adds the unit's overload, overtime and extra strain. Each comparison is paired:
 * two fixtures of the same seed hold the same people, whose personal strain follows the same draws, so the
 * difference in their exhaustion is the mechanism's alone; nobody quits or is hired (turnover and hiring are not
 * run). A rise of strain by {@code d} raises a person's target by about {@code d e (1 - e)}, at their exhaustion
 * {@code e} between the arms': that is the level the difference is held to, within a tenth (what the logistic's
 * curvature over the step, and the arms' different sickness, can move it by).
 */
class BurnoutTest {

    private static final int SEEDS = 5;
    private static final int ROLES = Role.values().length;
    /** Five time constants at the default recoveryDays of 30: within a percent of the level. */
    private static final int SETTLED = 150;

    private static HospitalParameters seed(long seed) {
        return HospitalParameters.communityHospital().withSeed(seed);
    }

    /** Days {@code from} to {@code to} - 1 of staffing (at the census the fixture holds) and burnout. */
    private static void run(WellbeingFixture f, int from, int to) {
        for (int day = from; day < to; day++) {
            f.staffing.day(day);
            f.burnout.day(day);
        }
    }

    /**
     * The mean, over unit {@code u}'s staff (every unit's if -1), of the rise of exhaustion that a rise of strain
     * of {@code strain(i)} for the holder of position {@code i} brings: {@code strain(i) e (1 - e)}, at the
     * exhaustion {@code e} between the two arms'.
     */
    private static double expectedRise(Workforce staff, WellbeingFixture low, WellbeingFixture high, int u,
                                       IntToDoubleFunction strain) {
        double sum = 0;
        int n = 0;
        for (int v = 0; v < staff.units(); v++) {
            if (u >= 0 && v != u) {
                continue;
            }
            for (int r = 0; r < ROLES; r++) {
                for (int i : staff.slots(v, r)) {
                    if (staff.occupied(i)) {
                        double e = (low.burnout.exhaustion(i) + high.burnout.exhaustion(i)) / 2;
                        sum += strain.applyAsDouble(i) * e * (1 - e);
                        n++;
                    }
                }
            }
        }
        return sum / n;
    }

    @Test
    void moreOverloadRaisesExhaustionTowardAHigherLevel() {
        double w = seed(1).wellbeing().workloadStrain();
        double o = seed(1).wellbeing().overtimeStrain();
        for (int seed = 1; seed <= SEEDS; seed++) {
            WellbeingFixture atPlan = new WellbeingFixture(seed(seed));
            WellbeingFixture crowded = new WellbeingFixture(seed(seed));
            atPlan.census(1.0);
            crowded.census(1.5);
            run(atPlan, 0, 10);
            run(crowded, 0, 10);
            double early = crowded.meanExhaustion() - atPlan.meanExhaustion();
            run(atPlan, 10, SETTLED);
            run(crowded, 10, SETTLED);
            double late = crowded.meanExhaustion() - atPlan.meanExhaustion();
            Workforce staff = atPlan.workforce;
            double expected = expectedRise(staff, atPlan, crowded, -1, i -> {
                int u = staff.unitOf(i);
                int r = staff.roleOf(i).ordinal();
                return w * (crowded.workload.overload(u, r) - atPlan.workload.overload(u, r))
                        + o * (crowded.workload.overtimePerWeek(u, r) - atPlan.workload.overtimePerWeek(u, r));
            });
            System.out.printf("BurnoutTest: seed %d, census x1.5: exhaustion +%.4f after 10 days, +%.4f after %d "
                    + "vs +%.4f expected from the load%n", seed, early, late, SETTLED, expected);
            assertTrue(early > 0 && late > early, "exhaustion did not rise toward a higher level, seed " + seed);
            assertEquals(expected, late, 0.1 * expected, "the level exhaustion rose to, seed " + seed);
        }
    }

    @Test
    void aUnitsExtraStrainRaisesTheExhaustionOfItsOwnStaffAndNoOneElses() {
        double strain = 0.5;
        for (int seed = 1; seed <= SEEDS; seed++) {
            WellbeingFixture calm = new WellbeingFixture(seed(seed));
            WellbeingFixture strained = new WellbeingFixture(seed(seed));
            calm.census(1.0);
            strained.census(1.0);
            for (int u = 0; u < strained.units.length; u += 2) {
                strained.units[u].setExtraStrain(strain);
            }
            run(calm, 0, SETTLED);
            run(strained, 0, SETTLED);
            for (int u = 0; u < calm.units.length; u++) {
                String where = calm.units[u].parameters().name() + ", seed " + seed;
                double rise = strained.burnout.meanExhaustion(u) - calm.burnout.meanExhaustion(u);
                if (u % 2 == 1) {
                    assertEquals(0, rise, 0, "exhaustion moved on an unstrained unit, " + where);
                    continue;
                }
                double expected = expectedRise(calm.workforce, calm, strained, u, i -> strain);
                assertEquals(expected, rise, 0.1 * expected, "exhaustion's rise on " + where);
                if (seed == 1) {
                    System.out.printf("BurnoutTest: extra strain %.1f on %s: exhaustion +%.4f vs +%.4f expected%n",
                            strain, calm.units[u].parameters().name(), rise, expected);
                }
            }
        }
    }

    @Test
    void exhaustionRelaxesAtThePaceOfRecoveryDays() {
        // A step of strain on every unit from day 0 (and no staffing, so no load changes with it): after k days
        // the difference has come 1 - (1 - 1/tau)^k of the way to its level, half-way after
        // ln 2 / -ln(1 - 1/tau) days. Staff are the same in both arms; only the step differs.
        for (double tau : new double[] {10, 40}) {
            for (int seed = 1; seed <= 3; seed++) {
                HospitalParameters p = seed(seed);
                p = p.withWellbeing(p.wellbeing().withRecoveryDays(tau));
                WellbeingFixture calm = new WellbeingFixture(p);
                WellbeingFixture strained = new WellbeingFixture(p);
                for (UnitState unit : strained.units) {
                    unit.setExtraStrain(0.5);
                }
                int days = (int) (8 * tau);
                double[] gap = new double[days + 1];
                for (int day = 0; day < days; day++) {
                    calm.burnout.day(day);
                    strained.burnout.day(day);
                    gap[day + 1] = strained.meanExhaustion() - calm.meanExhaustion();
                }
                double level = 0;
                int last = (int) tau;
                for (int k = days - last + 1; k <= days; k++) {
                    level += gap[k] / last;
                }
                double half = Double.NaN;
                for (int k = 1; k <= days; k++) {
                    if (gap[k] >= level / 2) {
                        half = k - 1 + (level / 2 - gap[k - 1]) / (gap[k] - gap[k - 1]);
                        break;
                    }
                }
                double expected = Math.log(2) / -Math.log(1 - 1 / tau);
                System.out.printf("BurnoutTest: recoveryDays %.0f, seed %d: half-way after %.2f days vs %.2f%n",
                        tau, seed, half, expected);
                assertEquals(expected, half, 0.05 * expected, "half-way time at recoveryDays " + tau + ", seed " + seed);
            }
        }
    }
}
