package org.groundswell.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.Intervention;
import org.groundswell.model.plugin.WalkRounds;

import sim.engine.SimState;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strategy API: the registry of bundled strategies and plug-ins, validation of strategy ids and
 * interventions, and the promises checkpointing rests on — a hospital branched after its warm-up runs exactly
 * as a fresh run of the same strategy, and a checkpoint taken mid-strategy continues exactly.
 */
class StrategyApiTest {

    /** A short run that exercises interventions in the warm-up and in the strategy period. */
    private static final HospitalParameters SHORT = Runs.defaults().with().warmupDays(30).days(150)
            .interventions(List.of(new Intervention("staffing-stabilization", -10),
                    new Intervention("boundary-spanners", 20), new Intervention("huddles", 0),
                    new Intervention("staff-bank", 40)))
            .build();

    @Test
    void theBundledStrategiesComeFirstThenThePlugIns() {
        assertEquals(List.of("none", "top-down", "frontline", "partnership", "walk-rounds"), Strategies.ids());
        assertTrue(Strategies.factory("partnership").orElseThrow().description().contains("Study Action Teams"));
    }

    @Test
    void anUnknownStrategyIsRejectedWithTheIdsThatExist() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new Hospital(Runs.defaults().withStrategy("bottom-up"), false));
        assertEquals("strategy", e.field());
        assertEquals("one of none, top-down, frontline, partnership, walk-rounds", e.allowed());
    }

    @Test
    void anUnknownOrRepeatedInterventionIsRejected() {
        ParameterException unknown = assertThrows(ParameterException.class, () -> new Intervention("hudles", 0));
        assertEquals("type", unknown.field());
        assertTrue(unknown.allowed().startsWith("one of staffing-stabilization, staff-bank, huddles"), unknown.allowed());
        ParameterException twice = assertThrows(ParameterException.class, () -> Runs.defaults().with()
                .interventions(List.of(new Intervention("huddles", 0), new Intervention("huddles", 9))).build());
        assertEquals("interventions[1].type", twice.field());
    }

    @Test
    void aPlugInStrategyRunsFromItsIdAndActs() {
        HospitalParameters year = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);
        Hospital hospital = new Hospital(year.withStrategy("walk-rounds"), false);
        hospital.runToEnd();
        assertTrue(hospital.strategy() instanceof WalkRounds);
        Runs.assertRaises(3, year, year.withStrategy("walk-rounds"), "problems_fixed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "top-down", "frontline", "partnership", "walk-rounds"})
    void aBranchedHospitalRunsExactlyAsAFreshRunOfItsStrategy(String strategy) {
        List<DayRecord> fresh = Runs.days(new Hospital(SHORT.withStrategy(strategy), false));
        Hospital warm = Simulation.warmUp(SHORT, false);
        List<DayRecord> branched = Runs.days(warm.branch(strategy));
        List<DayRecord> freshStrategyPeriod = fresh.subList(fresh.size() - branched.size(), fresh.size());
        assertEquals(SHORT.days(), branched.size());
        for (int i = 0; i < branched.size(); i++) {
            assertEquals(freshStrategyPeriod.get(i).day(), branched.get(i).day());
            assertArrayEquals(freshStrategyPeriod.get(i).values(), branched.get(i).values(), 0.0,
                    strategy + ", day " + branched.get(i).day());
            assertEquals(Arrays.deepToString(freshStrategyPeriod.get(i).unitValues()),
                    Arrays.deepToString(branched.get(i).unitValues()));
        }
    }

    @Test
    void aSnapshotBranchesEveryStrategyAsTheWarmHospitalWould() {
        Hospital warm = Simulation.warmUp(SHORT, false);
        Snapshot snapshot = warm.snapshot();
        for (String strategy : List.of("partnership", "none", "top-down", "partnership")) {
            List<DayRecord> fromSnapshot = Runs.days(snapshot.branch(strategy));
            List<DayRecord> fromWarm = Runs.days(warm.branch(strategy));
            assertEquals(fromWarm.size(), fromSnapshot.size());
            for (int i = 0; i < fromWarm.size(); i++) {
                assertArrayEquals(fromWarm.get(i).values(), fromSnapshot.get(i).values(), 0.0,
                        strategy + ", day " + fromWarm.get(i).day());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"top-down", "partnership"})
    void aCheckpointTakenDuringTheStrategyContinuesExactly(String strategy)
            throws IOException, ClassNotFoundException {
        Hospital original = new Hospital(SHORT.withStrategy(strategy), false);
        original.start();
        for (int d = 0; d < SHORT.warmupDays() + 70; d++) {
            original.schedule.step(original);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.writeToCheckpoint(bytes);
        Hospital copy = (Hospital) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        List<DayRecord> a = Runs.days(original);
        List<DayRecord> b = Runs.days(copy);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).values(), b.get(i).values(), 0.0, strategy + ", day " + a.get(i).day());
        }
        assertEquals(original.summary(), copy.summary());
    }
}
