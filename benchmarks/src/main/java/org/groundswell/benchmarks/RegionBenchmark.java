package org.groundswell.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.groundswell.model.RunSummary;
import org.groundswell.model.Simulation;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * A whole run of the twenty-hospital health system ({@code health-system-20}: its 90-day warm-up and two-year
 * strategy period) on one thread, under the baseline and under {@code partnership} in every hospital: the
 * speed a user of a health system's scenario meets. Target: under 3 seconds under {@code partnership}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
public class RegionBenchmark {

    /** The strategy of every hospital of the region. */
    @Param({"none", "partnership"})
    public String strategy;

    private HospitalParameters parameters;

    @Setup(Level.Trial)
    public void setUp() throws ScenarioException {
        parameters = ScenarioLoader.load("health-system-20").parameters().withStrategy(strategy);
    }

    /** From building the twenty hospitals to the last day of the strategy period. */
    @Benchmark
    public RunSummary run() {
        return Simulation.run(parameters, false, java.util.List.of());
    }
}
