package org.groundswell.model.care;

import java.util.List;
import java.util.function.Consumer;

import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * DISCHARGES: ended stays leave, and their 30-day outcomes are settled at discharge: a patient discharged
 * alive dies within 30 days of admission if the hazard of its stay and of the days after discharge (at
 * {@code care.postDischargeMortalityRate}) crosses its threshold; otherwise it is readmitted within 30 days with
 * a chance that rises with acuity and serious harm (Jencks et al. 2009: about one in five), returning through
 * its unit of entry.
 */
public final class Discharges implements DailyProcess {

    private static final long serialVersionUID = 1L;
    private static final double THIRTY_DAYS = 30.0;

    private final Ward ward;
    private final CareParameters care;
    private final DayCounters counters;
    private transient Consumer<PatientRecord> stayListener;

    public Discharges(Ward ward, CareParameters care, DayCounters counters) {
        this.ward = ward;
        this.care = care;
        this.counters = counters;
    }

    /** Sends a record of every ended stay to {@code listener}; null to stop. */
    public void setStayListener(Consumer<PatientRecord> listener) {
        this.stayListener = listener;
    }

    @Override
    public void day(int day) {
        List<Patient> inHospital = ward.patients();
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
            ward.countDeath();
            died30 = los <= THIRTY_DAYS;
        } else {
            ward.countDischarge();
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
                    ward.readmitLater(p.endedAt + gap, p.random.nextLong(), p.entryUnit);
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
}
