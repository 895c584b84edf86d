package org.groundswell.model.wellbeing;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.groundswell.model.Hospital;
import org.groundswell.model.RunSummary;
import org.groundswell.model.Runs;
import org.groundswell.model.Simulation;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.workforce.Workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registered nurses' job dissatisfaction and intent to leave (Aiken et al. 2002, JAMA 288:1987), and quitting by
 * intent. Dissatisfaction rises with the unit's patients per nurse and with exhaustion; intent is 43% among the
 * burned-out and dissatisfied, 11% among the others; nurses who intend to leave quit {@code intentQuitRatio} times
 * as often. Comparisons are paired by seed: the same positions hold the same people, with the same latents.
 */
class IntentToLeaveTest {

    private static final int SEEDS = 6;
    /** Five time constants at the default recoveryDays of 30: exhaustion within a percent of its level. */
    private static final int SETTLED = 150;

    private static HospitalParameters seed(long seed) {
        return HospitalParameters.communityHospital().withSeed(seed);
    }

    /** Registered nurses employed in {@code f} now who are dissatisfied ({@code intent} false) or intend to leave. */
    private static int nurses(WellbeingFixture f, boolean intent) {
        Workforce staff = f.workforce;
        int n = 0;
        for (int i = 0; i < staff.positions(); i++) {
            if (staff.occupied(i) && staff.roleOf(i) == Role.REGISTERED_NURSE
                    && (intent ? f.burnout.intendsToLeave(i) : f.burnout.dissatisfied(i))) {
                n++;
            }
        }
        return n;
    }

    private static List<RunSummary> runs(HospitalParameters p) {
        return runs(p, SEEDS);
    }

    private static List<RunSummary> runs(HospitalParameters p, int seeds) {
        return IntStream.rangeClosed(1, seeds).parallel()
                .mapToObj(seed -> Simulation.run(p.withSeed(seed), false, List.of())).toList();
    }

