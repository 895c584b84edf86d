package org.groundswell.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.groundswell.model.culture.Decisions;
import org.groundswell.model.culture.Decisions.HarmResponse;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decisions the model otherwise draws can be made by someone else ({@link Decisions}) without disturbing
 * the run: a hook that returns the model's own decision gives the same days, value for value, as a hospital
 * without one; a scripted hook gives the same days in a {@link Lockstep} as in a hospital run alone; and the
 * decisions move the outcomes the way the model's mechanisms say, paired over seeds (common random numbers).
 */
class DecisionsTest {

    private static final int SEEDS = 6;
    private static final HospitalParameters BASE = Runs.withSummaryDays(Runs.defaults().withDays(60, 365), 180);

    /** Returns the model's own decision every time, and counts how often it was asked. */
    private static final class Counting implements Decisions {
        private static final long serialVersionUID = 1L;
        int harm;
        int release;
        int speakUp;

        @Override
        public HarmResponse answerHarm(int unit, int day, HarmResponse drawn) {
            harm++;
            return drawn;
        }

        @Override
        public double releaseTime(int unit, int day, double share) {
            release++;
            return share;
        }

        @Override
        public boolean speakUp(int unit, ProblemType type, int day, boolean drawn) {
            speakUp++;
            return drawn;
        }
    }

    /** The same answer to every decision of one kind; the model's own to the others. */
    private record Always(HarmResponse harm, Double release, Boolean speakUp) implements Decisions {
        @Override
        public HarmResponse answerHarm(int unit, int day, HarmResponse drawn) {
            return harm == null ? drawn : harm;
        }

        @Override
        public double releaseTime(int unit, int day, double share) {
            return release == null ? share : release;
        }

        @Override
        public boolean speakUp(int unit, ProblemType type, int day, boolean drawn) {
            return speakUp == null ? drawn : speakUp;
        }
    }

    /** A scripted class: blames on even days on unit 0, holds team time on odd days, never raises supplies. */
    private record Scripted() implements Decisions {
        @Override
        public HarmResponse answerHarm(int unit, int day, HarmResponse drawn) {
            return unit == 0 ? (day % 2 == 0 ? HarmResponse.BLAME : HarmResponse.JOINT_ANALYSIS) : drawn;
        }

        @Override
        public double releaseTime(int unit, int day, double share) {
            return day % 2 == 0 ? 1 : 0;
        }

        @Override
        public boolean speakUp(int unit, ProblemType type, int day, boolean drawn) {
            return type != ProblemType.values()[0] && drawn;
        }
    }

    @Test
    void aHookThatReturnsTheModelsOwnDecisionsChangesNothing() {
        for (String strategy : List.of("none", "partnership")) {
            HospitalParameters p = BASE.withStrategy(strategy).withSeed(3);
            Counting counting = new Counting();
            List<DayRecord> hooked = days(p, counting);
            List<DayRecord> plain = Runs.days(p);
            assertSameDays(plain, hooked);
            assertTrue(counting.harm > 0 && counting.speakUp > 0, strategy + ": the hook was asked " + counting.harm
                    + " harm and " + counting.speakUp + " speak-up decisions");
            if (strategy.equals("partnership")) {
                assertTrue(counting.release > 0, "a unit with a team was asked to release its time");
            }
        }
    }

    @Test
    void scriptedDecisionsGiveTheSameDaysInALockstepAsAlone() {
        HospitalParameters p = BASE.withStrategy("frontline").withSeed(5).withDays(30, 200);
        Lockstep both = new Lockstep(p, List.of("frontline", "frontline"));
        both.decideBy(0, new Scripted());
        both.start();
        while (both.schedule.step(both)) {
            // both hospitals step a day
        }
        assertSameDays(days(p, new Scripted()), both.logs().get(0).all());
        assertSameDays(Runs.days(p), both.logs().get(1).all());
        assertNotEquals(both.logs().get(0).latest().value(org.groundswell.model.metrics.Metrics.PSYCH_SAFETY_METRIC),
                both.logs().get(1).latest().value(org.groundswell.model.metrics.Metrics.PSYCH_SAFETY_METRIC),
                "the scripted decisions changed the hospital");
    }

    @Test
    void answeringHarmWithBlameLowersSafetyAndReportingAndRaisesHarm() {
        Decisions blame = new Always(HarmResponse.BLAME, null, null);
        Decisions analyse = new Always(HarmResponse.JOINT_ANALYSIS, null, null);
        HospitalParameters p = BASE.withStrategy("none");
        Runs.assertLarger("psych_safety", summary(p, blame, "psych_safety"), summary(p, analyse, "psych_safety"));
        Runs.assertLarger("adverse_events_reported_per_1000_pd", summary(p, blame, "adverse_events_reported_per_1000_pd"),
                summary(p, analyse, "adverse_events_reported_per_1000_pd"));
        Runs.assertLargerOnAverage("adverse_events_per_1000_pd", summary(p, analyse, "adverse_events_per_1000_pd"),
                summary(p, blame, "adverse_events_per_1000_pd"));
    }

    @Test
    void releasingTheTeamsTimeSpreadsPracticesAndHoldingItStallsThem() {
        Decisions release = new Always(null, 1.0, null);
        Decisions hold = new Always(null, 0.0, null);
        HospitalParameters p = BASE.withStrategy("frontline");
        Runs.assertLarger("adoption_fraction", summary(p, hold, "adoption_fraction"),
                summary(p, release, "adoption_fraction"));
        Runs.assertLarger("improvement_hours", summary(p, hold, "improvement_hours"),
                summary(p, release, "improvement_hours"));
    }

    @Test
    void raisingWhatStaffWorkAroundLeavesFewerSilentWorkarounds() {
        Decisions raise = new Always(null, null, true);
        Decisions silent = new Always(null, null, false);
        HospitalParameters p = BASE.withStrategy("none");
        Runs.assertLarger("workarounds_active", summary(p, raise, "workarounds_active"),
                summary(p, silent, "workarounds_active"));
    }

    /** The summary of {@code metric} in seeds 1..SEEDS with {@code who} deciding. */
    private static double[] summary(HospitalParameters p, Decisions who, String metric) {
        return IntStream.rangeClosed(1, SEEDS).parallel().mapToDouble(seed -> {
            Hospital h = new Hospital(p.withSeed(seed), false);
            h.decideBy(who);
            h.runToEnd();
            return h.summary().metric(metric);
        }).toArray();
    }

    private static List<DayRecord> days(HospitalParameters p, Decisions who) {
        List<DayRecord> days = new ArrayList<>();
        Hospital h = new Hospital(p, false);
        h.decideBy(who);
        h.addListener(new RunListener() {
            @Override
            public void onDay(DayRecord day) {
                days.add(day);
            }
        });
        h.runToEnd();
        return days;
    }

    private static void assertSameDays(List<DayRecord> expected, List<DayRecord> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).values(), actual.get(i).values(), 0.0, "day " + expected.get(i).day());
            assertEquals(Arrays.deepToString(expected.get(i).unitValues()),
                    Arrays.deepToString(actual.get(i).unitValues()), "day " + expected.get(i).day());
        }
    }
}
