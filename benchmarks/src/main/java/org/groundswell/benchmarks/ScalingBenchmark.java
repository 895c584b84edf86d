package org.groundswell.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import org.groundswell.model.Hospital;
import org.groundswell.model.Region;
import org.groundswell.model.Run;
import org.groundswell.model.RunListener;
import org.groundswell.model.Simulation;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * Does the cost of a run grow linearly with the hospital — its staff and its ties — in time and in memory?
 *
 * <p>{@code hospital} is the default community hospital ({@code 1}), the same hospital 5, 25 and 100 times over
 * ({@link HospitalParameters#scaled}: more units, each as big as before, so staff and ties grow together), or
 * a region: {@code regional} (the regional care system scenario, four hospitals sharing a workforce) or
 * {@code system20} (the health-system-20 scenario, twenty hospitals of three sizes), or two of the kinds of
 * hospital it is made of alone ({@code academic}, {@code rural}). The baseline is
 * {@code hospital = 1}; linear growth means the 25× hospital takes about 25 times its time and memory (target:
 * within 30 times). {@code build} is a second baseline: how much of a run is building the hospital. Mind that
 * a scaled hospital is not 25 copies of the default one: its systemic problems reach every one of its units,
 * so each unit carries more of them as the hospital grows, and its patients more harm and longer stays — the
 * patient-days it simulates per staff member grow too, and they are counted beside the staff.
 *
 * <p>Besides the time, each iteration reports, as JMH auxiliary counters: the heap its last run's hospital
 * still holds when it has run to the end ({@code retainedMegabytes}: heap used after a full collection with the
 * hospital reachable, less heap used after one without it), its frontline positions ({@code staff}), its
 * ties ({@code ties}), its staff-days ({@code staffDays}, positions × days) and its patient-days
 * ({@code patientDays}), from which {@code benchmarks/report.py} works out the cost per staff-day and per
 * patient-day. JMH adds such counters up over the
 * measurement iterations, so each iteration reports its share: the sum is the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ScalingBenchmark {

    /** The hospital: the default one times 1, 5, 25 or 100, an academic or a rural one, or a region of 4 or 20. */
    @Param({"1", "5", "25", "100", "academic", "rural", "regional", "system20"})
    public String hospital;

    private HospitalParameters parameters;

    @Setup(Level.Trial)
    public void setUp() throws ScenarioException {
        parameters = switch (hospital) {
            case "academic" -> ScenarioLoader.load("academic-medical-center").parameters();
            case "rural" -> ScenarioLoader.load("rural-hospital").parameters();
            case "regional" -> ScenarioLoader.load("regional-care-system").parameters();
            case "system20" -> ScenarioLoader.load("health-system-20").parameters();
            default -> HospitalParameters.communityHospital().scaled(Integer.parseInt(hospital));
        };
    }

    /** A full run, from building the hospital to its last day; a listener adds up its patient-days. */
    @Benchmark
    public Run run(Footprint footprint) {
        Run r = Simulation.start(parameters, false);
        PatientDays patientDays = new PatientDays();
        r.addListener(patientDays);
        r.runToEnd();
        footprint.run = r;
        footprint.lastPatientDays = patientDays.total;
        return r;
    }

    /** Adds up each day's census: the patient-days a run simulated, the work its patients make. */
    private static final class PatientDays implements RunListener {

        private static final int CENSUS = Metrics.all().indexOf(Metrics.CENSUS_METRIC);
        private double total;

        @Override
        public void onDay(DayRecord day) {
            total += day.values()[CENSUS];
        }
    }

    /** The baseline: building the hospital (units, staff, physicians, the network) without running a day. */
    @Benchmark
    public Run build() {
        Run r = Simulation.start(parameters, false);
        ((sim.engine.SimState) r).start();
        return r;
    }

    /** The size of the last hospital a {@code run} iteration ran, reported as auxiliary counters. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Footprint {

        /** Heap the hospital holds after its run, MiB. */
        public double retainedMegabytes;
        /** Its frontline positions. */
        public double staff;
        /** Its ties. */
        public double ties;
        /** Its staff-days: positions × (warm-up + strategy-period days). */
        public double staffDays;
        /** Its patient-days: each day's census, added up. */
        public double patientDays;

        private Run run;
        private double lastPatientDays;
        private int iterations;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            iterations = params.getMeasurement().getCount();
        }

        @TearDown(Level.Iteration)
        public void measure() {
            if (run == null) {
                return;
            }
            long held = usedAfterCollection();
            int positions = size(run, true);
            int tieCount = size(run, false);
            int days = run.parameters().totalDays();
            run = null;
            long without = usedAfterCollection();
            retainedMegabytes = (held - without) / (1024.0 * 1024.0) / iterations;
            staff = (double) positions / iterations;
            ties = (double) tieCount / iterations;
            staffDays = (double) positions * days / iterations;
            patientDays = lastPatientDays / iterations;
        }

        /** The run's frontline positions, or its ties, over all its hospitals (no reference outlives the call). */
        private static int size(Run run, boolean positions) {
            List<Hospital> hospitals = run instanceof Region region ? region.members() : List.of((Hospital) run);
            int n = 0;
            for (Hospital h : hospitals) {
                n += positions ? h.workforce().positions() : h.coordination().network().ties();
            }
            return n;
        }

        private static long usedAfterCollection() {
            for (int k = 0; k < 3; k++) {
                System.gc();
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
