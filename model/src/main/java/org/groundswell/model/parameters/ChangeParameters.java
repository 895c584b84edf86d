package org.groundswell.model.parameters;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * What every change strategy shares: how improvement teams work and succeed, how well a practice fits by
 * who designed it, how a practice's story spreads and is adopted, and what time away from care costs.
 * Success chances are stated as log-odds shifts from {@link #successRate} for a team at the reference
 * relational coordination ({@code coordination.referenceRc}), psychological safety 0.5, no fear of blame,
 * no physician, no consultant, and no overload.
 */
@RecordBuilder
public record ChangeParameters(
        @Param(description = "Units that start unit-based improvement teams on the first day of a frontline or "
                + "partnership strategy (those with the highest relational coordination: the ready ones)",
                unit = "units", min = 0, max = 500, def = "2",
                source = "Carlson 2008: start small and grow at a pace the resources support")
        int pilotUnits,
        @Param(description = "Improvement teams a unit can run at once", unit = "teams", min = 1, max = 10,
                def = "1", source = "assumption: one unit-based team per unit (Lazes & Rudden)")
        int teamsPerUnit,
        @Param(description = "Frontline staff on a unit-based team (its unit manager sits on it too, and a "
                + "physician when one is involved)", unit = "people", min = 1, max = 50, def = "6",
                source = "Lazes & Rudden: unit-based teams of frontline staff; size assumed")
        int teamSize,
        @Param(description = "Hours a week each team member spends away from care on the team's work, when the "
                + "unit can release them", unit = "hours/week", min = 0, max = 40, def = "2",
                source = "Carlson 2008: most of the work happens on the unit, not in meetings; size assumed")
        double teamHoursPerWeek,
        @Param(description = "Just-in-time training of each member when a team forms", unit = "hours/person",
                min = 0, max = 200, def = "4", source = "Carlson 2008: training done just in time, as the need appears")
        double jitTrainingHours,
        @Param(description = "Days of released team time an improvement cycle (plan-do-study-act) takes",
                unit = "days", min = 1, max = 365, def = "30",
                source = "assumption: PDSA cycles of a few weeks (IHI Model for Improvement)")
        double cycleDays,
        @Param(description = "Chance that a cycle yields a practice that works, at the reference conditions "
                + "(see the record's description)", unit = "probability", min = 0, max = 1, def = "0.25",
                source = "assumption")
        double successRate,
        @Param(description = "Log-odds of a cycle's success per unit of the unit's psychological safety above 0.5",
                unit = "log-odds", min = 0, max = 20, def = "5",
                source = "Edmondson 1999, Adm Sci Q 44:350: psychological safety drives team learning; size assumed")
        double safetyEffect,
        @Param(description = "Log-odds of a cycle's success lost per unit of fear of blame on the unit (0-1)",
                unit = "log-odds", min = 0, max = 20, def = "2",
                source = "Lazes & Rudden: fear of reprimand silences staff; size assumed")
        double fearEffect,
        @Param(description = "Chance that a team has an engaged physician, without physician leadership",
                unit = "probability", min = 0, max = 1, def = "0.3",
                source = "Carlson 2008: physicians are often not involved; level assumed")
        double physicianShare,
        @Param(description = "Log-odds of a cycle's success added by an engaged physician on the team",
                unit = "log-odds", min = 0, max = 10, def = "0.8",
                source = "Carlson 2008: physician involvement is critical to improving care; size assumed")
        double physicianEffect,
        @Param(description = "Log-odds of a cycle's success added by an internal consultant supporting the team",
                unit = "log-odds", min = 0, max = 10, def = "0.6",
                source = "Lazes & Rudden: internal consultants oversee and assist the teams; size assumed")
        double consultantEffect,
        @Param(description = "Log-odds of a cycle's success lost per patient per nurse (general-unit equivalent) "
                + "above the sustainable load: no slack", unit = "log-odds/patient", min = 0, max = 10, def = "0.4",
                source = "Carlson 2008: chronic understaffing leaves no room to improve; size assumed")
        double overloadEffect,
        @Param(description = "Patients per nurse above the sustainable load at which a unit can release only half "
                + "the time its teams plan (and less beyond): the pace of change is bounded by the time teams can "
                + "take from care", unit = "patients/RN", min = 0, max = 20, def = "2.5",
                source = "Carlson 2008; level assumed")
        double stallOverload,
        @Param(description = "Steepness of that fall of released time, per patient per nurse", unit = "per patient",
                min = 0, max = 20, def = "2", source = "assumption")
        double stallSteepness,
        @Param(description = "Share of a problem type's severity removed by a practice the unit's own staff designed",
                unit = "share 0-1", min = 0, max = 1, def = "0.7",
                source = "Lazes & Rudden after Tucker et al. 2008 (20 hospitals): frontline proposals were more "
                        + "effective than managers' (compare leadership.managerFixFit 0.5); size assumed")
        double localFit,
        @Param(description = "Mean share of severity removed on a unit by a practice designed centrally for every "
                + "unit alike", unit = "share 0-1", min = 0, max = 1, def = "0.45",
                source = "Lazes & Rudden after Tucker et al. 2008; Carlson 2008 (cookie cutters); size assumed")
        double centralFit,
        @Param(description = "Spread of a central practice's fit across units (uniform, this wide, around centralFit)",
                unit = "share 0-1", min = 0, max = 1, def = "0.2", source = "assumption")
        double centralFitSpread,
        @Param(description = "Fit lost when a unit takes another unit's practice, before it adapts it",
                unit = "share 0-1", min = 0, max = 1, def = "0.1", source = "assumption")
        double adaptationLoss,
        @Param(description = "Largest fit an adapting unit adds back (uniform from 0): with adaptationLoss, "
                + "an adapted practice is sometimes better than its source", unit = "share 0-1", min = 0, max = 1,
                def = "0.2",
                source = "Carlson 2008: others apply the lessons or come up with a better approach of their own")
        double adaptationGain,
        @Param(description = "Log-odds of a cycle's success added when a team adapts a practice it has seen work",
                unit = "log-odds", min = 0, max = 10, def = "1.0",
                source = "Carlson 2008: the pioneers share their story and educate others; size assumed")
        double adaptationEffect,
        @Param(description = "Trust-weighted exposures a unit needs before it adopts a practice: each tie that "
                + "carries the story from a unit where it works adds its trust (its RC, rescaled 0-1) times the "
                + "result (the practice's effect), so more than one tie is needed (complex contagion)",
                unit = "exposures", min = 0, max = 1000, def = "4",
                source = "Centola & Macy 2007, Am J Sociol 113:702 (complex contagion); Gittell 2016 (positive "
                        + "contagion); level assumed")
        double adoptionThreshold,
        @Param(description = "Effect (fit x compliance) at and above which a practice counts as working, for "
                + "adoption_fraction and for staff to stop working around its problems", unit = "share 0-1",
                min = 0, max = 1, def = "0.25", source = "definition")
        double workingFit,
        @Param(description = "Share of a unit's practice's effect that reaches a systemic problem (one that runs "
                + "through every unit)", unit = "share 0-1", min = 0, max = 1, def = "0.3",
                source = "Carlson 2008: fix broken systems, not isolated problems; Lazes & Rudden: Study Action Teams")
        double systemicReach,
        @Param(description = "Strain (log-odds of exhaustion) relieved on a unit while its own staff take full part "
                + "in its improvement team's work (less as they take part less; none when no team meets): "
                + "autonomy, 'doing with'", unit = "log-odds", min = 0, max = 5, def = "0.1",
                source = "Common Fire 2017: choice and autonomy against burnout; size assumed")
        double autonomyRelief,
        @Param(description = "Days over which the autonomy of taking part builds while a unit's own team meets and "
                + "its staff are released for it, and fades once they stop", unit = "days", min = 1, max = 3650,
                def = "30", source = "Common Fire 2017: 'doing with' is felt in the doing; pace assumed")
        double autonomyDays,
        @Param(description = "Chance that a team whose cycle failed breaks up, at the reference conditions (RC at "
                + "coordination.referenceRc, no fear, every member still there, exhaustion at the burnout cut-off, "
                + "no other recent project on the unit)", unit = "probability", min = 0, max = 1, def = "0.1",
                source = "Lazes & Rudden: teams reach impasses; level assumed")
        double dissolveChance,
        @Param(description = "Log-odds of breaking up added per RC point of the unit's respect and shared goals "
                + "below the reference: infighting", unit = "log-odds/RC point", min = 0, max = 20, def = "2",
                source = "Lazes & Rudden: teams may engage in infighting or in blaming outside forces; size assumed")
        double infightingEffect,
        @Param(description = "Log-odds of breaking up added per unit of fear of blame on the unit (0-1): members "
                + "go passive and leave the work to their leader", unit = "log-odds", min = 0, max = 20, def = "3",
                source = "Lazes & Rudden: teams may become passive and leave their leader to do all of their "
                        + "work; size assumed")
        double passivityEffect,
        @Param(description = "Log-odds of breaking up added when every staff member who formed the team has left "
                + "(in proportion to the share who have)", unit = "log-odds", min = 0, max = 20, def = "3",
                source = "Wiltsey Stirman et al. 2012: turnover of those who carry a programme threatens it; "
                        + "size assumed")
        double memberLossEffect,
        @Param(description = "Log-odds of breaking up added per unit of the unit's mean exhaustion above the "
                + "burnout cut-off (wellbeing.exhaustionCutoff)", unit = "log-odds", min = 0, max = 50, def = "6",
                source = "Maslach & Leiter 2016: exhaustion withdraws effort from work beyond the core task; "
                        + "size assumed")
        double burnoutEffect,
        @Param(description = "Log-odds of breaking up added for each other team the unit started in the last year: "
                + "fatigue from too many projects", unit = "log-odds/project", min = 0, max = 10, def = "0.3",
                source = "Carlson 2008: start small and grow at a pace the resources support; size assumed")
        double fatigueEffect,
        @Param(description = "Calendar days a cycle may take before the team stalls and breaks up: a unit whose "
                + "load never lets its manager release the members", unit = "days", min = 1, max = 36500,
                def = "150", source = "Carlson 2008: understaffed units cannot free staff for improvement; "
                        + "limit assumed")
        int stallDays,
        @Param(description = "Days after a team breaks up before its unit forms another", unit = "days", min = 0,
                max = 3650, def = "90", source = "assumption: a quarter for a unit to regroup")
        int reformDays,
        @Param(description = "Department teams at once: a team of a unit and the units it exchanges patients with, "
                + "on a problem of the department that its staff raised (0: none)", unit = "teams", min = 0,
                max = 100, def = "2", source = "Lazes & Rudden: department-based teams address issues within an "
                        + "entire department; number assumed")
        int departmentTeams,
        @Param(description = "Share of the hours staff spend away from care in training and improvement work "
                + "that is covered by paid extra shifts (at the overtime multiple); the rest leaves the unit short",
                unit = "share 0-1", min = 0, max = 1, def = "0.5", source = "assumption")
        double backfillShare,
        @Param(description = "Largest share of a unit's staff time that training and improvement can take from "
                + "care on a day", unit = "share 0-1", min = 0, max = 0.5, def = "0.2", source = "assumption")
        double maxTimeAway) implements Serializable, ChangeParametersBuilder.With {

    public ChangeParameters {
        Requires.valid(ChangeParameters.class, pilotUnits, teamsPerUnit, teamSize, teamHoursPerWeek, jitTrainingHours,
                cycleDays, successRate, safetyEffect, fearEffect, physicianShare, physicianEffect, consultantEffect,
                overloadEffect, stallOverload, stallSteepness, localFit, centralFit, centralFitSpread, adaptationLoss,
                adaptationGain, adaptationEffect, adoptionThreshold, workingFit, systemicReach, autonomyRelief,
                autonomyDays, dissolveChance, infightingEffect, passivityEffect, memberLossEffect, burnoutEffect,
                fatigueEffect, stallDays, reformDays, departmentTeams, backfillShare, maxTimeAway);
    }
}
