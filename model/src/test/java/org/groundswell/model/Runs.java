package org.groundswell.model;

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
        return new HospitalParameters(p.seed(), p.warmupDays(), p.days(), summaryDays, p.units(), p.staffing(),
                p.workforce(), p.wellbeing(), p.care(), p.physicians(), p.management(), p.cost());
    }

    static HospitalParameters withCare(HospitalParameters p, CareParameters care) {
        return new HospitalParameters(p.seed(), p.warmupDays(), p.days(), p.summaryDays(), p.units(), p.staffing(),
                p.workforce(), p.wellbeing(), care, p.physicians(), p.management(), p.cost());
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
}
