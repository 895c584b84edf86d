package org.groundswell.model.care;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.kernel.UnitParameters.Transfer;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

import ec.util.MersenneTwisterFast;
import sim.util.distribution.Poisson;

/**
 * Patients through the hospital: Poisson arrivals at each unit of entry, a stay on each unit drawn
 * log-normal and lengthened by the day's delays, transfers along the units' routes, adverse events and
 * deaths as accumulated hazards crossing the patient's own thresholds, and 30-day outcomes at discharge.
 *
 * <p>Within a day each patient's time is followed exactly: a transfer at 14:00 puts the rest of the day's
 * exposure on the receiving unit.
 */
public final class PatientFlow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double THIRTY_DAYS = 30.0;

    private final UnitState[] units;
    private final CareParameters care;
    private final CostParameters cost;
    private final DayCounters counters;
    private final CostLedger ledger;
    private final MersenneTwisterFast arrivalsStream;
    private final MersenneTwisterFast patientsStream;
    private final Poisson poisson;
    private final int[][] routeTargets;
    private final double[][] routeShares;

    private final List<Patient> inHospital = new ArrayList<>();
    private final PriorityQueue<Readmission> readmissions = new PriorityQueue<>();
    private long nextPatientId;
    private long nextReadmissionSeq;

    private long admitted;
    private long discharged;
    private long diedInHospital;

    private transient Consumer<PatientRecord> stayListener;

    public PatientFlow(UnitState[] units, CareParameters care, CostParameters cost, DayCounters counters,
                       CostLedger ledger, MersenneTwisterFast arrivalsStream, MersenneTwisterFast patientsStream) {
        this.units = units;
        this.care = care;
        this.cost = cost;
        this.counters = counters;
        this.ledger = ledger;
        this.arrivalsStream = arrivalsStream;
        this.patientsStream = patientsStream;
        this.poisson = new Poisson(1.0, arrivalsStream);
        this.routeTargets = new int[units.length][];
        this.routeShares = new double[units.length][];
        for (int u = 0; u < units.length; u++) {
            List<Transfer> transfers = units[u].parameters().transfers();
            routeTargets[u] = new int[transfers.size()];
            routeShares[u] = new double[transfers.size()];
            for (int j = 0; j < transfers.size(); j++) {
                routeTargets[u][j] = indexOf(transfers.get(j).to());
                routeShares[u][j] = transfers.get(j).share();
            }
        }
    }

    private int indexOf(String name) {
        for (UnitState unit : units) {
            if (unit.parameters().name().equals(name)) {
                return unit.index();
            }
        }
        throw new IllegalArgumentException("no unit called " + name);
    }

    /** Sends a record of every ended stay to {@code listener}; null to stop. */
    public void setStayListener(Consumer<PatientRecord> listener) {
        this.stayListener = listener;
    }

    /** ARRIVALS: external admissions (Poisson per unit of entry, in unit order), then readmissions due today. */
    public void arrivals(int day) {
        for (UnitState unit : units) {
            double mean = unit.parameters().admissionsPerDay();
            int n = mean > 0 ? poisson.nextInt(mean) : 0;
            for (int k = 0; k < n; k++) {
                long seed = patientsStream.nextLong();
                double at = day + patientsStream.nextDouble();
                admit(new Patient(nextPatientId++, seed, false, unit.index(), at,
                        unit.parameters().highAcuityShare()), day);
            }
        }
        while (!readmissions.isEmpty() && readmissions.peek().at < day + 1) {
            Readmission r = readmissions.poll();
            UnitParameters entry = units[r.entryUnit].parameters();
            admit(new Patient(nextPatientId++, r.seed, true, r.entryUnit, r.at, entry.highAcuityShare()), day);
        }
    }

    private void admit(Patient p, int day) {
        p.dayStart = p.admittedAt - day;
        enterUnit(p, p.entryUnit);
        inHospital.add(p);
        admitted++;
        counters.add(Counter.ADMISSIONS, p.entryUnit, 1);
    }

    private void enterUnit(Patient p, int unit) {
        UnitParameters u = units[unit].parameters();
        p.unit = unit;
        p.remainingCare = p.random.nextLogNormal(u.meanStayDays(), u.staySdDays());
        if (p.path.length() > 0) {
            p.path.append('>');
        }
        p.path.append(u.name());
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

    /** CARE: a day of care for every patient in hospital, in admission order. */
    public void care(int day) {
        for (Patient p : inHospital) {
            careForDay(p, day);
        }
    }

    private void careForDay(Patient p, int day) {
        double t = p.dayStart;
        double risk = p.highAcuity ? care.highAcuityRisk() : 1.0;
        while (t < 1.0) {
            UnitState unit = units[p.unit];
            double rate = unit.progressRate;
            double end = Math.min(1.0, t + p.remainingCare / rate);
            double dt = end - t;

            p.harmHazard += care.adverseEventRate() * unit.harmMultiplier * risk * dt;
            while (p.harmHazard >= p.harmThreshold) {
                adverseEvent(p);
                p.harmThreshold += p.random.nextExponential();
            }
            double deathRisk = risk * (p.seriousAdverseEvents > 0 ? care.seriousHarmMortalityRatio() : 1.0);
            p.deathHazard += care.mortalityRate() * unit.deathMultiplier * deathRisk * dt;
            p.exposure += dt;
            p.patientsPerNurseExposure += unit.patientsPerNurse() * dt;
            p.careTeamRcExposure += unit.careTeamRc * dt;
            if (p.deathHazard >= p.deathThreshold) {
                p.endedAt = day + end;
                p.died = true;
                return;
            }
            p.remainingCare -= rate * dt;
            t = end;
            if (p.remainingCare <= 1e-9) {
                int next = route(p);
                if (next < 0) {
                    p.endedAt = day + t;
                    return;
                }
                enterUnit(p, next);
            }
        }
        p.dayStart = 0;
    }

    private void adverseEvent(Patient p) {
        p.adverseEvents++;
        counters.add(Counter.ADVERSE_EVENTS, p.unit, 1);
        if (p.random.nextDouble() < care.seriousShare()) {
            p.seriousAdverseEvents++;
            p.remainingCare += care.seriousHarmExtraDays();
            counters.add(Counter.SERIOUS_ADVERSE_EVENTS, p.unit, 1);
            ledger.post(CostComponent.ADVERSE_EVENTS, cost.seriousAdverseEventCost());
        } else {
            ledger.post(CostComponent.ADVERSE_EVENTS, cost.adverseEventCost());
        }
    }

    private int route(Patient p) {
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

    /** DISCHARGES: ended stays leave; 30-day death and readmission are settled at discharge. */
    public void discharges(int day) {
        int kept = 0;
        for (int i = 0; i < inHospital.size(); i++) {
            Patient p = inHospital.get(i);
            if (p.ended()) {
                endStay(p);
            } else {
                inHospital.set(kept++, p);
            }
        }
        inHospital.subList(kept, inHospital.size()).clear();
    }

    private void endStay(Patient p) {
        double los = p.endedAt - p.admittedAt;
        boolean serious = p.seriousAdverseEvents > 0;
        double risk = p.highAcuity ? care.highAcuityRisk() : 1.0;
        boolean died30;
        boolean readmitted = false;
        counters.add(Counter.STAYS_ENDED, p.unit, 1);
        if (p.died) {
            diedInHospital++;
            died30 = los <= THIRTY_DAYS;
        } else {
            discharged++;
            counters.add(Counter.DISCHARGES, p.unit, 1);
            counters.add(Counter.LENGTH_OF_STAY, p.unit, los);
            double afterDischarge = Math.max(0, THIRTY_DAYS - los) * care.postDischargeMortalityRate() * risk
                    * (serious ? care.seriousHarmMortalityRatio() : 1.0);
            died30 = p.deathHazard + afterDischarge >= p.deathThreshold;
            if (!died30) {
                double probability = care.readmissionRate()
                        * (p.highAcuity ? care.highAcuityReadmissionRatio() : 1.0)
                        * (serious ? care.seriousHarmReadmissionRatio() : 1.0);
                if (p.random.nextDouble() < probability) {
                    readmitted = true;
                    double gap = 0.5 + (THIRTY_DAYS - 0.5) * p.random.nextDouble();
                    readmissions.add(new Readmission(p.endedAt + gap, nextReadmissionSeq++, p.random.nextLong(),
                            p.entryUnit));
                    counters.add(Counter.READMISSIONS_30D, p.unit, 1);
                }
            }
        }
        if (died30) {
            counters.add(Counter.DEATHS_30D, p.unit, 1);
        }
        if (stayListener != null) {
            stayListener.accept(new PatientRecord(p.id, p.readmission, p.admittedAt, p.endedAt, p.path.toString(),
                    p.highAcuity, p.adverseEvents, p.seriousAdverseEvents,
                    p.exposure > 0 ? p.patientsPerNurseExposure / p.exposure : Double.NaN,
                    p.exposure > 0 ? p.careTeamRcExposure / p.exposure : Double.NaN, p.died, died30,
                    readmitted));
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

    private record Readmission(double at, long seq, long seed, int entryUnit)
            implements Comparable<Readmission>, Serializable {
        @Override
        public int compareTo(Readmission other) {
            int c = Double.compare(at, other.at);
            return c != 0 ? c : Long.compare(seq, other.seq);
        }
    }
}
