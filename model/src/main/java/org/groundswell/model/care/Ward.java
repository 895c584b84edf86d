package org.groundswell.model.care;

import java.io.Serializable;
import java.util.ArrayDeque;
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
    private final FlowParameters flow;
    private final PatientParameters patientParameters;
    /** Whether each unit is an emergency department: named {@code ed}, or ending in {@code -ed}. */
    private final boolean[] emergency;
    /** For each unit, the emergency department a direct admission waits in while it is full, or -1 if none. */
    private final int[] door;
    private final int[][] routeTargets;
    private final double[][] routeShares;
    private final List<Patient> inHospital = new ArrayList<>();
    /** Per unit, the patients waiting for one of its beds, first come first served. */
    private final List<ArrayDeque<Patient>> queues = new ArrayList<>();
    private final PriorityQueue<Readmission> readmissions = new PriorityQueue<>();
    private long nextPatientId;
    private long nextReadmissionSeq;
    private long admitted;
    private long discharged;
    private long diedInHospital;

    /** A ward with the default flow and patient parameters. */
    public Ward(UnitState[] units, DayCounters counters) {
        this(units, counters, org.groundswell.model.param.Defaults.of(FlowParameters.class),
                org.groundswell.model.param.Defaults.of(PatientParameters.class));
    }

    public Ward(UnitState[] units, DayCounters counters, FlowParameters flow, PatientParameters patients) {
        this.units = units;
        this.counters = counters;
        this.flow = flow;
        this.patientParameters = patients;
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
        this.emergency = new boolean[units.length];
        for (int u = 0; u < units.length; u++) {
            String name = units[u].parameters().name();
            emergency[u] = name.equals(EMERGENCY) || name.endsWith("-" + EMERGENCY);
        }
        this.door = doors();
        for (int u = 0; u < units.length; u++) {
            queues.add(new ArrayDeque<>());
        }
    }

    /**
     * The name of a unit that is an emergency department, where boarders wait and ambulances arrive (in a region,
     * {@code north-ed} and the like).
     */
    public static final String EMERGENCY = "ed";

    /**
     * The emergency department each unit's direct admissions wait in while it is full: the one that sends it the
     * largest share of its patients, else the first; -1 in a hospital without one.
     */
    private int[] doors() {
        int first = -1;
        for (int u = units.length - 1; u >= 0; u--) {
            if (emergency[u]) {
                first = u;
            }
        }
        int[] out = new int[units.length];
        for (int v = 0; v < units.length; v++) {
            int best = first;
            double bestShare = 0;
            for (int e = 0; e < units.length; e++) {
                if (!emergency[e]) {
                    continue;
                }
                for (int j = 0; j < routeTargets[e].length; j++) {
                    if (routeTargets[e][j] == v && routeShares[e][j] > bestShare) {
                        best = e;
                        bestShare = routeShares[e][j];
                    }
                }
            }
            out[v] = best;
        }
        return out;
    }

    UnitState[] units() {
        return units;
    }

    long nextPatientId() {
        return nextPatientId++;
    }

    /** Admits patient {@code p} today, on its unit of entry (or, if that unit is full, as {@link #moveTo} says). */
    void admit(Patient p, int day) {
        p.dayStart = p.admittedAt - day;
        p.unit = -1;
        p.engagement = Math.max(0, Math.min(1, patientParameters.initialEngagement()
                + patientParameters.engagementSd() * p.random.nextGaussian()));
        inHospital.add(p);
        admitted++;
        counters.add(Counter.ADMISSIONS, p.entryUnit, 1);
        moveTo(p, p.entryUnit);
    }

    /**
     * Patient {@code p} is due on unit {@code dest}, from its bed (or from outside, at admission). If
     * {@code dest} has a free bed the patient takes it; an emergency department takes every arrival (its
     * hallways are its overflow), and so does a full unit of entry in a hospital without one. Otherwise the
     * patient is placed off-service with probability {@code flow.offServiceShare}, on the unit with the most free
     * beds among those staffed at least as intensively as {@code dest} (the ED and critical care aside), if one has a bed; or it
     * waits for a bed on {@code dest} where it is, and a direct admission waits in the emergency department that sends the unit most patients.
     */
    void moveTo(Patient p, int dest) {
        int from = p.unit;
        boolean overflowAllowed = emergency[dest] || (from < 0 && door[dest] < 0);
        if (overflowAllowed || (hasBed(dest) && queues.get(dest).isEmpty())) {
            settle(p, dest, dest);
            return;
        }
        if (p.random.nextDouble() < flow.offServiceShare()) {
            int host = hostFor(dest);
            if (host >= 0) {
                settle(p, dest, host);
                return;
            }
        }
        if (from < 0) {
            p.unit = door[dest];
            units[p.unit].occupied++;
        }
        p.waitingFor = dest;
        p.waitBegan = p.waitingDays;
        p.offServiceFrom = -1;
        p.remainingCare = 0;
        queues.get(dest).add(p);
    }

    /**
     * A patient that has waited its longest ({@code flow.maxBoardingDays} in an emergency department,
     * {@code flow.maxHoldDays} elsewhere) is put in an extra bed on the unit it waits for, over its capacity.
     */
    void escalate(Patient p) {
        if (p.waitingFor < 0) {
            return;
        }
        double limit = emergency[p.unit] ? flow.maxBoardingDays() : flow.maxHoldDays();
        if (p.waitingDays - p.waitBegan >= limit - 1e-9) {
            int dest = p.waitingFor;
            queues.get(dest).remove(p);
            settle(p, dest, dest);
        }
    }

    /** Patients waiting for a bed on unit {@code u} now. */
    int waitingFor(int u) {
        return queues.get(u).size();
    }

    /** A bed on unit {@code u} was freed: the patients waiting longest for it take the free beds. */
    private void bedFreed(int u) {
        ArrayDeque<Patient> queue = queues.get(u);
        while (!queue.isEmpty() && hasBed(u)) {
            settle(queue.poll(), u, u);
        }
    }

    /** Patient {@code p} starts its care on {@code careUnit}, in a bed on {@code bedUnit}: its stay there is drawn. */
    private void settle(Patient p, int careUnit, int bedUnit) {
        int left = p.unit;
        if (left >= 0) {
            units[left].occupied--;
        }
        p.unit = bedUnit;
        units[bedUnit].occupied++;
        p.offServiceFrom = bedUnit == careUnit ? -1 : careUnit;
        p.waitingFor = -1;
        UnitParameters u = units[careUnit].parameters();
        p.remainingCare = p.random.nextLogNormal(u.meanStayDays(), u.staySdDays());
        if (p.path.length() > 0) {
            p.path.append('>');
        }
        p.path.append(u.name());
        if (left >= 0 && left != bedUnit) {
            bedFreed(left);
        }
    }

    /** Patient {@code p} leaves its bed (discharge or death), and its place in a queue if it was waiting. */
    void leaveBed(Patient p) {
        if (p.waitingFor >= 0) {
            queues.get(p.waitingFor).remove(p);
            p.waitingFor = -1;
        }
        if (p.unit >= 0) {
            units[p.unit].occupied--;
            bedFreed(p.unit);
        }
    }

    private boolean hasBed(int u) {
        return units[u].occupied < units[u].parameters().beds();
    }

    private int hostFor(int dest) {
        double factor = units[dest].parameters().nurseRatioFactor();
        int best = -1;
        int bestFree = 0;
        for (int u = 0; u < units.length; u++) {
            double hostFactor = units[u].parameters().nurseRatioFactor();
            if (u == dest || emergency[u] || hostFactor > factor || hostFactor < flow.offServiceMinRatioFactor()) {
                continue;
            }
            int free = units[u].parameters().beds() - units[u].occupied;
            if (free > bestFree) {
                best = u;
                bestFree = free;
            }
        }
        return best;
    }

    /**
     * Patients boarding in each emergency department now (there, waiting for a bed elsewhere), counted into
     * {@code boarders} by unit in one pass over the patients; other units' counts are 0.
     */
    void countBoarders(int[] boarders) {
        java.util.Arrays.fill(boarders, 0);
        for (Patient p : inHospital) {
            if (p.waitingFor >= 0 && emergency[p.unit]) {
                boarders[p.unit]++;
            }
        }
    }

    /** Whether unit {@code u} is an emergency department. */
    boolean isEmergency(int u) {
        return emergency[u];
    }

    FlowParameters flow() {
        return flow;
    }

    PatientParameters patientParameters() {
        return patientParameters;
    }

    /** The unit patient {@code p} moves to when its stay on its unit ends, or -1 if it leaves the hospital. */
    int route(Patient p) {
        double u = p.random.nextDouble();
        int[] targets = routeTargets[p.careUnit()];
        double[] shares = routeShares[p.careUnit()];
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

    /** Counts the patients in each unit's beds into the units' census. */
    public void countCensus() {
        for (UnitState unit : units) {
            unit.census = 0;
        }
        for (Patient p : inHospital) {
            units[p.unit].census++;
        }
    }

    /**
     * METRICS: at the day's end, the patients boarding in the emergency department (in its slot), those placed
     * off-service (in their host unit's) and the engagement of the patients in each unit's beds.
     */
    public void tally(DayCounters dayCounters) {
        for (Patient p : inHospital) {
            if (p.waitingFor >= 0 && emergency[p.unit]) {
                dayCounters.add(Counter.ED_BOARDING, p.unit, 1);
            }
            if (p.offServiceFrom >= 0) {
                dayCounters.add(Counter.OFF_SERVICE, p.unit, 1);
            }
            dayCounters.add(Counter.ENGAGEMENT, p.unit, p.engagement);
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
