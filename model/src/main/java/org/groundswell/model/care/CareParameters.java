package org.groundswell.model.care;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Harm, death, readmission and delays. Hazards are stated for a standard-acuity patient on a unit staffed at
 * the reference load; each patient carries exponential thresholds drawn at admission, so an event happens
 * when the patient's accumulated hazard crosses one (common random numbers across strategies).
 */
@RecordBuilder
public record CareParameters(
        @Param(description = "Adverse events per patient-day for a standard-acuity patient at the reference load",
                unit = "events/patient-day", min = 0, max = 1, def = "0.027",
                source = "calibrated: with falls and pressure injuries about 30 harms per 100 admissions by trigger "
                        + "tool (Classen et al. 2011, Health Affairs 30:581)")
        double adverseEventRate,
        @Param(description = "Share of adverse events that are serious (lasting harm, intervention to sustain life, or death)",
                unit = "share 0-1", min = 0, max = 1, def = "0.20",
                source = "Harvard Medical Practice Study 1991 and de Vries et al. 2008: serious events in 3.7-10% of admissions")
        double seriousShare,
        @Param(description = "Patients per nurse (general-unit equivalent) at which the stated hazards hold",
                unit = "patients/RN", min = 1, max = 12, def = "5", source = "normalising constant")
        double referencePatientsPerNurse,
        @Param(description = "Adverse-event hazard ratio per extra patient per nurse",
                unit = "ratio/patient", min = 0.5, max = 3, def = "1.05",
                source = "assumption, direction from Needleman et al. 2002, NEJM 346:1715")
        double staffingHarmRatio,
        @Param(description = "Adverse-event hazard ratio per 0.1 of unit mean exhaustion above 0.4",
                unit = "ratio/0.1", min = 0.5, max = 3, def = "1.08",
                source = "assumption, direction from Hall et al. 2016, PLoS One 11:e0159015 (burnout and patient safety)")
        double exhaustionHarmRatio,
        @Param(description = "Adverse-event hazard ratio on a shift fully covered by agency staff",
                unit = "ratio", min = 0.5, max = 3, def = "1.15",
                source = "assumption: agency staff do not know the unit's systems")
        double agencyHarmRatio,
        @Param(description = "Hazard ratio (harm, death) of a high-acuity patient", unit = "ratio", min = 1, max = 20,
                def = "2.5", source = "assumption")
        double highAcuityRisk,
        @Param(description = "In-hospital death hazard per day of a standard-acuity patient at the reference load",
                unit = "deaths/patient-day", min = 0, max = 1, def = "0.0022",
                source = "calibrated: in-hospital mortality about 2% of admissions (HCUP)")
        double mortalityRate,
        @Param(description = "Death hazard per day after discharge, until day 30 after admission",
                unit = "deaths/patient-day", min = 0, max = 1, def = "0.0004",
                source = "calibrated: 30-day mortality about 3% of admissions")
        double postDischargeMortalityRate,
        @Param(description = "In-hospital death hazard ratio per extra patient per nurse",
                unit = "ratio/patient", min = 0.5, max = 3, def = "1.065",
                source = "calibrated: 30-day mortality odds x1.07 (1.03-1.12) per extra patient per nurse, Aiken et al. 2002")
        double staffingMortalityRatio,
        @Param(description = "Death hazard ratio after a serious adverse event", unit = "ratio", min = 1, max = 50,
                def = "1.88", source = "Classen et al. 1997, JAMA 277:301: relative risk of death with an adverse drug event 1.88")
        double seriousHarmMortalityRatio,
        @Param(description = "Days of care a serious adverse event adds", unit = "days", min = 0, max = 60, def = "1.9",
                source = "Classen et al. 1997, JAMA 277:301: adverse drug events added 1.91 days")
        double seriousHarmExtraDays,
        @Param(description = "30-day readmission probability of a standard-acuity patient discharged alive",
                unit = "share 0-1", min = 0, max = 1, def = "0.15",
                source = "calibrated: 30-day readmission 15-20% (Jencks et al. 2009, NEJM 360:1418; HCUP)")
        double readmissionRate,
        @Param(description = "Readmission probability ratio of a high-acuity patient", unit = "ratio", min = 1, max = 10,
                def = "1.6", source = "assumption")
        double highAcuityReadmissionRatio,
        @Param(description = "Readmission probability ratio after a serious adverse event", unit = "ratio", min = 1,
                max = 10, def = "1.5", source = "assumption")
        double seriousHarmReadmissionRatio,
        @Param(description = "Care slows by this share per extra patient per nurse above the sustainable load "
                + "(delays to tests, discharge and transfer)",
                unit = "share/patient", min = 0, max = 1, def = "0.03",
                source = "assumption, direction from Gittell et al. 2000, Medical Care 38:807 (coordination and length of stay)")
        double delayPerPatient,
        @Param(description = "Falls with injury per patient-day for a standard-acuity patient at the reference load",
                unit = "falls/patient-day", min = 0, max = 0.1, def = "0.0009",
                source = "calibrated: about 0.8-1.1 injurious falls per 1,000 patient-days (NDNQI; Bouldin et al. "
                        + "2013, J Patient Saf 9:13)")
        double fallRate,
        @Param(description = "Falls hazard ratio per extra patient per nurse", unit = "ratio/patient", min = 0.5,
                max = 3, def = "1.05",
                source = "assumption, direction from Lake et al. 2010, Res Nurs Health 33:413 (more RN staffing, "
                        + "fewer falls)")
        double fallStaffingRatio,
        @Param(description = "Hazard per patient-day of a hospital-acquired pressure injury, for a standard-acuity "
                + "patient at the reference load (high-acuity patients at care.highAcuityRisk times it)",
                unit = "injuries/patient-day", min = 0, max = 0.1, def = "0.0033",
                source = "calibrated: about 2-3% of stays with a hospital-acquired pressure injury (NDNQI "
                        + "prevalence; VanGilder et al. 2017, J Wound Ostomy Continence Nurs 44:20)")
        double pressureInjuryRate,
        @Param(description = "Pressure-injury hazard ratio per extra patient per nurse", unit = "ratio/patient",
                min = 0.5, max = 3, def = "1.06",
                source = "assumption, direction from Needleman et al. 2002, NEJM 346:1715 (pressure ulcers and "
                        + "nurse staffing)")
        double pressureInjuryStaffingRatio,
        @Param(description = "Most a unit's conditions (staffing, exhaustion, agency, problems, coordination, "
                + "crowding, physicians) can multiply a hazard of harm or death by, together",
                unit = "ratio", min = 1, max = 100, def = "4",
                source = "assumption: the hazard ratios are estimated within the range hospitals are seen in, and "
                        + "their product is not extrapolated far beyond it (without a ceiling an understaffed, "
                        + "over-full hospital's harm lengthens stays without end)")
        double maxHazardMultiplier) implements Serializable, CareParametersBuilder.With {

    public CareParameters {
        Requires.valid(CareParameters.class, adverseEventRate, seriousShare, referencePatientsPerNurse,
                staffingHarmRatio, exhaustionHarmRatio, agencyHarmRatio, highAcuityRisk, mortalityRate,
                postDischargeMortalityRate, staffingMortalityRatio, seriousHarmMortalityRatio, seriousHarmExtraDays,
                readmissionRate, highAcuityReadmissionRatio, seriousHarmReadmissionRatio, delayPerPatient, fallRate,
                fallStaffingRatio, pressureInjuryRate, pressureInjuryStaffingRatio, maxHazardMultiplier);
    }
}
