package org.groundswell.model.parameters;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * The labor-management partnership: frontline change plus the structures of Lazes &amp; Rudden (the five practices
 * of a labor-management partnership, and Study Action Teams) and Carlson 2008 (physician leadership, strategic
 * alignment). Each structure is a switch with its own effect, so that each can be studied alone.
 */
@RecordBuilder
public record PartnershipParameters(
        @Param(description = "A social contract between labor and management: protection from blame and trust",
                def = "true", source = "Lazes & Rudden, the first LMP practice")
        boolean socialContract,
        @Param(description = "Share of leadership's blaming responses to reported harm that the social contract "
                + "turns into joint analyses", unit = "share 0-1", min = 0, max = 1, def = "0.6", source = "assumption")
        double contractBlameReduction,
        @Param(description = "Rise of every unit's psychological safety (and of the level it drifts back to) under "
                + "the social contract", unit = "0-1", min = 0, max = 1, def = "0.1", source = "assumption")
        double contractSafetyGain,
        @Param(description = "Days over which the social contract's protection from blame and its safety build to "
                + "full from the first day of the strategy period (and rebuild after a labor-relations shock)",
                unit = "days", min = 1, max = 3650, def = "180",
                source = "Kochan et al. 2009: trust between labor and management is built over years of joint "
                        + "work; pace assumed")
        double contractBuildDays,
        @Param(description = "Days the partnership's structures take to work in full: education's, alignment's and "
                + "the internal consultants' effects on teams grow from none on day 0 to full on this day",
                unit = "days", min = 1, max = 3650, def = "120",
                source = "Lazes & Rudden: education, consultants and trained stewards come before the teams; "
                        + "pace assumed")
        double setupDays,
        @Param(description = "Hours a week each unit's steward and co-lead spend in the partnership's joint "
                + "structures (councils, steward training), away from care", unit = "hours/week/unit", min = 0,
                max = 40, def = "3", source = "Kochan et al. 2009: unit-based teams are co-led by a union steward "
                        + "and a manager; hours assumed")
        double stewardHoursPerWeek,
        @Param(description = "Hours a week each unit manager spends in the partnership's joint structures, valued at "
                + "the manager's cost (cost.managerAnnualCost over 2,080 hours)", unit = "hours/week/unit", min = 0,
                max = 40, def = "3", source = "Kochan et al. 2009; hours assumed")
        double managerHoursPerWeek,
        @Param(description = "Hours a week of senior leadership's attention that strategic alignment takes "
                + "(sharing performance data, backing the teams' work), valued at the manager's cost",
                unit = "hours/week", min = 0, max = 400, def = "10",
                source = "Carlson 2008: alignment with the organization's strategy needs leadership; hours assumed")
        double alignmentLeaderHoursPerWeek,
        @Param(description = "Labor-relations shocks a year (a contract dispute, a strike vote) that break the "
                + "social contract: blame returns, the tone's respect is withdrawn, and staff withdraw from joint "
                + "work", unit = "shocks/year", min = 0, max = 12, def = "0.1",
                source = "Kochan et al. 2009: the Kaiser partnership's contract disputes; rate assumed (about one "
                        + "a decade)")
        double shockRatePerYear,
        @Param(description = "A day of the strategy period on which a labor-relations shock happens for certain "
                + "(-1: none scheduled; shocks still come at partnership.shockRatePerYear)", unit = "day",
                min = -1, max = 36500, def = "-1", source = "a scenario's choice")
        int shockDay,
        @Param(description = "Time constant of the recovery from a labor-relations shock: the social contract "
                + "rebuilds, and staff return to joint work, as it fades", unit = "days", min = 1, max = 36500,
                def = "365", source = "Kochan et al. 2009: recovery of the partnership after disputes took "
                        + "years; size assumed")
        double shockRecoveryDays,
        @Param(description = "Share of the teams' released time withdrawn at the height of a labor-relations "
                + "shock (less as it fades)", unit = "share 0-1", min = 0, max = 1, def = "0.7",
                source = "assumption: a work-to-rule stance toward joint work")
        double shockWithdrawal,
        @Param(description = "Education of staff and leaders in collaborative problem solving", def = "true",
                source = "Lazes & Rudden, the second LMP practice")
        boolean education,
        @Param(description = "Log-odds of a cycle's success added by education", unit = "log-odds", min = 0, max = 10,
                def = "0.5",
                source = "Lazes & Rudden: teams armed with problem-solving and workflow methods; size assumed")
        double educationEffect,
        @Param(description = "Education per staff member, spread over the first partnership.educationDays days of "
                + "the strategy period", unit = "hours/person", min = 0, max = 200, def = "6", source = "assumption")
        double educationHours,
        @Param(description = "Days over which the partnership's education is given, from the first day of the "
                + "strategy period", unit = "days", min = 1, max = 730, def = "90",
                source = "assumption: a quarter's programme of classes")
        int educationDays,
        @Param(description = "Internal consultants who oversee and assist the teams", def = "true",
                source = "Lazes & Rudden, the third LMP practice")
        boolean internalConsultants,
        @Param(description = "Internal consultants", unit = "people", min = 0, max = 1000, def = "2",
                source = "assumption")
        int consultants,
        @Param(description = "Teams an internal consultant can support at once", unit = "teams", min = 1, max = 100,
                def = "4", source = "assumption")
        int teamsPerConsultant,
        @Param(description = "Loaded annual cost of an internal consultant", unit = "USD/year", min = 0, max = 1e7,
                def = "150000", source = "assumption: an experienced nurse or improvement advisor")
        double consultantAnnualCost,
        @Param(description = "Attention to the tone of labor relations: managers' respect rises", def = "true",
                source = "Lazes & Rudden, the fourth LMP practice")
        boolean laborRelationsTone,
        @Param(description = "Rise of the respect unit managers show their staff (leadership.managerRespect, 0-1) "
                + "under a good labor-relations tone", unit = "0-1", min = 0, max = 1, def = "0.2",
                source = "Common Fire 2017: respect; size assumed")
        double toneRespectGain,
        @Param(description = "Documentation and communication of results: every team's success is told "
                + "hospital-wide, as well as along the staff's ties", def = "true",
                source = "Lazes & Rudden, the fifth LMP practice")
        boolean documentation,
        @Param(description = "Exposures a documented success gives every unit of the hospital (a tie of full trust "
                + "carrying a full result gives 1): weaker than ties, but everywhere", unit = "exposures", min = 0,
                max = 100, def = "2", source = "assumption: about the few ties (a steward, a boundary spanner) "
                        + "between units that share no patients; units that do have tens of ties")
        double broadcastWeight,
        @Param(description = "Physician leadership: physicians join the teams", def = "true",
                source = "Carlson 2008: joint efforts need physician leadership")
        boolean physicianLeadership,
        @Param(description = "Chance that a team has an engaged physician under physician leadership",
                unit = "probability", min = 0, max = 1, def = "0.9", source = "assumption")
        double ledPhysicianShare,
        @Param(description = "Strategic alignment: leadership shares performance data, so teams choose, among the "
                + "problems their staff raised, those that harm the hospital's patients most (on every unit) "
                + "rather than those that cost their own unit most time", def = "true",
                source = "Carlson 2008: improvement efforts support the organization's strategy")
        boolean strategicAlignment,
        @Param(description = "Log-odds of a cycle's success added under strategic alignment: leadership backs work "
                + "on the problems that matter to the whole organization", unit = "log-odds", min = 0, max = 10,
                def = "0.5", source = "Carlson 2008: joint efforts have the biggest impact when they are strategic; "
                        + "size assumed")
        double alignmentEffect,
        @Param(description = "Study Action Teams: a cross-unit team takes on systemic problems, which unit teams "
                + "can fix only in part (change.systemicReach)", def = "true",
                source = "Lazes & Rudden: Study Action Teams for systemic issues; Carlson 2008: fix broken systems")
        boolean studyActionTeams,
        @Param(description = "Study Action Teams at work at once, each on its own systemic problem", unit = "teams",
                min = 1, max = 100, def = "2", source = "assumption")
        int studyTeams,
        @Param(description = "Staff on a Study Action Team, drawn from every unit in turn (with a manager and a "
                + "physician)", unit = "people", min = 1, max = 100, def = "8", source = "assumption")
        int studyTeamSize,
        @Param(description = "Hours a week each Study Action Team member spends on it, away from care",
                unit = "hours/week", min = 0, max = 40, def = "3", source = "assumption")
        double studyTeamHoursPerWeek,
        @Param(description = "Days of released time a Study Action Team's cycle takes", unit = "days", min = 1,
                max = 3650, def = "45", source = "assumption")
        double studyCycleDays,
        @Param(description = "Share of a systemic problem's severity a Study Action Team's fix removes on every unit",
                unit = "share 0-1", min = 0, max = 1, def = "0.7",
                source = "Lazes & Rudden: the joint task force that fixed the cardiac monitoring system; size assumed")
        double studyFit) implements Serializable, PartnershipParametersBuilder.With {

    public PartnershipParameters {
        Requires.valid(PartnershipParameters.class, socialContract, contractBlameReduction, contractSafetyGain,
                contractBuildDays, setupDays, stewardHoursPerWeek, managerHoursPerWeek, alignmentLeaderHoursPerWeek,
                shockRatePerYear, shockDay, shockRecoveryDays, shockWithdrawal, education, educationEffect, educationHours, educationDays, internalConsultants, consultants, teamsPerConsultant,
                consultantAnnualCost, laborRelationsTone, toneRespectGain, documentation, broadcastWeight,
                physicianLeadership, ledPhysicianShare, strategicAlignment, alignmentEffect, studyActionTeams, studyTeams,
                studyTeamSize,
                studyTeamHoursPerWeek, studyCycleDays, studyFit);
    }
}
