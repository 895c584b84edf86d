package org.groundswell.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.LocalBackend;
import org.groundswell.experiments.execution.RunGroup;
import org.groundswell.experiments.execution.RunIds;
import org.groundswell.experiments.execution.RunResult;
import org.groundswell.experiments.execution.RunSpec;
import org.groundswell.experiments.execution.Seeds;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark backend against the local one, on Spark in this process with two cores and three attempts per task
 * ({@code local[2,3]}): the same results, failures included, and Spark's task retry for runs that fail.
 */
class SparkBackendTest {

    /** A short calendar: 5 days of warm-up, 10 of strategy period. */
    private static final HospitalParameters SHORT = HospitalParameters.communityHospital().withDays(5, 10);

    /** Attempts of each run by the test runners, by run index; executors share this JVM in local mode. */
    private static final Map<Integer, AtomicInteger> ATTEMPTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2,3]").setAppName("SparkBackendTest"));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /**
     * Two strategies in each of five replications (five warm-up groups of two), the days recorded as a
     * comparison does; with {@code broken}, replication 2 has overrides that do not fit, so that its runs fail.
     */
    private static List<RunSpec> specs(boolean broken) {
        String digest = RunIds.digest(SHORT);
        List<RunSpec> specs = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            List<String> overrides = broken && r == 2 ? List.of("units.icu.beds=-1") : List.of();
            for (String strategy : List.of(Strategies.NONE, "frontline")) {
                specs.add(RunSpec.of(specs.size(), 0, SHORT, digest, overrides, strategy, r,
                        Seeds.replication(11, r), true));
            }
        }
        return specs;
    }

    /** Every result of {@code backend} on {@code specs}, by index, checking that the sink runs on this thread. */
    private static Map<Integer, RunResult> results(Backend backend, List<RunSpec> specs) throws Exception {
        Map<Integer, RunResult> results = new TreeMap<>();
        Set<Thread> callers = new HashSet<>();
        backend.run(specs.iterator(), result -> {
            callers.add(Thread.currentThread());
            assertNull(results.put(result.spec().index(), result), "one result per run");
        });
        assertEquals(Set.of(Thread.currentThread()), callers, "the sink runs on the calling thread");
        return results;
    }

    private static void assertSameResult(RunResult expected, RunResult actual) {
        String run = "run " + expected.spec().index();
        assertEquals(expected.spec(), actual.spec(), run);
        assertEquals(expected.error(), actual.error(), run);
        assertEquals(expected.metrics(), actual.metrics(), run);
        if (expected.days() == null) {
            assertNull(actual.days(), run);
        } else {
            assertArrayEquals(expected.days().values(), actual.days().values(), run);
        }
    }

    @Test
    void everyRunGivesOnSparkExactlyWhatItGivesOnTheLocalBackendFailuresIncluded() throws Exception {
        Map<Integer, RunResult> local;
        try (Backend backend = new LocalBackend(2)) {
            local = results(backend, specs(true));
        }
        Map<Integer, RunResult> distributed;
        try (Backend backend = SparkBackend.on(spark)) {
            distributed = results(backend, specs(true));
        }
        assertEquals(10, local.size());
        assertEquals(local.keySet(), distributed.keySet());
        local.forEach((index, expected) -> assertSameResult(expected, distributed.get(index)));
        assertEquals(Set.of(4, 5), failedIndices(distributed), "replication 2's runs fail, the others do not");
        assertTrue(distributed.get(4).error().contains("units.icu.beds"), distributed.get(4).error());
    }

    @Test
    void aRunThatFailsOnceIsRunAgainBySparkAndGivesItsResult() throws Exception {
        ATTEMPTS.clear();
        Map<Integer, RunResult> results;
        try (Backend backend = SparkBackend.on(spark, SparkBackendTest::failsOnceAtIndexSix)) {
            results = results(backend, specs(false));
        }
        assertEquals(2, ATTEMPTS.get(6).get(), "the task of run 6 is tried twice");
        assertEquals(Set.of(), failedIndices(results), "run 6 succeeds on its second attempt");
        List<RunResult> alone = RunGroup.run(specs(false).subList(6, 8));
        assertSameResult(alone.get(0), results.get(6));
    }

    @Test
    void aRunThatFailsOnEveryAttemptIsPassedOnWithItsErrorAndTheOthersAreNot() throws Exception {
        ATTEMPTS.clear();
        Map<Integer, RunResult> results;
        try (Backend backend = SparkBackend.on(spark, SparkBackendTest::alwaysFailsAtIndexEight)) {
            results = results(backend, specs(false));
        }
        assertEquals(3, ATTEMPTS.get(8).get(), "local[2,3]: three attempts");
        assertEquals(Set.of(8, 9), failedIndices(results), "run 8's group fails, and nothing else");
        assertEquals("StackOverflowError: deep in run 8", results.get(8).error());
        assertEquals("StackOverflowError: deep in run 8", results.get(9).error(), "its group shares the failure");
        assertFalse(results.get(0).failed());
    }

    @Test
    void sparkAllowsAsManyAttemptsAsItsSchedulerDoes() {
        assertEquals(1, SparkBackend.attempts(new SparkConf().setMaster("local[2]")));
        assertEquals(1, SparkBackend.attempts(new SparkConf().setMaster("local[*]")));
        assertEquals(3, SparkBackend.attempts(new SparkConf().setMaster("local[2,3]")));
        assertEquals(4, SparkBackend.attempts(new SparkConf().setMaster("yarn")));
        assertEquals(8, SparkBackend.attempts(new SparkConf().setMaster("spark://head:7077")
                .set("spark.task.maxFailures", "8")));
        assertTrue(SparkBackend.on(spark).description().startsWith("spark at local[2,3], 2 cores"));
    }

    private static Set<Integer> failedIndices(Map<Integer, RunResult> results) {
        Set<Integer> failed = new java.util.TreeSet<>();
        results.forEach((index, result) -> {
            if (result.failed()) {
                failed.add(index);
            }
        });
        return failed;
    }

    /** Counts an attempt at {@code group} and says whether it is the first. */
    private static boolean firstAttempt(List<RunSpec> group, int index) {
        if (group.stream().noneMatch(s -> s.index() == index)) {
            return false;
        }
        ATTEMPTS.computeIfAbsent(index, i -> new AtomicInteger()).incrementAndGet();
        return TaskContext.get().attemptNumber() == 0;
    }

    private static List<RunResult> failsOnceAtIndexSix(List<RunSpec> group) {
        if (firstAttempt(group, 6)) {
            throw new IllegalStateException("a lost executor, say");
        }
        return RunGroup.run(group);
    }

    private static List<RunResult> alwaysFailsAtIndexEight(List<RunSpec> group) {
        firstAttempt(group, 8);
        if (group.stream().anyMatch(s -> s.index() == 8)) {
            throw new StackOverflowError("deep in run 8");
        }
        return RunGroup.run(group);
    }
}
