package org.groundswell.model.workforce;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.kernel.Role;
import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * The staffing plan: target patients per staff member on duty by role on a general unit (each unit scales
 * them by its {@code nurseRatioFactor}), shifts per day, and how a shift gap is filled.
 */
@RecordBuilder
public record StaffingParameters(
        @Param(description = "Target patients per registered nurse on duty on a general (medical-surgical) unit; "
                + "other units scale it by their nurseRatioFactor",
                unit = "patients/RN", min = 1, max = 12, def = "5",
                source = "California Title 22 minimum for medical-surgical units (1:5); Aiken et al. 2002, "
                        + "JAMA 288:1987, hospitals averaged 4 to 8")
        double patientsPerNurse,
        @Param(description = "Target patients per nursing assistant on duty on a general unit",
                unit = "patients/assistant", min = 1, max = 40, def = "10",
                source = "assumption: common medical-surgical practice of one assistant per 8-12 patients")
        double patientsPerAssistant,
        @Param(description = "Target patients per unit-based pharmacist on duty on a general unit",
                unit = "patients/pharmacist", min = 1, max = 400, def = "60", source = "assumption")
        double patientsPerPharmacist,
        @Param(description = "Target patients per technician (monitor, patient-care, respiratory) on duty",
                unit = "patients/technician", min = 1, max = 200, def = "16", source = "assumption")
        double patientsPerTechnician,
        @Param(description = "Target patients per environmental-services worker on duty",
                unit = "patients/worker", min = 1, max = 200, def = "20", source = "assumption")
        double patientsPerEnvironmentalWorker,
        @Param(description = "Shifts per day (2: twelve-hour shifts)", unit = "shifts", min = 1, max = 3, def = "2",
                source = "Stimpfel et al. 2012, Health Affairs 31:2501: most US hospital nurses work 12-hour shifts")
        int shiftsPerDay,
        @Param(description = "Extra shifts the unit's own staff will work, at most, as a share of their scheduled shifts",
                unit = "share 0-1", min = 0, max = 1, def = "0.10", source = "assumption")
        double overtimeCap,
        @Param(description = "Share of the shift gap left after overtime that agency staff can fill",
                unit = "share 0-1", min = 0, max = 1, def = "0.5", source = "assumption")
        double agencyFillShare,
        @Param(description = "Positions funded above the shift plan to cover leave, education and sickness",
                unit = "share", min = 0, max = 1, def = "0.15",
                source = "assumption: non-productive time of 10-15% is usual in nurse staffing budgets")
        double reliefFactor) implements Serializable, StaffingParametersBuilder.With {

    public StaffingParameters {
        Requires.valid(StaffingParameters.class, patientsPerNurse, patientsPerAssistant, patientsPerPharmacist,
                patientsPerTechnician, patientsPerEnvironmentalWorker, shiftsPerDay, overtimeCap, agencyFillShare,
                reliefFactor);
    }

    /** Target patients per staff member of {@code role} on duty on a general unit. */
    public double patientsPer(Role role) {
        return switch (role) {
            case REGISTERED_NURSE -> patientsPerNurse;
            case NURSING_ASSISTANT -> patientsPerAssistant;
            case PHARMACIST -> patientsPerPharmacist;
            case TECHNICIAN -> patientsPerTechnician;
            case ENVIRONMENTAL_SERVICES -> patientsPerEnvironmentalWorker;
        };
    }
}
