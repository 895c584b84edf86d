package org.groundswell.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.Intervention;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model is not rigged: there are hospitals where the comparison reads the other way. Each test pairs
 * five seeds over the first year of the strategy period (adoption is the year's mean share of unit and
 * problem-type pairs with a working practice). Paired claims hold in every seed and by a mean margin the
 * seed-to-seed spread cannot explain; the understaffed stall, and its lifting by stabilization, are claims
 * about the mean, for the first year of a frontline strategy hangs on a few teams' luck.
 */
class RegionsTest {

    private static final int SEEDS = 5;
    /** Stabilization's lift of a stalled frontline varies with the first teams' luck: judged on ten seeds' mean. */
    private static final int STABILIZATION_SEEDS = 15;
    private static final String ADOPTION = "adoption_fraction";
    private static final HospitalParameters YEAR = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);

    /** Little psychological safety, and leadership that answers nine reported harms in ten by blame. */
    private static HospitalParameters blaming(String strategy) {
        return YEAR.with().strategy(strategy)
                .culture(YEAR.culture().withPsychologicalSafety(0.2))
                .leadership(YEAR.leadership().withBlameResponse(0.9)).build();
    }

    /**
     * Chronic understaffing: vacancies take almost a year to fill, more staff leave, and agency covers little
     * of the gap; a third of positions are vacant at the start.
     */
    private static HospitalParameters understaffed(String strategy) {
        HospitalParameters p = Runs.withWorkforce(YEAR, w -> w.withDaysToFill(300.0).withInitialVacancyRate(0.3).withBaseAnnualQuitRate(0.16));
        return p.with().strategy(strategy).staffing(p.staffing().withAgencyFillShare(0.1)).build();
    }

    private static double[] twice(double[] values) {
        return java.util.Arrays.stream(values).map(v -> 2 * v).toArray();
    }

    private static double[] adoption(HospitalParameters p) {
        return Runs.values(Runs.over(p, SEEDS), ADOPTION);
    }

    @Test
    void inABlamingLowSafetyHospitalFrontlineStallsWhileTopDownStillMoves() {
        double[] frontline = adoption(blaming(Strategies.FRONTLINE));
        Runs.assertLarger("blaming hospital: top-down's adoption above frontline's", frontline,
                adoption(blaming(Strategies.TOP_DOWN)));
        Runs.assertLarger("frontline in a blaming hospital below half its adoption in the default hospital",
                twice(frontline), adoption(YEAR.withStrategy(Strategies.FRONTLINE)));
    }

    @Test
    void inAChronicallyUnderstaffedHospitalFrontlineStallsUnlessStaffingIsStabilizedFirst() {
        HospitalParameters alone = understaffed(Strategies.FRONTLINE);
        HospitalParameters stabilized = alone.with()
                .interventions(List.of(new Intervention("staffing-stabilization", -60))).build();
        double[] stalled = adoption(alone);
        double mean = java.util.Arrays.stream(stalled).average().orElseThrow();
        double normal = java.util.Arrays.stream(adoption(YEAR.withStrategy(Strategies.FRONTLINE))).average().orElseThrow();
        assertTrue(mean < normal / 2, () -> "understaffed hospital: frontline's mean adoption " + mean
                + " not below half its mean in the default hospital " + normal);
        Runs.assertLargerOnAverage("understaffed hospital: frontline's adoption with staffing stabilized first",
                Runs.values(Runs.over(alone, STABILIZATION_SEEDS), ADOPTION),
                Runs.values(Runs.over(stabilized, STABILIZATION_SEEDS), ADOPTION));
    }
}
