package org.groundswell.model;

import org.junit.jupiter.api.Test;

import org.groundswell.model.parameters.HospitalParameters;

/**
 * Relational coordination, psychological safety, voice and blame move their outcomes in the directions the
 * seeds give, paired over five seeds, in every seed and by a mean margin the seed-to-seed spread cannot
 * explain.
 */
class VoiceMechanismTest {

    private static final int SEEDS = 5;
    private static final HospitalParameters BASE = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);

    @Test
    void higherInitialRcMeansShorterStaysAndLessHarm() {
        HospitalParameters low = BASE.with().coordination(BASE.coordination().withInitialRc(3.7)).build();
        HospitalParameters high = BASE.with().coordination(BASE.coordination().withInitialRc(4.3)).build();
        Runs.assertRaises(SEEDS, low, high, "rc_index");
        Runs.assertRaises(SEEDS, high, low, "mean_los_days");
        Runs.assertRaises(SEEDS, high, low, "adverse_events_per_1000_pd");
    }

    @Test
    void moreBlameMeansLowerPsychologicalSafetyAndFewerReports() {
        HospitalParameters rare = BASE.with().leadership(BASE.leadership().withBlameResponse(0.1)).build();
        HospitalParameters usual = BASE.with().leadership(BASE.leadership().withBlameResponse(0.9)).build();
        Runs.assertRaises(SEEDS, usual, rare, "psych_safety");
        Runs.assertRaises(SEEDS, usual, rare, "adverse_events_reported_per_1000_pd");
    }

    @Test
    void lowerPsychologicalSafetyMeansMoreWorkaroundsAndMoreExhaustion() {
        HospitalParameters safe = BASE.with().culture(BASE.culture().withPsychologicalSafety(0.8)).build();
        HospitalParameters fearful = BASE.with().culture(BASE.culture().withPsychologicalSafety(0.2)).build();
        Runs.assertRaises(SEEDS, safe, fearful, "workarounds_active");
        Runs.assertRaises(SEEDS, safe, fearful, "mean_exhaustion");
    }

    @Test
    void moreBrokenSystemsMeanMoreHarm() {
        HospitalParameters few = BASE.with().problems(BASE.problems().withArrivalsPerUnitPerYear(1.0))
                .build();
        HospitalParameters many = BASE.with().problems(BASE.problems().withArrivalsPerUnitPerYear(10.0))
                .build();
        Runs.assertRaises(SEEDS, few, many, "problems_open");
        Runs.assertRaises(SEEDS, few, many, "adverse_events_per_1000_pd");
    }

}
