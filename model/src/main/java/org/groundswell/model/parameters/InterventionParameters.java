package org.groundswell.model.parameters;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * The effect sizes of the interventions a scenario schedules ({@code interventions:}). Relationship gains are
 * added each week to the named dimensions of the ties concerned; ties drift back toward their norm
 * ({@code coordination.driftDays}), so a weekly gain g holds a dimension about g / (1 - exp(-7 / driftDays))
 * above its norm while the intervention lasts.
 */
@RecordBuilder
public record InterventionParameters(
        @Param(description = "Staffing stabilization: time from posting a vacancy to an accepted offer, as a "
                + "multiple of workforce.daysToFill", unit = "multiple", min = 0.01, max = 1, def = "0.25",
                source = "Carlson 2008: add staff to stabilize a chronically understaffed system; size assumed")
        double stabilizationFillFactor,
        @Param(description = "Staffing stabilization: share of the shift gap left after overtime that agency covers "
                + "while stabilizing (used where higher than staffing.agencyFillShare)", unit = "share 0-1", min = 0,
                max = 1, def = "0.8", source = "assumption")
        double stabilizationCover,
        @Param(description = "Staff bank: share of the shifts agency would fill that bank staff work instead",
                unit = "share 0-1", min = 0, max = 1, def = "0.5",
                source = "NHS Professionals 2022: collaborative banks replace agency staff; size assumed")
        double bankFillShare,
        @Param(description = "Staff bank: cost of a bank shift as a multiple of a staff shift", unit = "multiple",
                min = 1, max = 10, def = "1.25",
                source = "NHS Professionals 2022: banks cost less than agency (cost.agencyMultiple 2.0); size assumed")
        double bankMultiple,
        @Param(description = "Huddles: minutes of each staff member's shift they take", unit = "minutes/shift",
                min = 0, max = 120, def = "10", source = "Common Fire 2017: brief daily huddles")
        double huddleMinutes,
        @Param(description = "Huddles: weekly rise of frequent and timely communication on the ties within units",
                unit = "RC points/week", min = 0, max = 1, def = "0.02", source = "Gittell 2016: huddles; size assumed")
        double huddleGain,
        @Param(description = "Huddles: rise of every unit's psychological safety and of the level it drifts back to",
                unit = "0-1", min = 0, max = 1, def = "0.05", source = "Common Fire 2017; size assumed")
        double huddleSafetyGain,
        @Param(description = "Relational interventions: weekly rise of mutual respect and shared goals on every tie",
                unit = "RC points/week", min = 0, max = 1, def = "0.02",
                source = "Gittell 2016: relational interventions (RC survey feedback, relational skills); size assumed")
        double relationalGain,
        @Param(description = "Relational interventions: rise of every unit's psychological safety (safe spaces)",
                unit = "0-1", min = 0, max = 1, def = "0.05", source = "Gittell 2016; size assumed")
        double relationalSafetyGain,
        @Param(description = "Relational interventions: hours of sessions per staff member a year, away from care",
                unit = "hours/person/year", min = 0, max = 200, def = "4", source = "assumption")
        double relationalHours,
        @Param(description = "Boundary spanners: spanners added, each with network.spannerTiesPerUnit ties to every "
                + "other unit; their ties start at the within-unit level of RC", unit = "people", min = 0, max = 1000,
                def = "4", source = "Gittell 2016: boundary spanners as a structural intervention; number assumed")
        int spannersAdded,
        @Param(description = "Shared protocols: weekly rise of accurate communication and shared knowledge on every tie",
                unit = "RC points/week", min = 0, max = 1, def = "0.02", source = "Gittell 2016; size assumed")
        double protocolGain,
        @Param(description = "Shared information systems: weekly rise of timely and accurate communication on the "
                + "ties between units", unit = "RC points/week", min = 0, max = 1, def = "0.03",
                source = "Gittell 2016; NHS Professionals 2022 (share data); size assumed")
        double informationGain,
        @Param(description = "Coproduction (bedside shift report, family presence, teach-back): rise of every "
                + "unit's patient-staff relationship", unit = "RC points", min = 0, max = 2, def = "0.3",
                source = "Gittell 2009, High Performance Healthcare, ch. 3 (patients and families in "
                        + "coordination); size assumed")
        double coproductionRelationshipGain,
        @Param(description = "Coproduction: rise of the engagement each patient's is drawn toward",
                unit = "0-1", min = 0, max = 1, def = "0.1",
                source = "assumption, direction from Khan et al. 2018, BMJ 363:k4764 (family-centred rounds)")
        double coproductionEngagementGain,
        @Param(description = "Coproduction: minutes of each staff shift on duty that bedside report and teach-back take",
                unit = "minutes/shift", min = 0, max = 120, def = "6",
                source = "assumption: a bedside handover takes a few minutes more than one at the station")
        double coproductionMinutes) implements Serializable, InterventionParametersBuilder.With {

    public InterventionParameters {
        Requires.valid(InterventionParameters.class, stabilizationFillFactor, stabilizationCover, bankFillShare,
                bankMultiple, huddleMinutes, huddleGain, huddleSafetyGain, relationalGain, relationalSafetyGain,
                relationalHours, spannersAdded, protocolGain, informationGain, coproductionRelationshipGain,
                coproductionEngagementGain, coproductionMinutes);
    }
}
