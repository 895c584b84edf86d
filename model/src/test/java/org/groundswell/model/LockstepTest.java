package org.groundswell.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockstepTest {

    private static final HospitalParameters SHORT = HospitalParameters.communityHospital().withDays(10, 40);

    @Test
    void bothHospitalsAreAlwaysOnTheSameDay() {
        Lockstep both = new Lockstep(SHORT, List.of("top-down", "partnership"));
        both.start();
        assertEquals(-11, both.day(), "before the first step: the day before the warm-up");
        int steps = 0;
        while (both.schedule.step(both)) {
            steps++;
            Hospital a = both.hospitals().get(0);
            Hospital b = both.hospitals().get(1);
            assertEquals(a.day(), b.day());
            assertEquals(both.day(), a.day());
            assertEquals(both.logs().get(0).size(), both.logs().get(1).size());
            assertEquals(both.day(), both.logs().get(1).latest().day());
        }
        assertEquals(SHORT.totalDays(), steps, "the run ends after its last day");
        assertTrue(both.finished());
        assertEquals(SHORT.days() - 1, both.day());
        assertFalse(both.schedule.step(both), "nothing is left to step");
    }

    @Test
    void aHospitalInTheWindowGivesTheSameMetricsAsAHeadlessRun() {
        Lockstep both = new Lockstep(SHORT.withSeed(3), List.of("frontline", "top-down"));
        both.start();
        while (both.schedule.step(both)) {
            // to the end
        }
        for (int i = 0; i < 2; i++) {
            List<DayRecord> headless = new ArrayList<>();
            Hospital alone = new Hospital(SHORT.withSeed(3).withStrategy(both.strategies().get(i)), false);
            alone.addListener(new RunListener() {
                @Override
                public void onDay(DayRecord day) {
                    headless.add(day);
                }
            });
            alone.runToEnd();
            List<DayRecord> shown = both.logs().get(i).all();
            assertEquals(headless.size(), shown.size());
            for (int d = 0; d < headless.size(); d++) {
                assertEquals(headless.get(d).day(), shown.get(d).day());
                assertArrayEquals(headless.get(d).values(), shown.get(d).values(),
                        both.strategies().get(i) + ", day " + headless.get(d).day());
            }
        }
    }

    @Test
    void theStrategiesDivergeOnlyAfterTheWarmUp() {
        Lockstep both = new Lockstep(SHORT, List.of("none", "partnership"));
        both.start();
        while (both.schedule.step(both)) {
            // to the end
        }
        List<DayRecord> a = both.logs().get(0).all();
        List<DayRecord> b = both.logs().get(1).all();
        for (int d = 0; d < SHORT.warmupDays(); d++) {
            assertArrayEquals(a.get(d).values(), b.get(d).values(), "common random numbers in the warm-up");
        }
    }

    @Test
    void theSeedMasonSetsIsTheHospitalsSeed() {
        Lockstep one = new Lockstep(SHORT.withSeed(5), List.of("none"));
        one.start();
        assertEquals(5, one.running().seed(), "the scenario's seed while MASON's copy is unchanged");
        one.setSeed(7);
        one.start();
        assertEquals(7, one.running().seed(), "the Console's seed once the user types another");
        assertEquals(7, one.hospitals().get(0).parameters().seed());
    }

    @Test
    void reconfiguringChangesTheNextRunOnly() {
        Lockstep one = new Lockstep(SHORT, List.of("none"));
        one.start();
        one.schedule.step(one);
        one.configure(SHORT.withStrategy("frontline"), List.of("frontline", "top-down"));
        assertEquals(1, one.hospitals().size(), "the run under way keeps its hospitals");
        one.start();
        assertEquals(List.of("frontline", "top-down"),
                one.hospitals().stream().map(h -> h.parameters().strategy()).toList());
    }

    @Test
    void anUnknownStrategyIsRefusedWithTheKnownOnes() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new Lockstep(SHORT, List.of("none", "sideways")));
        assertTrue(e.getMessage().contains("sideways") && e.getMessage().contains("partnership"), e.getMessage());
        assertThrows(ParameterException.class, () -> new Lockstep(SHORT, List.of()));
    }
}
