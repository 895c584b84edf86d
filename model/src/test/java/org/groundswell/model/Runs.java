package org.groundswell.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.groundswell.model.care.CareParameters;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.workforce.StaffingParameters;
import org.groundswell.model.workforce.WorkforceParameters;

/** Helpers for tests: variants of the default hospital and runs over several seeds. */
final class Runs {

    private Runs() {
    }

    static HospitalParameters defaults() {
        return HospitalParameters.communityHospital();
    }

    static HospitalParameters withPatientsPerNurse(HospitalParameters p, double ppn) {
        StaffingParameters s = p.staffing();
        return p.withStaffing(new StaffingParameters(ppn, s.patientsPerAssistant(), s.patientsPerPharmacist(),
                s.patientsPerTechnician(), s.patientsPerEnvironmentalWorker(), s.shiftsPerDay(), s.overtimeCap(),
                s.agencyFillShare(), s.reliefFactor()));
    }

    static HospitalParameters withSummaryDays(HospitalParameters p, int summaryDays) {
        return p.toBuilder().summaryDays(summaryDays).build();
    }

    static HospitalParameters withCare(HospitalParameters p, CareParameters care) {
        return p.toBuilder().care(care).build();
    }

    static HospitalParameters withWorkforce(HospitalParameters p, UnaryOperator<WorkforceParameters> change) {
        return p.withWorkforce(change.apply(p.workforce()));
    }

    /** Summaries of {@code p} run with seeds 1..n. */
    static List<RunSummary> over(HospitalParameters p, int n) {
        List<RunSummary> out = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            out.add(Simulation.run(p.withSeed(seed), false, List.of()));
        }
        return out;
    }

    /** Mean of a metric over runs. */
    static double mean(List<RunSummary> runs, String metric) {
        return runs.stream().mapToDouble(r -> r.metric(metric)).average().orElseThrow();
    }

    /** Every day's record of a run. */
    static List<DayRecord> days(HospitalParameters p) {
        List<DayRecord> days = new ArrayList<>();
        Simulation.run(p, false, List.of(new RunListener() {
            @Override
            public void onDay(DayRecord day) {
                days.add(day);
            }
        }));
        return days;
    }

    static double odds(double p) {
        return p / (1 - p);
    }

    /** Asserts that {@code metric} is higher under {@code more} than under {@code less} in every one of seeds 1..{@code seeds}, by a mean margin of more than three standard errors. */
    static void assertRaises(int seeds, HospitalParameters less, HospitalParameters more, String metric) {
        List<RunSummary> low = over(less, seeds);
        List<RunSummary> high = over(more, seeds);
        double[] diff = new double[seeds];
        double mean = 0;
        for (int i = 0; i < seeds; i++) {
            diff[i] = high.get(i).metric(metric) - low.get(i).metric(metric);
            mean += diff[i] / seeds;
            int seed = i + 1;
            double d = diff[i];
            assertTrue(d > 0, () -> metric + " did not rise in seed " + seed + ": difference " + d);
        }
        double var = 0;
        for (double d : diff) {
            var += (d - mean) * (d - mean) / (seeds - 1);
        }
        double se = Math.sqrt(var / seeds);
        double m = mean;
        assertTrue(mean > 3 * se, () -> metric + ": mean rise " + m + " within 3 standard errors " + se);
    }

    /**
     * A copy of {@code record} with its component {@code name} set to {@code value}, so a test can say which
     * one parameter it changes without repeating every other.
     */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String name, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(record);
                found |= components[i].getName().equals(name);
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
