package org.groundswell.model;

import org.junit.jupiter.api.Test;

import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theStaffNetworkGrowsWithTheStaffNotWithTheirSquare() {
        double perPosition1 = tiesPerPosition(1);
        double perPosition25 = tiesPerPosition(25);
        assertTrue(Math.abs(perPosition25 / perPosition1 - 1) < 0.05,
                () -> "ties per position: " + perPosition1 + " at 1x, " + perPosition25 + " at 25x");
        HospitalParameters oneCouncil = HospitalParameters.communityHospital().scaled(25);
        oneCouncil = oneCouncil.withNetwork(oneCouncil.network().withStewardCouncilUnits(5000));
        Hospital clique = new Hospital(oneCouncil, false);
        clique.start();
        int cliqueTies = clique.coordination().network().ties();
        Hospital councils = new Hospital(HospitalParameters.communityHospital().scaled(25), false);
        councils.start();
        // One council of all 200 units' stewards would add 200 x 199 / 2 ties less those within units.
        assertTrue(cliqueTies - councils.coordination().network().ties() > 15_000,
                () -> "councils saved only " + (cliqueTies - councils.coordination().network().ties()) + " ties");
    }

    private static double tiesPerPosition(int factor) {
        Hospital h = new Hospital(HospitalParameters.communityHospital().scaled(factor), false);
        h.start();
        return (double) h.coordination().network().ties() / h.workforce().positions();
    }
}
