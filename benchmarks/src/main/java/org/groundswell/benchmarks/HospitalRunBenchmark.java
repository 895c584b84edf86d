package org.groundswell.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.groundswell.model.Hospital;
import org.groundswell.model.HospitalParameters;
import org.groundswell.model.RunSummary;
import org.groundswell.model.Simulation;
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

/**
 * How long does a full run take — 90 days of warm-up and two years of strategy period — for the default
 * hospital and for one five times its size, and does the cost grow in proportion to the staff?
 *
 * <p>{@code fullRun} builds the hospital and runs all 820 days; {@code build} only builds it (units, staff,
 * physicians), the baseline that separates set-up from stepping. Staff-days per second = frontline
 * positions x 820 / seconds per run; the positions are printed in the set-up so the figure can be computed
 * from the same run (default hospital: about 650 positions).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HospitalRunBenchmark {

    /** The hospital's size as a multiple of the default community hospital. */
    @Param({"1", "5"})
    public int scale;

    private HospitalParameters parameters;

    @Setup(Level.Trial)
    public void setUp() {
        parameters = HospitalParameters.communityHospital().scaled(scale);
        Hospital probe = new Hospital(parameters, false);
        probe.start();
        System.out.printf("%n[scale %d: %d units, %d frontline positions, %d days]%n", scale,
                parameters.units().size(), probe.workforce().positions(), parameters.totalDays());
    }

    @Benchmark
    public RunSummary fullRun() {
        return Simulation.run(parameters, false, List.of());
    }

    @Benchmark
    public Hospital build() {
        Hospital hospital = new Hospital(parameters, false);
        hospital.start();
        return hospital;
    }
}
