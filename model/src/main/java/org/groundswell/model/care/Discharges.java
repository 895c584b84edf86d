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
    private final double referenceRc;
    private final FlowParameters flow;
    private final PatientParameters patients;
    private transient Consumer<PatientRecord> stayListener;

    /**
     * @param referenceRc the care-team RC at which discharge coordination neither raises nor lowers readmission
     */
    public Discharges(Ward ward, CareParameters care, DayCounters counters, double referenceRc) {
        this.ward = ward;
        this.care = care;
        this.counters = counters;
        this.referenceRc = referenceRc;
        this.flow = ward.flow();
        this.patients = ward.patientParameters();
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
        ward.leaveBed(p);
        double los = p.endedAt - p.admittedAt;
        boolean serious = p.seriousAdverseEvents > 0;
        double risk = p.highAcuity ? care.highAcuityRisk() : 1.0;
        boolean died30;
        boolean readmitted = false;
        double experience = Double.NaN;
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
            experience = experience(p);
            if (experience > 0) {
                counters.add(Counter.RECOMMENDATIONS, p.unit, 1);
            }
            if (!died30 && p.random.nextDouble() < readmission(p, serious)) {
                readmitted = true;
                double gap = 0.5 + (THIRTY_DAYS - 0.5) * p.random.nextDouble();
                ward.readmitLater(p.endedAt + gap, p.random.nextLong(), p.entryUnit);
                counters.add(Counter.READMISSIONS_30D, p.unit, 1);
            }
        }
        if (died30) {
            counters.add(Counter.DEATHS_30D, p.unit, 1);
        }
        if (serious) {
            counters.add(Counter.COMPLICATED_STAYS, p.unit, 1);
            if (died30) {
                counters.add(Counter.RESCUE_FAILURES, p.unit, 1);
            }
        }
        if (p.pressureInjury) {
            counters.add(Counter.PRESSURE_INJURY_STAYS, p.unit, 1);
        }
        if (stayListener != null) {
            stayListener.accept(new PatientRecord(p.id, p.readmission, p.admittedAt, p.endedAt, p.path.toString(),
                    p.highAcuity, p.adverseEvents, p.seriousAdverseEvents, mean(p.patientsPerNurseExposure, p),
                    mean(p.careTeamRcExposure, p), p.died, died30, readmitted, p.falls, p.pressureInjury,
                    p.waitingDays, p.offServiceDays, p.dischargedEarly, p.engagement,
                    mean(p.relationshipExposure, p), experience));
        }
    }

    private static double mean(double exposureSum, Patient p) {
        return p.exposure > 0 ? exposureSum / p.exposure : Double.NaN;
    }

    /**
     * The 30-day readmission probability of a patient discharged alive: the base rate, raised by acuity, serious
     * harm, an early discharge for a bed, coordination at discharge below the reference (the discharging unit's
     * care-team RC) and its open discharge-planning problems; lowered by the patient's engagement.
     */
    private double readmission(Patient p, boolean serious) {
        UnitState unit = ward.units()[p.unit];
        double rc = Double.isNaN(unit.careTeamRc) ? referenceRc : unit.careTeamRc;
        return care.readmissionRate()
                * (p.highAcuity ? care.highAcuityReadmissionRatio() : 1.0)
                * (serious ? care.seriousHarmReadmissionRatio() : 1.0)
                * (p.dischargedEarly ? flow.earlyDischargeReadmissionRatio() : 1.0)
                * Math.pow(patients.dischargeRcReadmissionRatio(), Math.max(0, referenceRc - rc))
                * (1 + patients.dischargeProblemReadmission() * unit.dischargeProblems())
                * (1 - patients.engagementReadmissionReduction() * p.engagement);
    }

    /**
     * The patient's rating of its stay, in standard deviations above the top-box cut: positive means it would
     * definitely recommend the hospital. It rises with the patient-staff relationship it had and its own
     * engagement, and falls with the load of the nurses who cared for it, their exhaustion, the burnout of its
     * physicians above the national share, harm, and days spent waiting for a bed or off-service; the rest is the patient's own (a standard normal draw).
     */
    private double experience(Patient p) {
        double relationship = mean(p.relationshipExposure, p);
        double load = mean(p.loadExposure, p);
        double exhaustion = mean(p.exhaustionExposure, p);
        double score = patients.experienceIntercept()
                + patients.experiencePerRelationship() * ((Double.isNaN(relationship) ? RcScale.NEUTRAL_HIGH
                        : relationship) - RcScale.NEUTRAL_HIGH)
                - patients.experiencePerPatientPerNurse() * (Double.isNaN(load) ? 0
                        : load - care.referencePatientsPerNurse())
                - patients.experiencePerExhaustion() * (Double.isNaN(exhaustion) ? 0
                        : Math.max(0, exhaustion - 0.4) / 0.1)
                - patients.experiencePerHarm() * (p.adverseEvents
                        + (Treatment.SERIOUS_HARM_WEIGHT - 1) * p.seriousAdverseEvents)
                - patients.experiencePerBoardingDay() * (p.waitingDays + p.offServiceDays)
                + patients.experiencePerEngagement() * (p.engagement - 0.5)
                - patients.experiencePerPhysicianBurnout() * (p.physicianExposure > 0
                        ? p.physicianBurnoutExposure / p.physicianExposure - patients.physicianBurnoutReference() : 0);
        return score + p.random.nextGaussian();
    }
}
