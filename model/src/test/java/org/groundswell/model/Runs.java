package org.groundswell.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.groundswell.model.care.CareParameters;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.workforce.StaffingParameters;
import org.groundswell.model.workforce.WorkforceParameters;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Helpers for tests: variants of the default hospital and runs over several seeds. */
public final class Runs {

    private Runs() {
    }

    static HospitalParameters defaults() {
        return HospitalParameters.communityHospital();
    }

    static HospitalParameters withPatientsPerNurse(HospitalParameters p, double ppn) {
        return p.withStaffing(p.staffing().withPatientsPerNurse(ppn));
    }

    static HospitalParameters withSummaryDays(HospitalParameters p, int summaryDays) {
        return p.with().summaryDays(summaryDays).build();
    }

    static HospitalParameters withCare(HospitalParameters p, CareParameters care) {
        return p.with().care(care).build();
    }

    static HospitalParameters withWorkforce(HospitalParameters p, UnaryOperator<WorkforceParameters> change) {
        return p.withWorkforce(change.apply(p.workforce()));
    }

    private record Key(HospitalParameters parameters, int seeds) {
    }

    private static final Map<Key, List<RunSummary>> RUNS = new ConcurrentHashMap<>();

    /**
     * Summaries of {@code p} run with seeds 1..n, run in parallel and remembered: a run is a pure function
     * of its parameters, so tests that share a baseline run it once.
     */
    static List<RunSummary> over(HospitalParameters p, int n) {
        return RUNS.computeIfAbsent(new Key(p, n), k -> IntStream.rangeClosed(1, n).parallel()
                .mapToObj(seed -> Simulation.run(p.withSeed(seed), false, List.of())).toList());
    }

    /** The hospital of {@code p} run with each of seeds 1..n to its end, in parallel, for inspecting its state. */
    static List<Hospital> hospitals(HospitalParameters p, int n) {
        return IntStream.rangeClosed(1, n).parallel().mapToObj(seed -> {
            Hospital h = new Hospital(p.withSeed(seed), false);
            h.runToEnd();
            return h;
        }).toList();
    }

    /** Mean of a metric over runs. */
    static double mean(List<RunSummary> runs, String metric) {
        return runs.stream().mapToDouble(r -> r.metric(metric)).average().orElseThrow();
    }

    /** Every day's record of a run. */
    static List<DayRecord> days(HospitalParameters p) {
        return days(Simulation.start(p, false));
    }

    /** Runs {@code run} to its end (from wherever it stands) and returns the days it simulated. */
    static List<DayRecord> days(Run run) {
        List<DayRecord> days = new ArrayList<>();
        run.addListener(new RunListener() {
            @Override
            public void onDay(DayRecord day) {
                days.add(day);
            }
        });
        run.runToEnd();
        return days;
    }

    static double odds(double p) {
        return p / (1 - p);
    }

    /** Asserts that {@code metric} is higher under {@code more} than under {@code less} in every one of seeds 1..{@code seeds}, by a mean margin of more than three standard errors. */
    static void assertRaises(int seeds, HospitalParameters less, HospitalParameters more, String metric) {
        assertLarger(metric, values(over(less, seeds), metric), values(over(more, seeds), metric));
    }

    /**
     * Asserts that {@code metric} is higher under {@code more} than under {@code less} over seeds 1..{@code seeds}
     * by a mean margin of more than three standard errors of the paired differences, though not in every seed:
     * for an effect small beside the luck of a single run.
     */
    static void assertRaisesOnAverage(int seeds, HospitalParameters less, HospitalParameters more, String metric) {
        assertLargerOnAverage(metric, values(over(less, seeds), metric), values(over(more, seeds), metric));
    }

    /** The summarised {@code metric} of each run. */
    static double[] values(List<RunSummary> runs, String metric) {
        return runs.stream().mapToDouble(r -> r.metric(metric)).toArray();
    }

    /**
     * Asserts that the paired values {@code high} exceed {@code low} in every pair (seed 1 first), by a mean
     * margin of more than three standard errors of the paired differences.
     */
    public static void assertLarger(String what, double[] low, double[] high) {
        int seeds = low.length;
        double[] diff = new double[seeds];
        double mean = 0;
        for (int i = 0; i < seeds; i++) {
            diff[i] = high[i] - low[i];
            mean += diff[i] / seeds;
            int seed = i + 1;
            double d = diff[i];
            assertTrue(d > 0, () -> what + " did not rise in seed " + seed + ": difference " + d);
        }
        double var = 0;
        for (double d : diff) {
            var += (d - mean) * (d - mean) / (seeds - 1);
        }
        double se = Math.sqrt(var / seeds);
        double m = mean;
        assertTrue(mean > 3 * se, () -> what + ": mean rise " + m + " within 3 standard errors " + se);
    }

    /**
     * Asserts that the paired values {@code high} exceed {@code low} by a mean margin of more than three standard
     * errors of the paired differences (a paired t above 3), though not necessarily in every pair: for an effect
     * that is small beside the luck of a single run, over enough seeds that the mean tells.
     */
    public static void assertLargerOnAverage(String what, double[] low, double[] high) {
        int seeds = low.length;
        double mean = 0;
        for (int i = 0; i < seeds; i++) {
            mean += (high[i] - low[i]) / seeds;
        }
        double var = 0;
        for (int i = 0; i < seeds; i++) {
            double d = high[i] - low[i] - mean;
            var += d * d / (seeds - 1);
        }
        double se = Math.sqrt(var / seeds);
        double m = mean;
        assertTrue(mean > 3 * se, () -> what + ": mean rise " + m + " within 3 standard errors " + se + " over "
                + seeds + " seeds");
    }
}
