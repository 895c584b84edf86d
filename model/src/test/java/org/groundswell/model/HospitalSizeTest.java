package org.groundswell.model;

import org.junit.jupiter.api.Test;

import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hospital made of copies of the default one ({@link HospitalParameters#scaled}) treats its patients as the
 * default hospital does: its systemic problems arrive at the hospital's rate, not a unit's, so a unit meets as
 * many of them in a large hospital as in a small one. (When they arrived per unit and each reached every unit,
 * a unit of a five-times hospital met five times as many, and its patients were harmed 58% more often.)
 */
class HospitalSizeTest {

    private static final int SEEDS = 8;
    private static final HospitalParameters ONE = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);
    private static final HospitalParameters FOUR = ONE.scaled(4);

    @Test
    void aHospitalFourTimesAsLargeHarmsItsPatientsAsOftenAsTheDefault() {
        String metric = "adverse_events_per_1000_pd";
        double ratio = Runs.mean(Runs.over(FOUR, SEEDS), metric) / Runs.mean(Runs.over(ONE, SEEDS), metric);
        // The seed-to-seed SD of the default's rate is about 11%; over 8 seeds the ratio's SE is under 5%.
        assertEquals(1, ratio, 0.12, "adverse events per 1000 patient-days, 4x / 1x");
    }

    @Test
    void moreSystemicProblemsMeanMoreHarmOnEveryUnit() {
        HospitalParameters none = ONE.with().problems(ONE.problems().withSystemicPerYear(0.0))
                .build();
        HospitalParameters many = ONE.with().problems(ONE.problems().withSystemicPerYear(12.0))
                .build();
        Runs.assertRaises(5, none, many, "problems_open");
        Runs.assertRaises(5, none, many, "adverse_events_per_1000_pd");
        Runs.assertRaises(5, none, many, "workarounds_active");
    }
}
