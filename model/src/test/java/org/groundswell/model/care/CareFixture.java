package org.groundswell.model.care;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.kernel.Streams;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The default hospital's units and patients, with the three care processes wired on one {@link Ward} as
 * {@code Hospital.start()} wires them and fed by the same named streams, but without staff: every unit's
 * conditions are fixed at the reference load ({@link UnitRates#atReferenceLoad}), so that patients meet the
 * same harm, death and speed of care every day unless a test changes a unit's problems or coordination. Each
 * day's counters are added into running totals before they are cleared. A fixture is a pure function of its
 * parameters: two fixtures of one seed admit the same patients, who meet the same luck until what differs
 * between them changes their course.
 */
final class CareFixture {

    /** The patients each unit's conditions are set for (any number: at the reference load it does not matter). */
    private static final int PATIENTS = 20;

    final HospitalParameters parameters;
    final UnitState[] units;
    final DayCounters counters;
    final double[][] totals;
    final CostLedger ledger = new CostLedger();
    final Ward ward;
    final Admissions admissions;
    final Treatment treatment;
    final Discharges discharges;
    final List<PatientRecord> stays = new ArrayList<>();
    /** Days of care patients received (time in hospital): all of them, and the high-acuity patients'. */
    double patientDays;
    double highAcuityPatientDays;

    CareFixture(HospitalParameters given) {
        HospitalParameters p = isolated(given);
        this.parameters = p;
        List<UnitParameters> unitParameters = p.units();
        int n = unitParameters.size();
        units = new UnitState[n];
        for (int u = 0; u < n; u++) {
            units[u] = new UnitState(u, unitParameters.get(u), p.care(), p.flow(), p.patients());
        }
        Streams streams = new Streams(p.seed());
        counters = new DayCounters(n);
        totals = new double[Counter.values().length][n + 1];
        ward = new Ward(units, counters, p.flow(), p.patients());
        admissions = new Admissions(ward, streams.stream(Streams.ARRIVALS), streams.stream(Streams.PATIENTS), p.cost(),
                counters, ledger);
        treatment = new Treatment(ward, p.care(), p.cost(), counters, ledger);
        discharges = new Discharges(ward, p.care(), counters, p.coordination().referenceRc());
        discharges.setStayListener(stays::add);
        setConditions();
    }

    /**
     * The hospital's care mechanics alone: beds that never fill, and no falls, pressure injuries, engagement or
     * discharge coordination, so that what a test of admission, harm, stays and readmission measures is the
     * mechanism it names (those added mechanisms have tests of their own).
     */
    static HospitalParameters isolated(HospitalParameters p) {
        return UnitRates.roomy(p).with()
                .care(p.care().withFallRate(0).withPressureInjuryRate(0))
                .patients(p.patients().withEngagementHarmReduction(0).withEngagementReadmissionReduction(0)
                        .withDischargeRcReadmissionRatio(1).withDischargeProblemReadmission(0))
                .build();
    }

    /** Sets every unit's conditions at the reference load, with whatever problems and coordination it has now. */
    void setConditions() {
        for (UnitState unit : units) {
            UnitRates.atReferenceLoad(unit, parameters.care(), PATIENTS);
        }
    }

    /** Days {@code from} to {@code to} - 1 of admissions, care and discharges. */
    void run(int from, int to) {
        for (int day = from; day < to; day++) {
            admissions.day(day);
            double[] before = exposure();
            treatment.day(day);
            double[] after = exposure();
            patientDays += after[0] - before[0];
            highAcuityPatientDays += after[1] - before[1];
            discharges.day(day);
            for (Counter c : Counter.values()) {
                for (int u = 0; u <= units.length; u++) {
                    totals[c.ordinal()][u] += counters.get(c, u);
                }
            }
            counters.clear();
        }
    }

    /** The time in hospital of the patients in hospital so far: of all, and of the high-acuity ones. */
    private double[] exposure() {
        double all = 0;
        double high = 0;
        for (Patient p : ward.patients()) {
            all += p.exposure;
            high += p.highAcuity ? p.exposure : 0;
        }
        return new double[] {all, high};
    }

    /** The running total of {@code counter} on unit {@code u}. */
    double total(Counter counter, int u) {
        return totals[counter.ordinal()][u];
    }

    /** The running total of {@code counter} over every unit. */
    double total(Counter counter) {
        double sum = 0;
        for (double v : totals[counter.ordinal()]) {
            sum += v;
        }
        return sum;
    }
}
