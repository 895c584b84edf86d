package org.groundswell.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import org.groundswell.experiments.execution.LocalBackend;
import org.groundswell.experiments.execution.RunIds;
import org.groundswell.experiments.execution.RunSpec;
import org.groundswell.experiments.execution.Seeds;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * How many runs a second does a sweep get through the local backend on one and on two threads, and how much
 * does warming each replication up once and branching it into every strategy save over running each from
 * day −90?
 *
 * <p>Each invocation hands {@value #RUNS} runs of the default scenario to a {@link LocalBackend} — every
 * strategy in each of {@value #REPLICATIONS} replications, with the seeds and daily series a {@code compare}
 * asks for — and takes their results. {@code warmUp = branched} lists them replication by replication, so the
 * backend groups each replication's strategies to share one warm-up (as {@code compare} and {@code sweep} do);
 * {@code warmUp = separate} lists them strategy by strategy, so no two neighbours share one and every run warms
 * up by itself. The baseline is {@code threads = 1, warmUp = separate}. JMH counts runs as its operations, so
 * the score is runs per second; parallel efficiency = (runs/s on 2 threads) / (2 × runs/s on 1), target at
 * least 0.9 ({@code benchmarks/report.py} works it out). An invocation takes seconds, longer than an iteration's
 * time, so each iteration is one invocation; {@value #REPLICATIONS} groups of four runs keep the last group's
 * wait, while the other thread has nothing left, small beside the whole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SweepBenchmark {

    private static final List<String> STRATEGIES = List.of("none", "top-down", "frontline", "partnership");
    private static final int REPLICATIONS = 24;
    private static final int RUNS = 96;

    /** Worker threads of the backend. */
    @Param({"1", "2"})
    public int threads;

    /** Whether the strategies of a replication share its warm-up ({@code branched}) or not ({@code separate}). */
    @Param({"branched", "separate"})
    public String warmUp;

    private List<RunSpec> specs;

    @Setup(Level.Trial)
    public void setUp() throws ScenarioException {
        HospitalParameters scenario = ScenarioLoader.load("community-hospital").parameters();
        String digest = RunIds.digest(scenario);
        long seed = scenario.seed();
        List<RunSpec> list = new ArrayList<>();
        boolean branched = warmUp.equals("branched");
        for (int outer = 0; outer < (branched ? REPLICATIONS : STRATEGIES.size()); outer++) {
            for (int inner = 0; inner < (branched ? STRATEGIES.size() : REPLICATIONS); inner++) {
                int r = branched ? outer : inner;
                String strategy = STRATEGIES.get(branched ? inner : outer);
                list.add(RunSpec.of(list.size(), 0, scenario, digest, List.of(), strategy, r,
                        Seeds.replication(seed, r), true));
            }
        }
        if (list.size() != RUNS) {
            throw new IllegalStateException(list.size() + " runs where RUNS says " + RUNS);
        }
        specs = List.copyOf(list);
    }

    /** {@value #RUNS} runs through the local backend. */
    @Benchmark
    @OperationsPerInvocation(RUNS)
    public void runs(Blackhole results) throws IOException, InterruptedException {
        try (LocalBackend backend = new LocalBackend(threads)) {
            backend.run(specs.iterator(), results::consume);
        }
    }
}
