package org.groundswell.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.care.CareParameters;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.workforce.WorkforceParameters;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each mechanism moves its outcome in the stated direction, paired over five seeds, in every seed and by a
 * mean margin that the seed-to-seed spread cannot explain.
 */
class MechanismTest {

    private static final int SEEDS = 5;
    private static final HospitalParameters BASE = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);

    @Test
    void morePatientsPerNurseMeansMoreHarmAndBurnoutAndLongerStays() {
        HospitalParameters five = Runs.withPatientsPerNurse(BASE, 5);
        HospitalParameters seven = Runs.withPatientsPerNurse(BASE, 7);
        Runs.assertRaises(SEEDS, five, seven, "adverse_events_per_1000_pd");
        Runs.assertRaises(SEEDS, five, seven, "burnout_rate");
        Runs.assertRaises(SEEDS, five, seven, "mean_los_days");
    }

    @Test
    void slowerHiringMeansMoreVacanciesAndMoreAgencyWork() {
        HospitalParameters fast = Runs.withWorkforce(BASE, w -> w.withDaysToFill(40));
        HospitalParameters slow = Runs.withWorkforce(BASE, w -> w.withDaysToFill(200));
        Runs.assertRaises(SEEDS, fast, slow, "vacancy_rate");
        Runs.assertRaises(SEEDS, fast, slow, "agency_share");
    }

    @Test
    void burnoutDrivesQuittingAndNursesQuitAsTheyIntend() {
        HospitalParameters weak = Runs.withWorkforce(BASE, w -> w.withBurnoutQuitRatio(1.0));
        HospitalParameters strong = Runs.withWorkforce(BASE, w -> w.withBurnoutQuitRatio(6.0));
        Runs.assertRaises(SEEDS, weak, strong, "turnover_rate_annual");
        HospitalParameters noIntent = Runs.withWorkforce(BASE, w -> w.withIntentQuitRatio(1.0));
        HospitalParameters strongIntent = Runs.withWorkforce(BASE, w -> w.withIntentQuitRatio(8.0));
        Runs.assertRaises(SEEDS, noIntent, strongIntent, "rn_turnover_rate_annual");
        Runs.assertRaises(SEEDS, noIntent, strongIntent, "total_cost");
    }

    @Test
    void aHighInitialVacancyRateRaisesLoadEarlyOn() {
        HospitalParameters shortRun = Runs.withSummaryDays(Runs.defaults().withDays(0, 60), 60);
        HospitalParameters full = Runs.withWorkforce(shortRun, w -> w.withInitialVacancyRate(0.0));
        HospitalParameters depleted = Runs.withWorkforce(shortRun, w -> w.withInitialVacancyRate(0.3));
        Runs.assertRaises(SEEDS, full, depleted, "vacancy_rate");
        Runs.assertRaises(SEEDS, full, depleted, "unfilled_share");
    }

    @Test
    void seriousHarmLengthensStaysAndRaisesMortality() {
        CareParameters c = BASE.care();
        HospitalParameters rare = Runs.withCare(BASE, c.withSeriousShare(0.05));
        HospitalParameters common = Runs.withCare(BASE, c.withSeriousShare(0.6));
        Runs.assertRaises(SEEDS, rare, common, "mean_los_days");
        Runs.assertRaises(SEEDS, rare, common, "mortality_30d_rate");
        Runs.assertRaises(SEEDS, rare, common, "readmission_30d_rate");
    }
}
