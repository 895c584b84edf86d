package org.groundswell.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.Intervention;

/**
 * Each intervention, scheduled alone on day 0 under the baseline strategy, moves its outcomes in the
 * direction its source gives — paired over five seeds and the first year (metrics are means over the year),
 * in every seed and by a mean margin the seed-to-seed spread cannot explain.
 */
class InterventionTest {

    private static final int SEEDS = 5;
    private static final HospitalParameters YEAR = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);

    private static HospitalParameters with(String type) {
        return YEAR.with().interventions(List.of(new Intervention(type, 0))).build();
    }

    private static void raises(String type, String metric) {
        Runs.assertRaises(SEEDS, YEAR, with(type), metric);
    }

    private static void lowers(String type, String metric) {
        Runs.assertRaises(SEEDS, with(type), YEAR, metric);
    }

    @Test
    void staffingStabilizationFillsVacanciesAndLowersTheLoad() {
        lowers("staffing-stabilization", "vacancy_rate");
        lowers("staffing-stabilization", "patients_per_nurse");
    }

    @Test
    void aCollaborativeStaffBankReplacesAgencyStaffForLess() {
        lowers("staff-bank", "agency_share");
        raises("staff-bank", "bank_share");
        lowers("staff-bank", "cost_per_patient_day");
    }

    @Test
    void huddlesRaiseCoordinationAndSafety() {
        raises("huddles", "rc_index");
        raises("huddles", "psych_safety");
        raises("huddles", "improvement_hours");
    }

    @Test
    void relationalInterventionsRaiseCoordinationAndSafetyAndEaseBurnout() {
        raises("relational", "rc_index");
        raises("relational", "psych_safety");
        lowers("relational", "mean_exhaustion");
    }

    @Test
    void boundarySpannersRaiseCoordinationAcrossUnits() {
        raises("boundary-spanners", "rc_cross_unit");
    }

    @Test
    void sharedProtocolsRaiseCoordinationAndLowerHarm() {
        raises("shared-protocols", "rc_index");
        lowers("shared-protocols", "adverse_events_per_1000_pd");
    }

    @Test
    void sharedInformationRaisesCoordinationAcrossUnitsAndLowersHarm() {
        raises("shared-information", "rc_cross_unit");
        lowers("shared-information", "adverse_events_per_1000_pd");
    }
}
