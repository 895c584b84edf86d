package org.groundswell.model.workforce;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Physicians (hospitalists and attendings) who round on one or more units. Their load, patients per
 * physician on duty, slows care when it passes the sustainable level; each physician's own load, the units it
 * covers and the relational coordination of its ties drive its burnout (Shanafelt et al. 2019; West, Dyrbye
 * &amp; Shanafelt 2018), which raises harm on its units (Panagioti et al. 2018) and, with its load and the
 * hospital's physician leadership, sets whether it joins improvement work (Taitz, Lee &amp; Sequist 2012), which
 * helps the teams of its units succeed (Kaplan et al. 2010).
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
        double delayPerExtraPatient,
        @Param(description = "Exhaustion (0-1) at or above which a physician counts as burned out",
                unit = "share 0-1", min = 0.01, max = 0.99, def = "0.5",
                source = "assumption: the midpoint of the exhaustion scale, with baseStrain calibrated to it")
        double exhaustionCutoff,
        @Param(description = "Strain (log-odds of the exhaustion target) of an average physician at the sustainable "
                + "load, rounding on one unit, with ties at the reference RC",
                unit = "log-odds", min = -10, max = 10, def = "-0.22",
                source = "calibrated: 43.9% of US physicians had at least one symptom of burnout in 2017 "
                        + "(Shanafelt et al. 2019, Mayo Clin Proc 94:1681)")
        double baseStrain,
        @Param(description = "Standard deviation of the lasting personal trait added to each physician's strain",
                unit = "log-odds", min = 0, max = 5, def = "0.6", source = "assumption (as for the staff)")
        double traitSd,
        @Param(description = "Standard deviation of the slowly changing part of a physician's strain (health, home, "
                + "life events), an Ornstein-Uhlenbeck process stepped weekly",
                unit = "log-odds", min = 0, max = 5, def = "0.8",
                source = "assumption: burnout is largely a state that changes over months (Maslach & Leiter 2016, "
                        + "World Psychiatry 15:103)")
        double shockSd,
        @Param(description = "Correlation time of that slowly changing part", unit = "days", min = 1, max = 3650,
                def = "180", source = "assumption")
        double shockDays,
        @Param(description = "Days over which a physician's exhaustion closes the gap to today's target",
                unit = "days", min = 1, max = 3650, def = "30", source = "assumption (as for the staff)")
        double recoveryDays,
        @Param(description = "Strain added per patient of the physician's own load above the sustainable load "
                + "(and removed per patient below it)",
                unit = "log-odds/patient", min = 0, max = 5, def = "0.1",
                source = "assumption: excessive workload is a leading driver of physician burnout (West, Dyrbye & "
                        + "Shanafelt 2018, J Intern Med 283:516); size set to the staff's strain per share of "
                        + "overload (wellbeing.workloadStrain 0.1 per patient per nurse over 4, about 0.4 per 25%)")
        double loadStrain,
        @Param(description = "Strain added for each unit a physician rounds on beyond its home unit (fragmented "
                + "work, more teams to coordinate with)",
                unit = "log-odds/unit", min = 0, max = 5, def = "0.15",
                source = "assumption: work across units fragments the day (West, Dyrbye & Shanafelt 2018)")
        double extraUnitStrain,
        @Param(description = "Strain removed per RC point of the physician's ties above the reference RC "
                + "(respect, shared goals and communication with the nurses and colleagues it works with)",
                unit = "log-odds/RC point", min = 0, max = 5, def = "0.5",
                source = "assumption: collegiality and teamwork protect against burnout (West, Dyrbye & "
                        + "Shanafelt 2018); size assumed")
        double respectStrain,
        @Param(description = "Multiplier of the adverse-event hazard on a unit all of whose rounding physicians "
                + "are burned out (in proportion for a share)",
                unit = "ratio", min = 1, max = 5, def = "1.3",
                source = "assumption, direction from Panagioti et al. 2018, JAMA Intern Med 178:1317 (OR 1.96 of "
                        + "patient safety incidents, mostly self-reported), attenuated to a hazard of actual harm")
        double burnoutHarmRatio,
        @Param(description = "Share of a unit's rounding physicians burned out at which their burnout leaves the "
                + "adverse-event hazard as care.adverseEventRate sets it (0: the hazard is raised from no burnout up)",
                unit = "share 0-1", min = 0, max = 1, def = "0.44",
                source = "Shanafelt et al. 2019, Mayo Clin Proc 94:1681: 43.9% of US physicians burned out, as in "
                        + "the hospitals where the harm rates care.adverseEventRate is calibrated to were measured")
        double burnoutHarmReference,
        @Param(description = "Log-odds that a physician at the sustainable load, not burned out, with ties at the "
                + "reference RC and no physician leadership, joins improvement work this week",
                unit = "log-odds", min = -10, max = 10, def = "-1.2",
                source = "assumption: physicians are often not engaged in quality improvement (Taitz, Lee & Sequist "
                        + "2012, BMJ Qual Saf 21:722; Carlson 2008)")
        double joinIntercept,
        @Param(description = "Log-odds of joining lost per patient of the physician's load above the sustainable load",
                unit = "log-odds/patient", min = 0, max = 5, def = "0.15",
                source = "assumption: lack of time is the main barrier to physicians' engagement in quality "
                        + "improvement (Taitz, Lee & Sequist 2012)")
        double joinLoadEffect,
        @Param(description = "Log-odds of joining gained per RC point of the physician's ties above the reference RC",
                unit = "log-odds/RC point", min = 0, max = 5, def = "0.5",
                source = "assumption: physicians engage where they are respected partners (Taitz, Lee & Sequist 2012)")
        double joinRespectEffect,
        @Param(description = "How strongly the hospital has physician leaders of improvement (0 none, 1 every "
                + "service led by one)",
                unit = "share 0-1", min = 0, max = 1, def = "0.3",
                source = "assumption: few hospitals have physician leaders of improvement (Taitz, Lee & Sequist 2012)")
        double physicianLeadership,
        @Param(description = "Log-odds of joining gained at full physician leadership",
                unit = "log-odds", min = 0, max = 10, def = "2",
                source = "assumption: physician champions draw their peers into improvement (Taitz, Lee & Sequist "
                        + "2012; Kaplan et al. 2010, Milbank Q 88:500)")
        double leadershipEffect,
        @Param(description = "Log-odds of joining lost by a burned-out physician", unit = "log-odds", min = 0,
                max = 10, def = "1",
                source = "assumption: burnout lowers professional effort (Shanafelt et al. 2016, Mayo Clin Proc "
                        + "91:422)")
        double joinBurnoutEffect,
        @Param(description = "An improvement team's odds of success are multiplied by 1 + this x the share of its "
                + "unit's rounding physicians who join improvement work",
                unit = "odds ratio/share", min = 0, max = 10, def = "1",
                source = "assumption: physician involvement is among the contextual factors of QI success (Kaplan "
                        + "et al. 2010, Milbank Q 88:500, MUSIQ); size assumed")
        double physicianInvolvementEffect) implements Serializable, PhysicianParametersBuilder.With {

    public PhysicianParameters {
        Requires.valid(PhysicianParameters.class, patientsPerPhysician, unitsPerPhysician, daysPerWeek,
                sustainableLoad, delayPerExtraPatient, exhaustionCutoff, baseStrain, traitSd, shockSd, shockDays,
                recoveryDays, loadStrain, extraUnitStrain, respectStrain, burnoutHarmRatio, burnoutHarmReference, joinIntercept,
                joinLoadEffect, joinRespectEffect, physicianLeadership, leadershipEffect, joinBurnoutEffect,
                physicianInvolvementEffect);
    }
}
