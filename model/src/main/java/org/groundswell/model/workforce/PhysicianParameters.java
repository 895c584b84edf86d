package org.groundswell.model.workforce;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Physicians (hospitalists and attendings) who round on one or more units. Their load, patients per
 * physician on duty, slows care when it passes the sustainable level.
 */
@RecordBuilder
public record PhysicianParameters(
        @Param(description = "Expected census per physician on duty, used to size the physician group",
                unit = "patients/physician", min = 1, max = 60, def = "14",
                source = "Elliott et al. 2014, JAMA Intern Med 174:786: hospitalist census around 15 a day")
        double patientsPerPhysician,
        @Param(description = "Units each physician rounds on (more than one makes physicians span unit boundaries)",
                unit = "units", min = 1, max = 10, def = "2", source = "assumption")
        int unitsPerPhysician,
        @Param(description = "Days a week each physician is on duty", unit = "days/week", min = 1, max = 7,
                def = "3.5", source = "seven-on, seven-off hospitalist schedule")
        double daysPerWeek,
        @Param(description = "Patients per physician on duty above which care slows", unit = "patients/physician",
                min = 1, max = 60, def = "15",
                source = "Elliott et al. 2014, JAMA Intern Med 174:786: length of stay rose above about 15 patients")
        double sustainableLoad,
        @Param(description = "Care slows by this share per patient per physician above the sustainable load",
                unit = "share/patient", min = 0, max = 1, def = "0.02",
                source = "Elliott et al. 2014: length of stay rose about 2% per extra patient at high occupancy")
        double delayPerExtraPatient) implements Serializable, PhysicianParametersBuilder.With {

    public PhysicianParameters {
        Requires.valid(PhysicianParameters.class, patientsPerPhysician, unitsPerPhysician, daysPerWeek,
                sustainableLoad, delayPerExtraPatient);
    }
}