    private static double[] values(List<RunSummary> runs, String metric) {
        return runs.stream().mapToDouble(r -> r.metric(metric)).toArray();
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    @Test
    void morePatientsPerNurseMakeMoreNursesDissatisfiedAndMoreIntendToLeave() {
        // The same nurses, nobody quitting or hired, at the census their staff are budgeted for and at 1.3 times
        // it: the load raises dissatisfaction directly and through exhaustion, and so the share both burned out
        // and dissatisfied, of whom more intend to leave.
        double[][] dissatisfied = new double[2][SEEDS];
        double[][] intending = new double[2][SEEDS];
        for (int seed = 1; seed <= SEEDS; seed++) {
            for (int arm = 0; arm < 2; arm++) {
                WellbeingFixture f = new WellbeingFixture(seed(seed));
                f.census(arm == 0 ? 1.0 : 1.3);
                for (int day = 0; day < SETTLED; day++) {
                    f.staffing.day(day);
                    f.burnout.day(day);
                }
                dissatisfied[arm][seed - 1] = nurses(f, false);
                intending[arm][seed - 1] = nurses(f, true);
            }
            System.out.printf("IntentToLeaveTest: seed %d, census x1.3: nurses dissatisfied %.0f -> %.0f, "
                    + "intending to leave %.0f -> %.0f%n", seed, dissatisfied[0][seed - 1], dissatisfied[1][seed - 1],
                    intending[0][seed - 1], intending[1][seed - 1]);
        }
        Runs.assertLarger("nurses dissatisfied", dissatisfied[0], dissatisfied[1]);
        Runs.assertLarger("nurses intending to leave", intending[0], intending[1]);
    }

    @Test
    void aHospitalWithMorePatientsPerNurseHasMoreDissatisfiedNursesAndMoreWhoIntendToLeave() {
        // The whole hospital, staffed for 5 and for 8 patients per nurse, over the last year of the run, twelve
        // seeds: fewer nurses at 8, so the pairing is partial. Dissatisfaction rises in every seed; intent, which
        // moves only with the share both burned out and dissatisfied, and whose holders quit, by more than three
        // standard errors on average.
        HospitalParameters year = seed(1).with().summaryDays(365).build();
        List<RunSummary> five = runs(year.withStaffing(year.staffing().withPatientsPerNurse(5)), 2 * SEEDS);
        List<RunSummary> more = runs(year.withStaffing(year.staffing().withPatientsPerNurse(8)), 2 * SEEDS);
        for (String metric : List.of("job_dissatisfaction_rate", "intent_to_leave_rate")) {
            double[] low = values(five, metric);
            double[] high = values(more, metric);
            System.out.printf("IntentToLeaveTest: %s at 5 patients per nurse %.3f, at 8 %.3f%n", metric,
                    mean(low), mean(high));
            if (metric.equals("job_dissatisfaction_rate")) {
                Runs.assertLarger(metric, low, high);
            } else {
                Runs.assertLargerOnAverage(metric, low, high);
            }
        }
    }

    @Test
    void intentToLeaveIsAikensFortyThreePercentAmongTheBurnedOutAndDissatisfiedAndElevenAmongTheOthers() {
        // Employed nurses at the end of default runs, pooled over seeds. Nurses who intend to leave quit more, and
        // those hired are weighted so that the nurses employed keep these shares; each is held to three binomial
        // standard errors.
        WellbeingParameters w = seed(1).wellbeing();
        long both = 0;
        long bothIntending = 0;
        long others = 0;
        long othersIntending = 0;
        List<Hospital> hospitals = IntStream.rangeClosed(1, SEEDS).parallel().mapToObj(seed -> {
            Hospital h = new Hospital(seed(seed), false);
            h.runToEnd();
            return h;
        }).toList();
        for (Hospital h : hospitals) {
            Burnout burnout = h.burnout();
            Workforce staff = h.workforce();
            for (int i = 0; i < staff.positions(); i++) {
                if (!staff.occupied(i) || staff.roleOf(i) != Role.REGISTERED_NURSE) {
                    continue;
                }
                boolean intends = burnout.intendsToLeave(i);
                if (burnout.burnedOut(i) && burnout.dissatisfied(i)) {
                    both++;
                    bothIntending += intends ? 1 : 0;
                } else {
                    others++;
                    othersIntending += intends ? 1 : 0;
                }
            }
        }
        double bothShare = (double) bothIntending / both;
        double othersShare = (double) othersIntending / others;
        double bothSe = Math.sqrt(w.intentBurnedOutDissatisfied() * (1 - w.intentBurnedOutDissatisfied()) / both);
        double othersSe = Math.sqrt(w.intentOthers() * (1 - w.intentOthers()) / others);
        System.out.printf("IntentToLeaveTest: intent to leave %.3f of %d burned-out, dissatisfied nurses (+- %.3f at "
                + "3 se), %.3f of %d others (+- %.3f)%n", bothShare, both, 3 * bothSe, othersShare, others,
                3 * othersSe);
        assertEquals(w.intentBurnedOutDissatisfied(), bothShare, 3 * bothSe, "intent of the burned out, dissatisfied");
        assertEquals(w.intentOthers(), othersShare, 3 * othersSe, "intent of the other nurses");
    }

    @Test
    void nursesQuitMoreWhenIntentDrivesQuitting() {
        // intentQuitRatio 1 makes intent idle: nurses then quit at the base rate alone.
        HospitalParameters year = seed(1).with().summaryDays(365).build();
        List<RunSummary> idle = runs(year.withWorkforce(year.workforce().withIntentQuitRatio(1)));
        List<RunSummary> driven = runs(year);
        double[] low = values(idle, "rn_turnover_rate_annual");
        double[] high = values(driven, "rn_turnover_rate_annual");
        System.out.printf("IntentToLeaveTest: RN turnover %.3f with intentQuitRatio 1, %.3f at the default %.1f%n",
                mean(low), mean(high), year.workforce().intentQuitRatio());
        Runs.assertLarger("RN turnover", low, high);
    }

    @Test
    void dissatisfactionAndIntentToLeaveAreAtPlausibleLevels() {
        List<RunSummary> base = runs(seed(1));
        double dissatisfied = mean(values(base, "job_dissatisfaction_rate"));
        double intending = mean(values(base, "intent_to_leave_rate"));
        System.out.printf("IntentToLeaveTest: at the defaults %.3f of nurses dissatisfied, %.3f intend to leave%n",
                dissatisfied, intending);
        assertTrue(dissatisfied >= 0.30 && dissatisfied <= 0.50, "dissatisfaction " + dissatisfied
                + " outside 30-50% (Aiken et al. 2002: about 40%)");
        assertTrue(intending >= 0.12 && intending <= 0.30, "intent to leave " + intending + " outside 12-30%");
    }
}
