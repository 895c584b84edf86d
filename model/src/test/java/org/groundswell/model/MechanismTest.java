package org.groundswell.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.groundswell.model.care.CareParameters;
import org.groundswell.model.workforce.WorkforceParameters;
import org.junit.jupiter.api.Test;

/**
 * Each mechanism moves its outcome in the stated direction, paired over five seeds, in every seed and by a
 * mean margin that the seed-to-seed spread cannot explain.
 */
class MechanismTest {

    private static final int SEEDS = 5;
    private static final HospitalParameters BASE = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);

    /** Asserts that {@code metric} is higher under {@code more} than under {@code less} in every seed. */
    private static void assertRaises(HospitalParameters less, HospitalParameters more, String metric) {
        List<RunSummary> low = Runs.over(less, SEEDS);
        List<RunSummary> high = Runs.over(more, SEEDS);
        double[] diff = new double[SEEDS];
        double mean = 0;
        for (int i = 0; i < SEEDS; i++) {
            diff[i] = high.get(i).metric(metric) - low.get(i).metric(metric);
            mean += diff[i] / SEEDS;
            int seed = i + 1;
            double d = diff[i];
            assertTrue(d > 0, () -> metric + " did not rise in seed " + seed + ": difference " + d);
        }
        double var = 0;
        for (double d : diff) {
            var += (d - mean) * (d - mean) / (SEEDS - 1);
        }
        double se = Math.sqrt(var / SEEDS);
        double m = mean;
        assertTrue(mean > 3 * se, () -> metric + ": mean rise " + m + " within 3 standard errors " + se);
    }

    @Test
    void morePatientsPerNurseMeansMoreHarmAndBurnoutAndLongerStays() {
        HospitalParameters five = Runs.withPatientsPerNurse(BASE, 5);
        HospitalParameters seven = Runs.withPatientsPerNurse(BASE, 7);
        assertRaises(five, seven, "adverse_events_per_1000_pd");
        assertRaises(five, seven, "burnout_rate");
        assertRaises(five, seven, "mean_los_days");
    }

    @Test
    void slowerHiringMeansMoreVacanciesAndMoreAgencyWork() {
        HospitalParameters fast = Runs.withWorkforce(BASE, w -> new WorkforceParameters(w.initialVacancyRate(),
                w.shiftsPerWeek(), 40, w.daysToStart(), w.baseAnnualQuitRate(), w.burnoutQuitRatio(),
                w.sicknessRate(), w.burnoutSicknessRatio(), w.leaveShare()));
        HospitalParameters slow = Runs.withWorkforce(BASE, w -> new WorkforceParameters(w.initialVacancyRate(),
                w.shiftsPerWeek(), 200, w.daysToStart(), w.baseAnnualQuitRate(), w.burnoutQuitRatio(),
                w.sicknessRate(), w.burnoutSicknessRatio(), w.leaveShare()));
        assertRaises(fast, slow, "vacancy_rate");
        assertRaises(fast, slow, "agency_share");
    }

    @Test
    void burnoutDrivesQuitting() {
        HospitalParameters weak = Runs.withWorkforce(BASE, w -> new WorkforceParameters(w.initialVacancyRate(),
                w.shiftsPerWeek(), w.daysToFill(), w.daysToStart(), w.baseAnnualQuitRate(), 1.0,
                w.sicknessRate(), w.burnoutSicknessRatio(), w.leaveShare()));
        HospitalParameters strong = Runs.withWorkforce(BASE, w -> new WorkforceParameters(w.initialVacancyRate(),
                w.shiftsPerWeek(), w.daysToFill(), w.daysToStart(), w.baseAnnualQuitRate(), 6.0,
                w.sicknessRate(), w.burnoutSicknessRatio(), w.leaveShare()));
        assertRaises(weak, strong, "turnover_rate_annual");
        assertRaises(weak, strong, "total_cost");
    }

    @Test
    void aHighInitialVacancyRateRaisesLoadEarlyOn() {
        HospitalParameters shortRun = Runs.withSummaryDays(Runs.defaults().withDays(0, 60), 60);
        HospitalParameters full = Runs.withWorkforce(shortRun, w -> new WorkforceParameters(0.0, w.shiftsPerWeek(),
                w.daysToFill(), w.daysToStart(), w.baseAnnualQuitRate(), w.burnoutQuitRatio(), w.sicknessRate(),
                w.burnoutSicknessRatio(), w.leaveShare()));
        HospitalParameters depleted = Runs.withWorkforce(shortRun, w -> new WorkforceParameters(0.3,
                w.shiftsPerWeek(), w.daysToFill(), w.daysToStart(), w.baseAnnualQuitRate(), w.burnoutQuitRatio(),
                w.sicknessRate(), w.burnoutSicknessRatio(), w.leaveShare()));
        assertRaises(full, depleted, "vacancy_rate");
        assertRaises(full, depleted, "unfilled_share");
    }

    @Test
    void seriousHarmLengthensStaysAndRaisesMortality() {
        CareParameters c = BASE.care();
        HospitalParameters rare = Runs.withCare(BASE, new CareParameters(c.adverseEventRate(), 0.05,
                c.referencePatientsPerNurse(), c.staffingHarmRatio(), c.exhaustionHarmRatio(), c.agencyHarmRatio(),
                c.highAcuityRisk(), c.mortalityRate(), c.postDischargeMortalityRate(), c.staffingMortalityRatio(),
                c.seriousHarmMortalityRatio(), c.seriousHarmExtraDays(), c.readmissionRate(),
                c.highAcuityReadmissionRatio(), c.seriousHarmReadmissionRatio(), c.delayPerPatient()));
        HospitalParameters common = Runs.withCare(BASE, new CareParameters(c.adverseEventRate(), 0.6,
                c.referencePatientsPerNurse(), c.staffingHarmRatio(), c.exhaustionHarmRatio(), c.agencyHarmRatio(),
                c.highAcuityRisk(), c.mortalityRate(), c.postDischargeMortalityRate(), c.staffingMortalityRatio(),
                c.seriousHarmMortalityRatio(), c.seriousHarmExtraDays(), c.readmissionRate(),
                c.highAcuityReadmissionRatio(), c.seriousHarmReadmissionRatio(), c.delayPerPatient()));
        assertRaises(rare, common, "mean_los_days");
        assertRaises(rare, common, "mortality_30d_rate");
        assertRaises(rare, common, "readmission_30d_rate");
    }
}
