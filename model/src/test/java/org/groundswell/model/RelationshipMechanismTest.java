package org.groundswell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.groundswell.model.coordination.CoordinationParameters;
import org.groundswell.model.coordination.StaffNetwork;
import org.groundswell.model.culture.CultureParameters;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.Intervention;
import org.groundswell.model.wellbeing.WellbeingParameters;

/**
 * Relationships transform both ways, voice that leads nowhere hurts, and the three burnout scales have causes
 * of their own: each mechanism, against the same hospital with its rate at 0, moves its outcome the stated way,
 * paired over five seeds, in every seed and by more than three standard errors. The norms of the ties move over
 * months and are judged over a year's strategy period; voice, cynicism and efficacy, which answer within weeks,
 * over half a year.
 */
class RelationshipMechanismTest {

    private static final int SEEDS = 5;
    /** For the effects that are small beside one run's luck (a hundredth of an RC point, a few thousandths of
     *  safety), shown on average over more seeds rather than in every one. */
    private static final int SMALL_EFFECT_SEEDS = 16;
    private static final int VOICE_SEEDS = 30;
    private static final HospitalParameters YEAR = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);
    private static final HospitalParameters HALF_YEAR = Runs.withSummaryDays(Runs.defaults().withDays(90, 180), 180);

    private static HospitalParameters coordination(HospitalParameters p, UnaryOperator<CoordinationParameters> c) {
        return p.with().coordination(c.apply(p.coordination())).build();
    }

    private static HospitalParameters culture(HospitalParameters p, UnaryOperator<CultureParameters> c) {
        return p.with().culture(c.apply(p.culture())).build();
    }

    private static HospitalParameters wellbeing(HospitalParameters p, UnaryOperator<WellbeingParameters> w) {
        return p.with().wellbeing(w.apply(p.wellbeing())).build();
    }

    /** Every rate that moves the norms of the ties at 0. */
    private static CoordinationParameters fixedNorms(CoordinationParameters c) {
        return c.withSuccessNormGain(0).withBoostNormShare(0).withBlameNormLoss(0).withDoneToNormLoss(0)
                .withNewcomerNormLoss(0).withOverloadNormLoss(0);
    }

    @Test
    void sustainedJointProblemSolvingRaisesRelationalCoordination() {
        HospitalParameters frontline = YEAR.withStrategy("frontline");
        Runs.assertRaises(SEEDS, coordination(frontline, c -> c.withSuccessNormGain(0)), frontline, "rc_index");
    }

    @Test
    void huddlesRepeatedEveryWeekRaiseTheNormsOfTheTies() {
        HospitalParameters huddles = YEAR.with().interventions(List.of(new Intervention("huddles", 0))).build();
        Runs.assertRaises(SEEDS, coordination(huddles, c -> c.withBoostNormShare(0)), huddles, "rc_index");
    }

    @Test
    void sustainedBlameLowersRelationalCoordination() {
        HospitalParameters blaming = YEAR.with().leadership(YEAR.leadership().withBlameResponse(0.9)).build();
        Runs.assertRaises(SEEDS, blaming, coordination(blaming, c -> c.withBlameNormLoss(0)), "rc_index");
    }

    @Test
    void mandatesLowerRelationalCoordinationAndRaiseCynicism() {
        HospitalParameters topDown = YEAR.withStrategy("top-down");
        Runs.assertRaises(SEEDS, topDown, coordination(topDown, c -> c.withDoneToNormLoss(0)), "rc_index");
        Runs.assertRaises(SEEDS, wellbeing(topDown, w -> w.withCynicismFromDoneTo(0)), topDown, "mean_cynicism");
    }

    @Test
    void overloadErodesTheNormsOfAnOverloadedUnit() {
        HospitalParameters overloaded = Runs.withPatientsPerNurse(YEAR, 7.5);
        Runs.assertRaises(SEEDS, overloaded, coordination(overloaded, c -> c.withOverloadNormLoss(0)), "rc_index");
    }

    @Test
    void newcomersDoNotCarryWhatTheUnitsRelationshipsBecame() {
        // Under partnership, whose teams raise the units' norms most, so that newcomers have most to miss.
        HospitalParameters churn = Runs.withWorkforce(YEAR.withStrategy("partnership"),
                w -> w.withBaseAnnualQuitRate(0.45));
        Runs.assertRaisesOnAverage(SMALL_EFFECT_SEEDS, churn, coordination(churn, c -> c.withNewcomerNormLoss(0)),
                "rc_index");
    }

    @Test
    void withEveryRateAtZeroTheNormsStayWhereTheyWereBuilt() {
        HospitalParameters p = coordination(YEAR.withStrategy("partnership").withSeed(3), RelationshipMechanismTest::fixedNorms)
                .with().interventions(List.of(new Intervention("relational", 0))).build();
        Hospital built = new Hospital(p, false);
        built.start();
        Hospital run = new Hospital(p, false);
        run.runToEnd();
        StaffNetwork before = built.coordination().network();
        StaffNetwork after = run.coordination().network();
        for (int e = 0; e < before.ties(); e++) {
            assertEquals(before.norm(e), after.norm(e), "norm of tie " + e);
        }
    }

    @Test
    void problemsRaisedAndLeftUnfixedRaiseCynicismAndLowerSafety() {
        HospitalParameters neglect = HALF_YEAR.with().leadership(HALF_YEAR.leadership().withManagerFixesPerYear(0)).build();
        Runs.assertRaises(SEEDS, wellbeing(neglect, w -> w.withCynicismPerUnanswered(0)), neglect, "mean_cynicism");
        Runs.assertRaises(SEEDS, neglect, culture(neglect, c -> c.withUnansweredSafetyLoss(0)), "psych_safety");
    }

    @Test
    void speakingUpIsAGambleOnWhetherManagementCanAct() {
        // More voice: where managers fix what is raised it builds safety, where they cannot it wears it down.
        HospitalParameters quiet = HALF_YEAR.with().culture(HALF_YEAR.culture().withSpeakUpRate(0.02)).build();
        HospitalParameters vocal = HALF_YEAR.with().culture(HALF_YEAR.culture().withSpeakUpRate(0.3)).build();
        UnaryOperator<HospitalParameters> unable = p -> p.with().leadership(p.leadership().withManagerFixesPerYear(0))
                .build();
        UnaryOperator<HospitalParameters> able = p -> p.with().leadership(p.leadership().withManagerFixesPerYear(40))
                .build();
        // Half a year of unanswered voice costs a few thousandths of safety: shown on the mean of many seeds.
        Runs.assertRaisesOnAverage(VOICE_SEEDS, unable.apply(vocal), unable.apply(quiet), "psych_safety");
        Runs.assertRaisesOnAverage(VOICE_SEEDS, able.apply(quiet), able.apply(vocal), "psych_safety");
    }

    @Test
    void cynicalStaffSpeakUpLess() {
        HospitalParameters sensitive = culture(HALF_YEAR, c -> c.withSpeakUpCynicismEffect(10).withReferenceCynicism(0.1));
        Runs.assertRaises(SEEDS, culture(sensitive, c -> c.withSpeakUpCynicismEffect(0)), sensitive,
                "workarounds_active");
    }

    @Test
    void fixesThatWorkRaiseEfficacyAndEfficacyRaisesTeamSuccess() {
        HospitalParameters frontline = HALF_YEAR.withStrategy("frontline");
        Runs.assertRaises(SEEDS, wellbeing(frontline, w -> w.withEfficacyPerFix(0)), frontline, "mean_efficacy");
        HospitalParameters confident = wellbeing(frontline, w -> w.withEfficacySuccessEffect(20).withReferenceEfficacy(0.4));
        Runs.assertRaises(SEEDS, wellbeing(confident, w -> w.withEfficacySuccessEffect(0)), confident,
                "adoption_fraction");
    }

    @Test
    void aDoseOfBeingDoneToMustLieBetweenZeroAndOne() {
        Hospital h = new Hospital(YEAR, false);
        h.start();
        HospitalChangeContext context = new HospitalChangeContext(h, 1);
        assertThrows(IllegalArgumentException.class, () -> context.doneTo(0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> context.doneTo(0, Double.NaN));
    }
}
