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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.groundswell.model.RunSummary;
import org.groundswell.model.Simulation;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * How close to the hardware's limit is Groundswell: how many times the cost of a bare MASON agent-step does it
 * spend per staff-day?
 *
 * <p>{@code bareKernel} is the baseline: {@link BareKernel}, MASON stepping one agent per node of the default
 * hospital's staff network (737 nodes, the same 4,040 ties) for 820 days, each agent reading its neighbours
 * and drawing one random number — reported in ns per agent-step. {@code groundswell} is a full two-year run of
 * the default hospital (90 days of warm-up and 730 of strategy period, strategy {@code none}), reported in ns
 * per staff-day: its 692 frontline positions × 820 days (physicians and managers, who are nodes too, are not
 * counted, which makes the figure a little worse than per node). Both are measured in the same JMH run, one
 * after the other on the same machine, so the ratio groundswell / bareKernel compares like with like;
 * {@code benchmarks/report.py} prints it. Target: at most 2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class BareKernelBenchmark {

    private HospitalParameters parameters;
    private int[] start;
    private int[] neighbours;
    private long seed;

    @Setup(Level.Trial)
    public void setUp() {
        DefaultHospital.check();
        parameters = HospitalParameters.communityHospital();
        int[][] network = BareKernel.defaultHospitalNetwork();
        start = network[0];
        neighbours = network[1];
    }

    /** The baseline: 737 agents × 820 days of a bare MASON model over the same network. */
    @Benchmark
    @OperationsPerInvocation(DefaultHospital.AGENT_STEPS)
    public double bareKernel() {
        BareKernel model = new BareKernel(++seed, start, neighbours);
        model.start();
        for (int day = 0; day < DefaultHospital.DAYS; day++) {
            model.schedule.step(model);
        }
        return model.meanLevel();
    }

    /** A full run of the default hospital: 692 staff × 820 days. Each invocation has a seed of its own. */
    @Benchmark
    @OperationsPerInvocation(DefaultHospital.STAFF_DAYS)
    public RunSummary groundswell() {
        return Simulation.run(parameters.withSeed(++seed), false, List.of());
    }
}
