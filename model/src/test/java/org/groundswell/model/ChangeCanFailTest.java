package org.groundswell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.PracticeParameters;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.ChangeParameters;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.PartnershipParameters;

/**
 * The mechanisms by which change can fail, each shown moving its outcome the right way on the default hospital,
 * paired over seeds (common random numbers): practices that live in the people who carry them, teams that stall
 * and break up, the autonomy of taking part, and the partnership's slow-building contract, its hours and its
 * labor-relations shocks.
 */
class ChangeCanFailTest {

    private static final int SEEDS = 5;
    private static final int SMALL_EFFECT_SEEDS = 10;
    /** For effects that the luck of which teams break up, and when, makes as large as the effect itself. */
    private static final int MANY_SEEDS = 20;
    private static final HospitalParameters YEAR = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);
    private static final HospitalParameters FRONTLINE = YEAR.withStrategy(Strategies.FRONTLINE);
    private static final HospitalParameters TWO_YEARS = Runs.withSummaryDays(FRONTLINE.withDays(90, 730), 730);

    private static HospitalParameters practices(HospitalParameters p, UnaryOperator<PracticeParameters> change) {
        return p.withPractices(change.apply(p.practices()));
    }

    private static HospitalParameters change(HospitalParameters p, UnaryOperator<ChangeParameters> change) {
        return p.withChange(change.apply(p.change()));
    }

    private static HospitalParameters partnership(UnaryOperator<PartnershipParameters> change) {
        HospitalParameters p = YEAR.withStrategy(Strategies.PARTNERSHIP);
        return p.withPartnership(change.apply(p.partnership().withShockRatePerYear(0)));
    }

    /** Mean compliance of the owned practices in place, or NaN when there are none. */
    private static double ownedCompliance(Hospital h) {
        double sum = 0;
        int n = 0;
        for (int u = 0; u < h.parameters().units().size(); u++) {
            for (ProblemType t : ProblemType.values()) {
                Practice p = h.problems().practices().get(u, t);
                if (p != null && p.owned()) {
                    sum += p.compliance();
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** For each seed, the mean of {@code measure} taken every 30 days of the strategy period where it is not NaN
     *  (0 if it never is: no practice to measure). */
    private static double[] monthly(HospitalParameters p, int seeds, ToDoubleFunction<Hospital> measure) {
        return IntStream.rangeClosed(1, seeds).parallel().mapToDouble(seed -> {
            Hospital h = new Hospital(p.withSeed(seed), false);
            h.start();
            double sum = 0;
            int n = 0;
            for (int step = 0; step < p.totalDays(); step++) {
                h.schedule.step(h);
                int day = step - p.warmupDays();
                if (day >= 0 && day % 30 == 29) {
                    double v = measure.applyAsDouble(h);
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
            }
            return n == 0 ? 0 : sum / n;
        }).toArray();
    }

    private static double[] values(HospitalParameters p, int seeds, String metric) {
        return Runs.values(Runs.over(p, seeds), metric);
    }

    // ---- practices live in people

    @Test
    void withPracticesNotCarriedByPeopleAnOwnedPracticeIsCompliedWithInFull() {
        HospitalParameters old = practices(FRONTLINE, q -> q.withCarriedByPeople(false));
        for (Hospital h : Runs.hospitals(old, 2)) {
            assertEquals(1.0, ownedCompliance(h), 0.0, "owned practices without people carrying them");
        }
        double[] carried = monthly(FRONTLINE, SEEDS, ChangeCanFailTest::ownedCompliance);
        for (double c : carried) {
            assertTrue(c > 0.4 && c < 0.98, "mean compliance of owned practices carried by people: " + c);
        }
    }

    @Test
    void newcomersLearnAnOwnedPracticeOnlyFromColleaguesWhoWorkByIt() {
        HospitalParameters slow = practices(FRONTLINE, q -> q.withPeerLearningDays(3000.0));
        Runs.assertLarger("owned compliance, colleagues teaching in 60 days against 3,000",
                monthly(slow, SEEDS, ChangeCanFailTest::ownedCompliance),
                monthly(FRONTLINE, SEEDS, ChangeCanFailTest::ownedCompliance));
    }

    @Test
    void turnoverTakesAPracticeAwayWithThoseWhoCarryIt() {
        HospitalParameters stable = Runs.withWorkforce(FRONTLINE, w -> w.withBaseAnnualQuitRate(0.05));
        HospitalParameters churning = Runs.withWorkforce(FRONTLINE, w -> w.withBaseAnnualQuitRate(0.45));
        Runs.assertLargerOnAverage("owned compliance, quits 5% a year against 45%",
                monthly(churning, MANY_SEEDS, ChangeCanFailTest::ownedCompliance),
                monthly(stable, MANY_SEEDS, ChangeCanFailTest::ownedCompliance));
    }

    @Test
    void aPracticeLapsesFasterOnceItsChampionHasLeft() {
        // Two years, with a quarter of the staff quitting each year, so that champions leave in every seed.
        HospitalParameters churning = Runs.withWorkforce(FRONTLINE.withDays(90, 730), w -> w.withBaseAnnualQuitRate(0.25));
        HospitalParameters orphaned = practices(churning, q -> q.withChampionLossFactor(20.0));
        HospitalParameters indifferent = practices(churning, q -> q.withChampionLossFactor(1.0));
        Runs.assertLargerOnAverage("owned compliance, champion's leaving mattering not at all against 20 times",
                monthly(orphaned, MANY_SEEDS, ChangeCanFailTest::ownedCompliance),
                monthly(indifferent, MANY_SEEDS, ChangeCanFailTest::ownedCompliance));
    }

    @Test
    void overloadWearsOwnedPracticesDown() {
        HospitalParameters worn = practices(FRONTLINE, q -> q.withOverloadForgetEffect(4.0));
        HospitalParameters unworn = practices(FRONTLINE, q -> q.withOverloadForgetEffect(0.0));
        Runs.assertLarger("owned compliance, overload not speeding lapses against speeding them",
                monthly(worn, SEEDS, ChangeCanFailTest::ownedCompliance),
                monthly(unworn, SEEDS, ChangeCanFailTest::ownedCompliance));
    }

    // ---- teams fail

    @Test
    void teamsThatBreakUpAfterFailedCyclesLeaveLessInPlaceAndMoreHarm() {
        // What each cause does to the chance of breaking up is tested on the chance itself
        // (change/TeamFailureTest); here, that breaking up costs the hospital: the chance at 0 against 0.9.
        HospitalParameters lasting = change(TWO_YEARS, c -> c.withDissolveChance(0.0));
        HospitalParameters fragile = change(TWO_YEARS, c -> c.withDissolveChance(0.9));
        Runs.assertLargerOnAverage("adoption, fragile teams against lasting ones",
                values(fragile, MANY_SEEDS, "adoption_fraction"),
                values(lasting, MANY_SEEDS, "adoption_fraction"));
        Runs.assertLargerOnAverage("harm, lasting teams against fragile ones",
                values(lasting, MANY_SEEDS, "adverse_events_per_1000_pd"),
                values(fragile, MANY_SEEDS, "adverse_events_per_1000_pd"));
    }

    @Test
    void teamsWhoseMembersAreNotReleasedStall() {
        HospitalParameters tight = change(FRONTLINE, c -> c.withStallOverload(0.5).withStallSteepness(3.0));
        HospitalParameters patient = change(tight, c -> c.withStallDays(36500));
        HospitalParameters stalling = change(tight, c -> c.withStallDays(60));
        Runs.assertLargerOnAverage("adoption, stalled teams breaking up after 60 days against never",
                values(stalling, MANY_SEEDS, "adoption_fraction"),
                values(patient, MANY_SEEDS, "adoption_fraction"));
    }

    @Test
    void departmentTeamsFixTheDepartmentsProblems() {
        HospitalParameters none = change(TWO_YEARS, c -> c.withDepartmentTeams(0));
        HospitalParameters four = change(TWO_YEARS, c -> c.withDepartmentTeams(4));
        Runs.assertLargerOnAverage("problems fixed, with four department teams against none",
                values(none, SMALL_EFFECT_SEEDS, "problems_fixed"), values(four, SMALL_EFFECT_SEEDS, "problems_fixed"));
    }

    // ---- "doing with" lasts only while it is done

    @Test
    void theAutonomyOfTakingPartIsFeltOnlyWhereTeamsMeet() {
        // Relief against none, where units release their teams' time, and where they cannot (a unit releases
        // next to nothing above a load it always has): the relief shows only in the first.
        double[] meeting = relief(FRONTLINE);
        HospitalParameters overloaded = FRONTLINE.withWellbeing(FRONTLINE.wellbeing().withSustainablePatientsPerNurse(
                FRONTLINE.wellbeing().sustainablePatientsPerNurse() - 1.5));
        double[] notMeeting = relief(change(overloaded, c -> c.withStallOverload(0.0).withStallSteepness(20.0)));
        Runs.assertLarger("burnout relieved by autonomy, teams meeting against teams never released", notMeeting,
                meeting);
        double stalled = java.util.Arrays.stream(notMeeting).average().orElseThrow();
        double met = java.util.Arrays.stream(meeting).average().orElseThrow();
        assertTrue(stalled < 0.25 * met, "relief where teams are never released " + stalled + " against " + met);
    }

    /** For each seed, how much lower burnout is with an autonomy relief of 0.4 than with none. */
    private static double[] relief(HospitalParameters p) {
        double[] without = values(change(p, c -> c.withAutonomyRelief(0)), SEEDS, "burnout_rate");
        double[] with = values(change(p, c -> c.withAutonomyRelief(0.4)), SEEDS, "burnout_rate");
        return IntStream.range(0, SEEDS).mapToDouble(i -> without[i] - with[i]).toArray();
    }

    // ---- the partnership's costs and risks

    @Test
    void theSocialContractsSafetyBuildsOverMonthsNotOnDayZero() {
        HospitalParameters with = partnership(q -> q);
        HospitalParameters without = partnership(q -> q.withSocialContract(false));
        double gain = with.partnership().contractSafetyGain();
        for (int seed = 1; seed <= 2; seed++) {
            List<DayRecord> a = Runs.days(with.withSeed(seed));
            List<DayRecord> b = Runs.days(without.withSeed(seed));
            int first = with.warmupDays() + 2;
            int later = with.warmupDays() + 300;
            double early = a.get(first).value(Metrics.PSYCH_SAFETY_METRIC) - b.get(first).value(Metrics.PSYCH_SAFETY_METRIC);
            double late = a.get(later).value(Metrics.PSYCH_SAFETY_METRIC) - b.get(later).value(Metrics.PSYCH_SAFETY_METRIC);
            assertTrue(early < 0.2 * gain, "safety gained by day 2: " + early + " of " + gain);
            assertTrue(late > 0.6 * gain, "safety gained by day 300: " + late + " of " + gain);
        }
    }

    @Test
    void aLaborRelationsShockUndoesTheSocialContract() {
        HospitalParameters calm = partnership(q -> q);
        HospitalParameters shocked = partnership(q -> q.withShockDay(150));
        Runs.assertLarger("psychological safety, shocked on day 150 against calm", values(shocked, SEEDS, "psych_safety"),
                values(calm, SEEDS, "psych_safety"));
        Runs.assertLargerOnAverage("adoption, shocked on day 150 against calm",
                values(shocked, SMALL_EFFECT_SEEDS, "adoption_fraction"),
                values(calm, SMALL_EFFECT_SEEDS, "adoption_fraction"));
    }

    @Test
    void stewardsHoursInTheJointStructuresAreTakenFromCare() {
        HospitalParameters none = partnership(q -> q.withStewardHoursPerWeek(0));
        HospitalParameters many = partnership(q -> q.withStewardHoursPerWeek(10));
        Runs.assertLarger("improvement hours, stewards at 10 hours a week against none",
                values(none, SEEDS, "improvement_hours"), values(many, SEEDS, "improvement_hours"));
    }
}
