package org.groundswell.model.care;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Patients who take part, and what they make of their care. Each patient (with its family) has an engagement
 * in its own care, 0-1, that moves toward what the unit's relationship with its patients allows: the
 * patient-staff relationship, scored on the RC scale like the staff's ties (the care team's RC, less the
 * staff's depersonalization and the time overload takes from talking with patients; Gittell 2009, ch. 3:
 * patients and families as participants in coordination). Engagement catches harm that patients can see,
 * makes falls rarer and readmission less likely. Each patient discharged alive rates the stay: a score whose
 * top box is "would definitely recommend the hospital" (HCAHPS).
 */
@RecordBuilder
public record PatientParameters(
        @Param(description = "Mean engagement of a patient and its family at admission", unit = "0-1", min = 0,
                max = 1, def = "0.45", source = "assumption: Hibbard & Greene 2013, Health Affairs 32:207 (about "
                + "a third of patients at the lowest levels of activation)")
        double initialEngagement,
        @Param(description = "Standard deviation of engagement at admission", unit = "0-1", min = 0, max = 0.5,
                def = "0.15", source = "assumption")
        double engagementSd,
        @Param(description = "Days over which a patient's engagement moves most of the way to what its unit's "
                + "relationship with patients allows", unit = "days", min = 0.1, max = 60, def = "3",
                source = "assumption: a stay of a few days")
        double engagementDays,
        @Param(description = "Fall in the patient-staff relationship (RC points) per 0.1 of the unit's mean "
                + "cynicism (depersonalization) above 0.3", unit = "RC points/0.1", min = 0, max = 2, def = "0.15",
                source = "assumption, direction from Maslach & Jackson 1981 (depersonalization is toward patients)")
        double relationshipPerCynicism,
        @Param(description = "Fall in the patient-staff relationship (RC points) per patient per nurse above the "
                + "sustainable load", unit = "RC points/patient", min = 0, max = 2, def = "0.1",
                source = "assumption: overload takes the time of talking with patients (Aiken et al. 2002)")
        double relationshipPerOverload,
        @Param(description = "Share of adverse events that an engaged patient or family can help catch "
                + "(medication errors, missed changes in condition)", unit = "share 0-1", min = 0, max = 1,
                def = "0.4", source = "assumption: medication events the largest class of harm (Classen et al. 2011)")
        double catchableHarmShare,
        @Param(description = "Share of that catchable harm a fully engaged patient catches", unit = "share 0-1",
                min = 0, max = 1, def = "0.3",
                source = "assumption, direction from Khan et al. 2018, BMJ 363:k4764 (family-centred rounds: "
                        + "fewer harmful errors)")
        double engagementHarmReduction,
        @Param(description = "Share by which a fully engaged patient's falls hazard is lower", unit = "share 0-1",
                min = 0, max = 1, def = "0.3",
                source = "Dykes et al. 2010, JAMA 304:1912: a patient-engagement fall-prevention toolkit cut falls "
                        + "by about a fifth")
        double engagementFallReduction,
        @Param(description = "Share by which a fully engaged patient's readmission probability is lower",
                unit = "share 0-1", min = 0, max = 1, def = "0.4",
                source = "Mitchell et al. 2014, J Gen Intern Med 29:349: the least activated patients were "
                        + "readmitted 1.75 times as often as the most")
        double engagementReadmissionReduction,
        @Param(description = "Readmission probability ratio per RC point of the discharging unit's care team "
                + "below the reference RC (coordination at discharge)", unit = "ratio/RC point", min = 1, max = 5,
                def = "1.3", source = "assumption, direction from Jack et al. 2009, Ann Intern Med 150:178 "
                + "(Project RED: a coordinated discharge cut readmissions by about 30%)")
        double dischargeRcReadmissionRatio,
        @Param(description = "Relative rise of readmission per unit of the discharging unit's discharge-planning "
                + "problem burden (effective severity x problems.harmPerSeverity)", unit = "share/burden",
                min = 0, max = 20, def = "2",
                source = "assumption, direction from Jack et al. 2009 (discharge planning failures and readmission)")
        double dischargeProblemReadmission,
        @Param(description = "Patient experience score of a stay at the reference conditions, in standard "
                + "deviations of the patients' scores above the top-box cut", unit = "SD", min = -3, max = 3,
                def = "1.1", source = "calibrated: HCAHPS national mean about 70% would definitely recommend "
                + "(CMS Hospital Compare)")
        double experienceIntercept,
        @Param(description = "Rise of the experience score per RC point of the patient-staff relationship",
                unit = "SD/RC point", min = 0, max = 5, def = "0.8",
                source = "calibrated: Gittell et al. 2000, Medical Care 38:807 (RC raised patient-rated quality of "
                        + "care, standardized beta about 0.26)")
        double experiencePerRelationship,
        @Param(description = "Fall of the experience score per patient per nurse above the reference load",
                unit = "SD/patient", min = 0, max = 2, def = "0.06",
                source = "Kutney-Lee et al. 2009, Health Affairs 28:w669 (each extra patient per nurse lowered the "
                        + "share of patients who would definitely recommend)")
        double experiencePerPatientPerNurse,
        @Param(description = "Fall of the experience score per 0.1 of the exhaustion of the staff who cared for "
                + "the patient above 0.4", unit = "SD/0.1", min = 0, max = 2, def = "0.08",
                source = "Vahey et al. 2004, Medical Care 42:II57 and McHugh et al. 2011, Health Affairs 30:202 "
                        + "(patients less satisfied where nurses are burned out)")
        double experiencePerExhaustion,
        @Param(description = "Fall of the experience score after an adverse event during the stay (serious ones "
                + "count three times)", unit = "SD/event", min = 0, max = 3, def = "0.25",
                source = "assumption: patients who are harmed rate their care lower")
        double experiencePerHarm,
        @Param(description = "Fall of the experience score per day spent waiting for a bed or off-service",
                unit = "SD/day", min = 0, max = 3, def = "0.3",
                source = "Pines et al. 2008, Acad Emerg Med 15:825 (ED crowding lowered patient satisfaction)")
        double experiencePerBoardingDay,
        @Param(description = "Rise of the experience score per unit of engagement above 0.5", unit = "SD",
                min = 0, max = 3, def = "0.4", source = "assumption: patients who take part rate care higher")
        double experiencePerEngagement,
        @Param(description = "Fall of the experience score per unit of the share of the patient's physicians burned "
                + "out above patients.physicianBurnoutReference", unit = "SD", min = 0, max = 5, def = "0.5",
                source = "assumption, direction from Panagioti et al. 2018, JAMA Intern Med 178:1317 (physician "
                        + "burnout and lower patient satisfaction, OR 2.28)")
        double experiencePerPhysicianBurnout,
        @Param(description = "Share of physicians burned out at which the experience score is stated (the "
                + "calibration's national figure)", unit = "share 0-1", min = 0, max = 1, def = "0.44",
                source = "Shanafelt et al. 2019, Mayo Clin Proc 94:1681: 43.9% of US physicians")
        double physicianBurnoutReference) implements Serializable, PatientParametersBuilder.With {

    public PatientParameters {
        Requires.valid(PatientParameters.class, initialEngagement, engagementSd, engagementDays,
                relationshipPerCynicism, relationshipPerOverload, catchableHarmShare, engagementHarmReduction,
                engagementFallReduction, engagementReadmissionReduction, dischargeRcReadmissionRatio,
                dischargeProblemReadmission, experienceIntercept, experiencePerRelationship,
                experiencePerPatientPerNurse, experiencePerExhaustion, experiencePerHarm, experiencePerBoardingDay,
                experiencePerEngagement, experiencePerPhysicianBurnout, physicianBurnoutReference);
    }
}
