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
 * @param falls                falls with injury during the stay (counted among the adverse events)
 * @param pressureInjury       whether the patient acquired a pressure injury (counted among the adverse events)
 * @param waitingDays          days spent waiting for a bed (boarding in the ED, or held on another unit)
 * @param offServiceDays       days spent placed on a unit other than the patient's own
 * @param dischargedEarly      moved out of its last unit early, because patients waited for its bed
 * @param engagement           the patient's (and family's) engagement in its care at the end of the stay, 0-1
 * @param patientRelationship  the patient-staff relationship on the RC scale (1-5), averaged over the stay
 * @param experienceScore      the patient's rating of its stay, in SD above the top-box cut (NaN if it died)
 */
public record PatientRecord(long patientId, boolean readmission, double admittedAt, double endedAt, String unitPath,
                            boolean highAcuity, int adverseEvents, int seriousAdverseEvents,
                            double meanPatientsPerNurse, double careTeamRc, boolean diedInHospital, boolean died30d,
                            boolean readmitted30d, int falls, boolean pressureInjury, double waitingDays,
                            double offServiceDays, boolean dischargedEarly, double engagement,
                            double patientRelationship, double experienceScore) {

    /** The same stay, its units named as a region names them: {@code hospital/unit}. */
    public PatientRecord inHospital(String hospital) {
        String path = hospital + "/" + String.join(">" + hospital + "/", unitPath.split(">", -1));
        return new PatientRecord(patientId, readmission, admittedAt, endedAt, path, highAcuity, adverseEvents,
                seriousAdverseEvents, meanPatientsPerNurse, careTeamRc, diedInHospital, died30d, readmitted30d, falls,
                pressureInjury, waitingDays, offServiceDays, dischargedEarly, engagement, patientRelationship,
                experienceScore);
    }

    /** Whether the patient would definitely recommend the hospital (HCAHPS top box); false if it died. */
    public boolean wouldRecommend() {
        return experienceScore > 0;
    }

    /** Length of stay in days. */
    public double lengthOfStay() {
        return endedAt - admittedAt;
    }
}
