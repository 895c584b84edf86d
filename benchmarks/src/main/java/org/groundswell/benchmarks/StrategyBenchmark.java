package org.groundswell.benchmarks;

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

import org.groundswell.model.Hospital;
import org.groundswell.model.RunSummary;
import org.groundswell.model.Simulation;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * How many staff-days a second does the default hospital simulate under each change strategy — one day of the
 * strategy period at a time, and over a whole run (build, 90 days of warm-up, 730 of strategy period)?
 *
 * <p>JMH counts staff-days as its operations ({@code @OperationsPerInvocation}: 692 frontline positions per
 * day), so its score is staff-days per second. The baseline is {@code strategy = none}: the hospital with no
 * change effort, to which each other strategy adds its own work. {@code day} steps a hospital warmed up once
 * and branched into the strategy, with a strategy period long enough that an iteration never reaches its end
 * (a branch is made again if it does): the cost of a day once the strategy is under way, build and warm-up
 * left out. {@code run} is what a sweep pays per run: 692 × 820 staff-days. Milliseconds per run = 567,440 /
 * the score × 1,000 ({@code benchmarks/report.py} prints both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StrategyBenchmark {

    /** Strategy-period days of the hospital {@code day} steps: more than any iteration gets through. */
    private static final int LONG_PERIOD = 36_500;

    /** The change strategy of the strategy period. */
    @Param({"none", "top-down", "frontline", "partnership"})
    public String strategy;

    private HospitalParameters parameters;
    private Hospital warm;
    private Hospital hospital;
    private long seed;

    @Setup(Level.Trial)
    public void setUp() {
        DefaultHospital.check();
        parameters = HospitalParameters.communityHospital().withStrategy(strategy);
        HospitalParameters longRun = parameters.withDays(parameters.warmupDays(), LONG_PERIOD);
        warm = Simulation.warmUp(longRun, false);
    }

    /** Each iteration of {@code day} starts from the same warmed-up hospital, on day 0 of the strategy. */
    @Setup(Level.Iteration)
    public void branch() {
        hospital = warm.branch(strategy);
    }

    /** One day of the strategy period. */
    @Benchmark
    @OperationsPerInvocation(DefaultHospital.STAFF)
    public Hospital day() {
        if (hospital.schedule.getSteps() >= hospital.parameters().totalDays()) {
            hospital = warm.branch(strategy);
        }
        hospital.schedule.step(hospital);
        return hospital;
    }

    /** A whole run, from building the hospital to the last day; each run has a seed of its own. */
    @Benchmark
    @OperationsPerInvocation(DefaultHospital.STAFF_DAYS)
    public RunSummary run() {
        return Simulation.run(parameters.withSeed(++seed), false, List.of());
    }
}
