package org.groundswell.model;

import org.junit.jupiter.api.Test;

/**
 * Relational coordination, psychological safety, voice and blame move their outcomes in the directions the
 * seeds give, paired over five seeds, in every seed and by a mean margin the seed-to-seed spread cannot
 * explain.
 */
class VoiceMechanismTest {

    private static final int SEEDS = 5;
    private static final HospitalParameters BASE = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);

    private static HospitalParameters coordination(String name, Object value) {
        return BASE.toBuilder().coordination(Runs.with(BASE.coordination(), name, value)).build();
    }

    private static HospitalParameters culture(String name, Object value) {
        return BASE.toBuilder().culture(Runs.with(BASE.culture(), name, value)).build();
    }

    private static HospitalParameters leadership(String name, Object value) {
        return BASE.toBuilder().leadership(Runs.with(BASE.leadership(), name, value)).build();
    }

    @Test
    void higherInitialRcMeansShorterStaysAndLessHarm() {
        HospitalParameters low = coordination("initialRc", 3.7);
        HospitalParameters high = coordination("initialRc", 4.3);
        Runs.assertRaises(SEEDS, low, high, "rc_index");
        Runs.assertRaises(SEEDS, high, low, "mean_los_days");
        Runs.assertRaises(SEEDS, high, low, "adverse_events_per_1000_pd");
    }

    @Test
    void moreBlameMeansLowerPsychologicalSafetyAndFewerReports() {
        HospitalParameters rare = leadership("blameResponse", 0.1);
        HospitalParameters usual = leadership("blameResponse", 0.9);
        Runs.assertRaises(SEEDS, usual, rare, "psych_safety");
        Runs.assertRaises(SEEDS, usual, rare, "adverse_events_reported_per_1000_pd");
    }

    @Test
    void lowerPsychologicalSafetyMeansMoreWorkaroundsAndMoreExhaustion() {
        HospitalParameters safe = culture("psychologicalSafety", 0.8);
        HospitalParameters fearful = culture("psychologicalSafety", 0.2);
        Runs.assertRaises(SEEDS, safe, fearful, "workarounds_active");
        Runs.assertRaises(SEEDS, safe, fearful, "mean_exhaustion");
    }

    @Test
    void moreBrokenSystemsMeanMoreHarm() {
        HospitalParameters few = BASE.toBuilder().problems(Runs.with(BASE.problems(), "arrivalsPerUnitPerYear", 1.0))
                .build();
        HospitalParameters many = BASE.toBuilder().problems(Runs.with(BASE.problems(), "arrivalsPerUnitPerYear", 10.0))
                .build();
        Runs.assertRaises(SEEDS, few, many, "problems_open");
        Runs.assertRaises(SEEDS, few, many, "adverse_events_per_1000_pd");
    }

}
