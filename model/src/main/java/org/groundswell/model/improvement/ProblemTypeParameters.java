package org.groundswell.model.improvement;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * The kinds of broken system ({@link ProblemType}) weighed against each other: how often each appears, how
 * much its severity adds to harm, and how much staff time it wastes. Relative weights: only their ratios
 * matter, against {@code problems.arrivalsPerUnitPerYear}, {@code problems.harmPerSeverity} and
 * {@code problems.timePerSeverity}.
 *
 * <p>Source: Tucker et al. 2008 (Health Services Research 43:1807, "Front-line staff perspectives on
 * opportunities for improving the safety and efficiency of hospital work"): of the failures staff named, most
 * concerned equipment and supplies and cost time rather than causing harm; handoffs, medication and alarm
 * response are the classic harm paths (the cardiac monitors of Lazes &amp; Rudden). The weights are
 * assumptions in that order.
 */
@RecordBuilder
public record ProblemTypeParameters(
        @Param(description = "Relative frequency of new problems of handoffs between shifts and units", unit = "weight", min = 0,
                max = 100, def = "1.0", source = "Tucker et al. 2008: most failures staff named concerned equipment and supplies; relative weights assumed")
        double handoffsFrequency,
        @Param(description = "Weight of the severity of problems of handoffs between shifts and units in the harm hazard", unit = "weight",
                min = 0, max = 100, def = "1.5", source = "Tucker et al. 2008: handoffs, medication and alarm response are the classic harm paths; relative weights assumed")
        double handoffsHarm,
        @Param(description = "Weight of the severity of problems of handoffs between shifts and units in staff time wasted", unit = "weight",
                min = 0, max = 100, def = "0.6", source = "Tucker et al. 2008: failures of equipment and supplies cost staff time more than they harm; relative weights assumed")
        double handoffsTime,
        @Param(description = "Relative frequency of new problems of medication reconciliation", unit = "weight", min = 0,
                max = 100, def = "0.8", source = "Tucker et al. 2008: most failures staff named concerned equipment and supplies; relative weights assumed")
        double medicationReconciliationFrequency,
        @Param(description = "Weight of the severity of problems of medication reconciliation in the harm hazard", unit = "weight",
                min = 0, max = 100, def = "1.5", source = "Tucker et al. 2008: handoffs, medication and alarm response are the classic harm paths; relative weights assumed")
        double medicationReconciliationHarm,
        @Param(description = "Weight of the severity of problems of medication reconciliation in staff time wasted", unit = "weight",
                min = 0, max = 100, def = "0.6", source = "Tucker et al. 2008: failures of equipment and supplies cost staff time more than they harm; relative weights assumed")
        double medicationReconciliationTime,
        @Param(description = "Relative frequency of new problems of alarm response", unit = "weight", min = 0,
                max = 100, def = "0.5", source = "Tucker et al. 2008: most failures staff named concerned equipment and supplies; relative weights assumed")
        double alarmResponseFrequency,
        @Param(description = "Weight of the severity of problems of alarm response in the harm hazard", unit = "weight",
                min = 0, max = 100, def = "2.0", source = "Tucker et al. 2008: handoffs, medication and alarm response are the classic harm paths; relative weights assumed")
        double alarmResponseHarm,
        @Param(description = "Weight of the severity of problems of alarm response in staff time wasted", unit = "weight",
                min = 0, max = 100, def = "0.4", source = "Tucker et al. 2008: failures of equipment and supplies cost staff time more than they harm; relative weights assumed")
        double alarmResponseTime,
        @Param(description = "Relative frequency of new problems of discharge planning", unit = "weight", min = 0,
                max = 100, def = "0.8", source = "Tucker et al. 2008: most failures staff named concerned equipment and supplies; relative weights assumed")
        double dischargePlanningFrequency,
        @Param(description = "Weight of the severity of problems of discharge planning in the harm hazard", unit = "weight",
                min = 0, max = 100, def = "0.5", source = "Tucker et al. 2008: handoffs, medication and alarm response are the classic harm paths; relative weights assumed")
        double dischargePlanningHarm,
        @Param(description = "Weight of the severity of problems of discharge planning in staff time wasted", unit = "weight",
                min = 0, max = 100, def = "1.0", source = "Tucker et al. 2008: failures of equipment and supplies cost staff time more than they harm; relative weights assumed")
        double dischargePlanningTime,
        @Param(description = "Relative frequency of new problems of supplies", unit = "weight", min = 0,
                max = 100, def = "2.0", source = "Tucker et al. 2008: most failures staff named concerned equipment and supplies; relative weights assumed")
        double suppliesFrequency,
        @Param(description = "Weight of the severity of problems of supplies in the harm hazard", unit = "weight",
                min = 0, max = 100, def = "0.3", source = "Tucker et al. 2008: handoffs, medication and alarm response are the classic harm paths; relative weights assumed")
        double suppliesHarm,
        @Param(description = "Weight of the severity of problems of supplies in staff time wasted", unit = "weight",
                min = 0, max = 100, def = "1.6", source = "Tucker et al. 2008: failures of equipment and supplies cost staff time more than they harm; relative weights assumed")
        double suppliesTime,
        @Param(description = "Relative frequency of new problems of equipment", unit = "weight", min = 0,
                max = 100, def = "2.0", source = "Tucker et al. 2008: most failures staff named concerned equipment and supplies; relative weights assumed")
        double equipmentFrequency,
        @Param(description = "Weight of the severity of problems of equipment in the harm hazard", unit = "weight",
                min = 0, max = 100, def = "0.8", source = "Tucker et al. 2008: handoffs, medication and alarm response are the classic harm paths; relative weights assumed")
        double equipmentHarm,
        @Param(description = "Weight of the severity of problems of equipment in staff time wasted", unit = "weight",
                min = 0, max = 100, def = "1.3", source = "Tucker et al. 2008: failures of equipment and supplies cost staff time more than they harm; relative weights assumed")
        double equipmentTime,
        @Param(description = "Relative frequency of new problems of the records system", unit = "weight", min = 0,
                max = 100, def = "0.9", source = "Tucker et al. 2008: most failures staff named concerned equipment and supplies; relative weights assumed")
        double recordsSystemFrequency,
        @Param(description = "Weight of the severity of problems of the records system in the harm hazard", unit = "weight",
                min = 0, max = 100, def = "0.6", source = "Tucker et al. 2008: handoffs, medication and alarm response are the classic harm paths; relative weights assumed")
        double recordsSystemHarm,
        @Param(description = "Weight of the severity of problems of the records system in staff time wasted", unit = "weight",
                min = 0, max = 100, def = "1.3", source = "Tucker et al. 2008: failures of equipment and supplies cost staff time more than they harm; relative weights assumed")
        double recordsSystemTime) implements Serializable, ProblemTypeParametersBuilder.With {

    public ProblemTypeParameters {
        Requires.valid(ProblemTypeParameters.class, handoffsFrequency, handoffsHarm, handoffsTime,
                medicationReconciliationFrequency, medicationReconciliationHarm, medicationReconciliationTime,
                alarmResponseFrequency, alarmResponseHarm, alarmResponseTime, dischargePlanningFrequency,
                dischargePlanningHarm, dischargePlanningTime, suppliesFrequency, suppliesHarm, suppliesTime,
                equipmentFrequency, equipmentHarm, equipmentTime, recordsSystemFrequency, recordsSystemHarm,
                recordsSystemTime);
    }

    /** Relative frequency of new problems of {@code type}. */
    public double frequency(ProblemType type) {
        return switch (type) {
            case HANDOFFS -> handoffsFrequency;
            case MEDICATION_RECONCILIATION -> medicationReconciliationFrequency;
            case ALARM_RESPONSE -> alarmResponseFrequency;
            case DISCHARGE_PLANNING -> dischargePlanningFrequency;
            case SUPPLIES -> suppliesFrequency;
            case EQUIPMENT -> equipmentFrequency;
            case RECORDS_SYSTEM -> recordsSystemFrequency;
        };
    }

    /** Weight of {@code type}'s severity in the harm hazard. */
    public double harmWeight(ProblemType type) {
        return switch (type) {
            case HANDOFFS -> handoffsHarm;
            case MEDICATION_RECONCILIATION -> medicationReconciliationHarm;
            case ALARM_RESPONSE -> alarmResponseHarm;
            case DISCHARGE_PLANNING -> dischargePlanningHarm;
            case SUPPLIES -> suppliesHarm;
            case EQUIPMENT -> equipmentHarm;
            case RECORDS_SYSTEM -> recordsSystemHarm;
        };
    }

    /** Weight of {@code type}'s severity in wasted staff time. */
    public double timeWeight(ProblemType type) {
        return switch (type) {
            case HANDOFFS -> handoffsTime;
            case MEDICATION_RECONCILIATION -> medicationReconciliationTime;
            case ALARM_RESPONSE -> alarmResponseTime;
            case DISCHARGE_PLANNING -> dischargePlanningTime;
            case SUPPLIES -> suppliesTime;
            case EQUIPMENT -> equipmentTime;
            case RECORDS_SYSTEM -> recordsSystemTime;
        };
    }
}
