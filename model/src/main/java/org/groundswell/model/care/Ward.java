package org.groundswell.model.care;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.kernel.UnitParameters.Transfer;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * The patients in hospital, in admission order, and those due back: the state that {@link Admissions},
 * {@link Treatment} and {@link Discharges} share. A patient is on one unit at a time; a stay on a unit is drawn
 * log-normal when the patient enters it, and a patient whose stay on a unit ends moves along its transfer
 * routes or leaves the hospital.
 */
public final class Ward implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UnitState[] units;
    private final DayCounters counters;
    private final int[][] routeTargets;
    private final double[][] routeShares;
    private final List<Patient> inHospital = new ArrayList<>();
    private final PriorityQueue<Readmission> readmissions = new PriorityQueue<>();
    private long nextPatientId;
    private long nextReadmissionSeq;
    private long admitted;
    private long discharged;
    private long diedInHospital;

    public Ward(UnitState[] units, DayCounters counters) {
        this.units = units;
        this.counters = counters;
        this.routeTargets = new int[units.length][];
        this.routeShares = new double[units.length][];
        List<UnitParameters> parameters = new ArrayList<>();
        for (UnitState unit : units) {
            parameters.add(unit.parameters());
        }
        for (int u = 0; u < units.length; u++) {
            List<Transfer> transfers = units[u].parameters().transfers();
            routeTargets[u] = new int[transfers.size()];
            routeShares[u] = new double[transfers.size()];
            for (int j = 0; j < transfers.size(); j++) {
                routeTargets[u][j] = CensusPlan.indexOf(parameters, transfers.get(j).to());
                routeShares[u][j] = transfers.get(j).share();
            }
        }
    }

    UnitState[] units() {
        return units;
    }

    long nextPatientId() {
        return nextPatientId++;
    }

    /** Admits patient {@code p} today, on its unit of entry. */
    void admit(Patient p, int day) {
        p.dayStart = p.admittedAt - day;
        enterUnit(p, p.entryUnit);
        inHospital.add(p);
        admitted++;
        counters.add(Counter.ADMISSIONS, p.entryUnit, 1);
    }

    /** Patient {@code p} enters {@code unit}: its stay there is drawn. */
    void enterUnit(Patient p, int unit) {
        UnitParameters u = units[unit].parameters();
        p.unit = unit;
        p.remainingCare = p.random.nextLogNormal(u.meanStayDays(), u.staySdDays());
        if (p.path.length() > 0) {
            p.path.append('>');
        }
        p.path.append(u.name());
    }

    /** The unit patient {@code p} moves to when its stay on its unit ends, or -1 if it leaves the hospital. */
    int route(Patient p) {
        double u = p.random.nextDouble();
        int[] targets = routeTargets[p.unit];
        double[] shares = routeShares[p.unit];
        double cumulative = 0;
        for (int j = 0; j < targets.length; j++) {
            cumulative += shares[j];
            if (u < cumulative) {
                return targets[j];
            }
        }
        return -1;
    }

    List<Patient> patients() {
        return inHospital;
    }

    /** A readmission at time {@code at}, of a patient whose own numbers come from {@code seed}. */
    void readmitLater(double at, long seed, int entryUnit) {
        readmissions.add(new Readmission(at, nextReadmissionSeq++, seed, entryUnit));
    }

    /** The next readmission due before {@code end}, taken from the queue; or null. */
    Readmission dueBefore(double end) {
        return !readmissions.isEmpty() && readmissions.peek().at < end ? readmissions.poll() : null;
    }

    void countDischarge() {
        discharged++;
    }

    void countDeath() {
        diedInHospital++;
    }

    /** Counts the patients on each unit into the units' census. */
    public void countCensus() {
        for (UnitState unit : units) {
            unit.census = 0;
        }
        for (Patient p : inHospital) {
            units[p.unit].census++;
        }
    }

    /** Patients in hospital now. */
    public int inHospital() {
        return inHospital.size();
    }

    /** Patients admitted since the start. */
    public long admitted() {
        return admitted;
    }

    /** Patients discharged alive since the start. */
    public long discharged() {
        return discharged;
    }

    /** Patients who died in hospital since the start. */
    public long diedInHospital() {
        return diedInHospital;
    }

    /** A patient due back: at time {@code at}, in order of scheduling among those due at the same time. */
    record Readmission(double at, long seq, long seed, int entryUnit)
            implements Comparable<Readmission>, Serializable {
        @Override
        public int compareTo(Readmission other) {
            int c = Double.compare(at, other.at);
            return c != 0 ? c : Long.compare(seq, other.seq);
        }
    }
}
