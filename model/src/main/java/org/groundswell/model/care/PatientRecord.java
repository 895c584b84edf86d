package org.groundswell.model.care;

/**
 * One ended hospital stay, for patient-level analysis ({@code patients.csv}). Times are in days on the run's
 * calendar (warm-up days negative), with the fraction of the day.
 *
 * @param patientId            identifier, unique within a run
 * @param readmission          whether this stay was itself a readmission
 * @param admittedAt           time of admission
 * @param endedAt              time of discharge or death
 * @param unitPath             units in the order the patient stayed on them, joined by {@code >}
 * @param highAcuity           whether the patient was high-acuity
 * @param adverseEvents        adverse events during the stay
 * @param seriousAdverseEvents of which serious
 * @param meanPatientsPerNurse patients per RN on the patient's units, averaged over the patient's days
 * @param careTeamRc           RC index of the care teams the patient met (each unit's, blended with its
 *                             cross-unit RC by its share of transfers), averaged over the patient's days
 * @param diedInHospital       died before discharge
 * @param died30d              died within 30 days of admission (in hospital or after)
 * @param readmitted30d        readmitted within 30 days of discharge
 */
public record PatientRecord(long patientId, boolean readmission, double admittedAt, double endedAt, String unitPath,
                            boolean highAcuity, int adverseEvents, int seriousAdverseEvents,
                            double meanPatientsPerNurse, double careTeamRc, boolean diedInHospital, boolean died30d,
                            boolean readmitted30d) {

    /** Length of stay in days. */
    public double lengthOfStay() {
        return endedAt - admittedAt;
    }
}
