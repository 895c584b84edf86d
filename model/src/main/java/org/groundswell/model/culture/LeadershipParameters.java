package org.groundswell.model.culture;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Managers and the senior team: how they answer reported harm and the problems staff raise, and how much
 * attention they have for fixing them. Unit managers are people ({@link Managers}): each has a style of their
 * own around the leadership's norm, an attention budget that mandates and teams draw on, and a tenure that ends.
 */
@RecordBuilder
public record LeadershipParameters(
        @Param(description = "Chance that leadership answers a reported adverse event by blaming individuals rather "
                + "than analysing it jointly with the unit", unit = "probability", min = 0, max = 1, def = "0.3",
                source = "Lazes & Rudden: the cardiac-monitor example (blame versus a joint task force); level assumed")
        double blameResponse,
        @Param(description = "Respect unit managers show their staff", unit = "0-1", min = 0, max = 1, def = "0.6",
                source = "Common Fire 2017: respect and choice; level assumed")
        double managerRespect,
        @Param(description = "Problems a unit manager can fix in a year, of those raised to them (attention)",
                unit = "fixes/year", min = 0, max = 365, def = "4",
                source = "Tucker & Singer 2015, Prod Oper Manag 24:253, walk-rounds: managers fix few of the problems raised")
        double managerFixesPerYear,
        @Param(description = "Share of a problem's severity a manager's own fix removes", unit = "share 0-1", min = 0,
                max = 1, def = "0.5",
                source = "Lazes & Rudden after Tucker et al. 2008: frontline proposals were more effective than "
                        + "managers'; size assumed")
        double managerFixFit,
        @Param(description = "Chance that a joint analysis of a reported adverse event finds a problem behind it "
                + "(at the reference relational coordination)", unit = "probability", min = 0, max = 1, def = "0.4",
                source = "Lazes & Rudden: the joint task force found the broken monitoring system; level assumed")
        double jointAnalysisFind,
        @Param(description = "Share of a problem's severity a fix designed in a joint analysis removes", unit = "share 0-1",
                min = 0, max = 1, def = "0.8", source = "Lazes & Rudden; size assumed")
        double jointFixFit,
        @Param(description = "Frontline staff who sit on a joint analysis of a reported adverse event, with the unit "
                + "manager and one of its physicians", unit = "people", min = 0, max = 50, def = "4",
                source = "Lazes & Rudden: the cardiac-monitor task force of frontline staff, managers and physicians; "
                + "size assumed")
        int analysisStaff,
        @Param(description = "Patients per nurse (general-unit equivalent) above the sustainable load at which a "
                + "unit can staff only half the joint analyses leadership calls (fewer beyond): the analysis needs "
                + "its staff off the floor, as an improvement team does", unit = "patients/RN", min = 0, max = 20,
                def = "2.5",
                source = "Carlson 2008: chronic understaffing leaves no room to improve; as change.stallOverload; "
                        + "level assumed")
        double analysisStallOverload,
        @Param(description = "Steepness of that fall in joint analyses held, per patient per nurse (0: every "
                + "analysis is held, whatever the load)", unit = "per patient", min = 0, max = 20, def = "2",
                source = "assumption, as change.stallSteepness")
        double analysisStallSteepness,
        @Param(description = "Spread of unit managers' styles around the leadership's norm: the standard deviation, "
                + "on the log-odds scale, of each manager's leaning toward \"doing with\" (less blame, more respect) "
                + "or \"doing to\" (0: every manager at the norm)", unit = "log-odds", min = 0, max = 5,
                def = "0.3",
                source = "Nembhard & Edmondson 2006: leader inclusiveness, and with it psychological safety, differs "
                        + "from unit to unit of the same hospital; size assumed")
        double managerStyleSpread,
        @Param(description = "Chance a year that a unit manager leaves the post; the successor brings a style of "
                + "their own, ties to the staff that start as a newcomer's, and no sponsorship of the unit's team "
                + "yet", unit = "per year", min = 0, max = 5, def = "0.075",
                source = "AONL & Laudio 2024: nurse managers' mean annual exit rate from their organization 7.5%")
        double managerQuitRatePerYear,
        @Param(description = "Days a new unit manager takes to sponsor the unit's improvement team as fully as "
                + "the one before (0: at once)", unit = "days", min = 0, max = 3650, def = "180",
                source = "Birken, Lee & Weiner 2012: middle managers carry implementation by mediating and selling "
                        + "it; size assumed")
        double sponsorDays,
        @Param(description = "Log-odds by which a team's cycle is less likely to succeed with no sponsoring manager "
                + "(a new one; the loss shrinks as they settle in over sponsorDays)", unit = "log-odds", min = 0,
                max = 10, def = "1",
                source = "Damschroder et al. 2009 (CFIR): engaged leaders; Birken, Lee & Weiner 2012; size assumed")
        double sponsorEffect,
        @Param(description = "Share of a unit manager's attention a mandate under monitoring on the unit takes "
                + "each day, away from fixing the problems staff raise", unit = "share 0-1", min = 0, max = 1,
                def = "0.3",
                source = "Urquhart et al. 2018: middle managers implement beside many other duties; Tucker & "
                        + "Singer 2015: managers' attention is what fixes raised problems; size assumed")
        double monitorAttention,
        @Param(description = "Share of a unit manager's attention the unit's improvement team takes each day it "
                + "meets, away from fixing the problems staff raise", unit = "share 0-1", min = 0, max = 1,
                def = "0.2",
                source = "Urquhart et al. 2018; Birken, Lee & Weiner 2012: managers coordinate and facilitate "
                        + "implementation; size assumed")
        double teamAttention) implements Serializable, LeadershipParametersBuilder.With {

    public LeadershipParameters {
        Requires.valid(LeadershipParameters.class, blameResponse, managerRespect, managerFixesPerYear, managerFixFit,
                jointAnalysisFind, jointFixFit, analysisStaff, analysisStallOverload, analysisStallSteepness, managerStyleSpread, managerQuitRatePerYear, sponsorDays,
                sponsorEffect, monitorAttention, teamAttention);
    }
}
