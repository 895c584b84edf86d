package org.groundswell.experiments.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.groundswell.model.RunSummary;
import org.groundswell.model.Simulation;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Warm up once, branch many: the same results as separate runs, and failures that stay one run's. */
class RunGroupTest {

    /** A short calendar: 8 days of warm-up, 20 of strategy period. */
    static final HospitalParameters SHORT = HospitalParameters.communityHospital().withDays(8, 20);

    private static RunSpec spec(int index, String strategy, int replication, List<String> overrides) {
        return RunSpec.of(index, 0, SHORT, RunIds.digest(SHORT), overrides, strategy, replication,
                Seeds.replication(5, replication), true);
    }

    @Test
    void branchingFromOneWarmUpGivesEachStrategyExactlyItsSeparateRun() {
        // Every bundled strategy, and the first one twice, so that even with a single strategy every run is a
        // branch of the shared warm-up.
        List<String> strategies = new ArrayList<>(Strategies.ids());
        strategies.add(strategies.get(0));
        List<RunSpec> group = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            group.add(spec(i, strategies.get(i), 3, List.of()));
        }
        List<RunResult> branched = RunGroup.run(group);
        assertEquals(group.size(), branched.size());
        for (RunResult result : branched) {
            assertFalse(result.failed(), result.error());
            HospitalParameters alone = SHORT.withSeed(result.spec().seed()).withStrategy(result.spec().strategy());
            DaySeries.Recorder recorder = new DaySeries.Recorder();
            RunSummary summary = Simulation.run(alone, false, List.of(recorder));
            assertEquals(summary.metrics(), result.metrics(), "summary of " + result.spec().strategy());
            double[][] expected = recorder.series().values();
            assertEquals(20, expected.length, "days 0 to 19");
            assertArrayEquals(expected, result.days().values(), "daily values of " + result.spec().strategy());
        }
    }

    @Test
    void replicationRHasTheSameSeedUnderEveryStrategyAndAnotherSeedInEveryOtherReplication() {
        List<RunSpec> specs = new ArrayList<>();
        int index = 0;
        for (int r = 0; r < 5; r++) {
            for (String s : Strategies.ids()) {
                specs.add(spec(index++, s, r, List.of()));
            }
        }
        Map<Integer, Set<Long>> seeds = specs.stream().collect(Collectors.groupingBy(RunSpec::replication,
                Collectors.mapping(RunSpec::seed, Collectors.toSet())));
        seeds.values().forEach(s -> assertEquals(1, s.size(), "one seed per replication"));
        assertEquals(5, seeds.values().stream().flatMap(Set::stream).distinct().count(), "a seed per replication");
        List<List<RunSpec>> groups = new ArrayList<>();
        RunGroup.groups(specs.iterator()).forEachRemaining(groups::add);
        assertEquals(5, groups.size(), "the strategies of a replication share one warm-up");
        groups.forEach(g -> assertEquals(Strategies.ids().size(), g.size()));
    }

    @Test
    void theSameSeedGivesTheSamePatientsWhateverElseDiffers() {
        // Common random numbers: arrivals come from their own stream, so runs on one seed see the same admissions
        // on day 0 even when staffing differs.
        RunResult five = RunGroup.run(List.of(spec(0, Strategies.NONE, 0, List.of()))).get(0);
        RunResult six = RunGroup.run(List.of(spec(1, Strategies.NONE, 0,
                List.of("staffing.patientsPerNurse=6")))).get(0);
        int admissions = org.groundswell.model.metrics.Metrics.all()
                .indexOf(org.groundswell.model.metrics.Metrics.ADMISSIONS_METRIC);
        assertEquals(five.days().values()[0][admissions], six.days().values()[0][admissions]);
        assertNotEquals(five.metrics(), six.metrics(), "but the hospitals differ");
    }

    @Test
    void overridesThatDoNotFitFailTheirRunsWithTheErrorAndNothingElse() {
        RunSpec bad = spec(0, Strategies.NONE, 0, List.of("staffing.patientsPerNurse=40"));
        RunResult failed = RunGroup.run(List.of(bad)).get(0);
        assertTrue(failed.failed());
        assertTrue(failed.error().contains("staffing.patientsPerNurse = 40: a number from 1 to 12"), failed.error());
        assertTrue(failed.metrics().isEmpty());
        assertNull(failed.days());
        assertTrue(Double.isNaN(failed.metric("census")));
    }

    @Test
    void localBackendPassesEveryResultOnOnceFromOneThreadEvenWhenRunsFail() throws Exception {
        List<RunSpec> specs = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            List<String> overrides = r == 2 ? List.of("units.icu.beds=-1") : List.of();
            specs.add(spec(r, Strategies.NONE, r, overrides));
        }
        List<RunResult> results = new ArrayList<>();
        Set<Thread> callers = new java.util.HashSet<>();
        try (Backend backend = new LocalBackend(3)) {
            backend.run(specs.iterator(), result -> {
                callers.add(Thread.currentThread());
                results.add(result);
            });
        }
        assertEquals(Set.of(Thread.currentThread()), callers, "the sink runs on the calling thread");
        assertEquals(6, results.size());
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), results.stream().map(r -> r.spec().index()).collect(Collectors.toSet()));
        assertEquals(1, results.stream().filter(RunResult::failed).count());
        assertEquals(2, results.stream().filter(RunResult::failed).findFirst().orElseThrow().spec().index());
    }

    @Test
    void inOrderReleasesResultsInDesignOrder() throws Exception {
        List<Integer> released = new ArrayList<>();
        InOrder inOrder = new InOrder(0, r -> released.add(r.spec().index()));
        for (int i : new int[] {2, 0, 3, 1, 4}) {
            inOrder.accept(new RunResult(spec(i, Strategies.NONE, 0, List.of()), Map.of(), null, "x"));
        }
        assertEquals(List.of(0, 1, 2, 3, 4), released);
    }

    @Test
    void runIdsDependOnWhatIsComputedOnly() {
        RunSpec a = spec(0, Strategies.NONE, 1, List.of("staffing.patientsPerNurse=6"));
        RunSpec sameRunElsewhere = spec(17, Strategies.NONE, 1, List.of("staffing.patientsPerNurse=6"));
        RunSpec otherValue = spec(0, Strategies.NONE, 1, List.of("staffing.patientsPerNurse=5"));
        RunSpec otherReplication = spec(0, Strategies.NONE, 2, List.of("staffing.patientsPerNurse=6"));
        assertEquals(a.runId(), sameRunElsewhere.runId());
        assertNotEquals(a.runId(), otherValue.runId());
        assertNotEquals(a.runId(), otherReplication.runId());
        assertTrue(a.runId().matches("[0-9a-f]{16}"));
        assertNotEquals(RunIds.digest(SHORT), RunIds.digest(SHORT.withDays(8, 21)));
    }

    @Test
    void seedsAreReproducibleNonNegativeAndDistinct() {
        Set<Long> seen = new java.util.HashSet<>();
        long largest = 0;
        for (long base : new long[] {0, 1, 2, Long.MAX_VALUE}) {
            for (int r = 0; r < 1000; r++) {
                long s = Seeds.replication(base, r);
                assertTrue(s >= 0);
                assertEquals(s, Seeds.replication(base, r));
                seen.add(s);
                largest = Math.max(largest, s);
            }
        }
        assertEquals(4000, seen.size(), "experiments with nearby seeds share no replication");
        assertTrue(largest > Seeds.LIMIT / 2, "the seeds still use the whole range below 2^53: " + largest);
    }

    @Test
    void everySeedSurvivesARoundTripThroughADouble() {
        for (long base : new long[] {0, 1, 42, 2024, Long.MAX_VALUE}) {
            for (int r = 0; r < 10_000; r++) {
                long s = Seeds.replication(base, r);
                assertTrue(s < Seeds.LIMIT, s + " is at least 2^53");
                // What R's read.csv, Excel and JavaScript do to the number written in runs.csv.
                double asRead = Double.parseDouble(Long.toString(s));
                assertEquals(s, (long) asRead, "seed " + s + " read back as a double");
            }
        }
        long above = (1L << 53) + 1;
        assertNotEquals(above, (long) Double.parseDouble(Long.toString(above)), "the check could fail");
    }
}
