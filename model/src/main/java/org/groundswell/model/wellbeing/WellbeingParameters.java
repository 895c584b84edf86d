package org.groundswell.model.wellbeing;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * The job demands-resources model of burnout, after the three scales of the Maslach Burnout Inventory:
 * exhaustion, cynicism (depersonalization) and professional efficacy, each kept on 0-1.
 *
 * <p>Each day a staff member's exhaustion moves toward a target set by the logistic of their strain:
 * a lasting personal trait, plus a slowly changing personal part, plus workload beyond the sustainable
 * load, plus overtime. Cynicism follows exhaustion and has causes of its own: being "done to" and voice that
 * leads nowhere; efficacy grows with tenure and with fixes that work, and falls with exhaustion. Burned out =
 * exhaustion at or above the cut-off.
 *
 * <p>Registered nurses' job dissatisfaction rises with the unit's patients per nurse and with exhaustion, and
 * their intent to leave within a year is higher among the burned out and dissatisfied (Aiken et al. 2002, JAMA
 * 288:1987).
 */
@RecordBuilder
public record WellbeingParameters(
        @Param(description = "Exhaustion at or above which a staff member counts as burned out; stands for the "
                + "MBI emotional-exhaustion score of 27 that Aiken et al. used",
                unit = "0-1", min = 0.01, max = 0.99, def = "0.5",
                source = "Aiken et al. 2002, JAMA 288:1987 (high burnout: MBI-EE above the norms for medical workers)")
        double exhaustionCutoff,
        @Param(description = "Strain (log-odds of the exhaustion target) of an average staff member at the sustainable load",
                unit = "log-odds", min = -10, max = 10, def = "-0.45",
                source = "calibrated: 30-40% of nurses above burnout norms (Aiken et al. 2002)")
        double baseStrain,
        @Param(description = "Standard deviation of the lasting personal trait added to each staff member's strain",
                unit = "log-odds", min = 0, max = 5, def = "0.6",
                source = "assumption; with personalShockSd sets how strongly quitting sorts the staff")
        double traitSd,
        @Param(description = "Standard deviation of the slowly changing part of a person's strain (health, home, "
                + "life events), an Ornstein-Uhlenbeck process",
                unit = "log-odds", min = 0, max = 5, def = "0.8",
                source = "assumption: burnout is largely a state that changes over months (Maslach & Leiter 2016, World Psychiatry 15:103)")
        double personalShockSd,
        @Param(description = "Correlation time of that slowly changing part", unit = "days", min = 1, max = 3650,
                def = "180", source = "assumption")
        double personalShockDays,
        @Param(description = "Strain added per patient per nurse (general-unit equivalent) above the sustainable load",
                unit = "log-odds/patient", min = 0, max = 5, def = "0.10",
                source = "calibrated: burnout odds x1.23 (1.13-1.34) per extra patient per nurse, Aiken et al. 2002")
        double workloadStrain,
        @Param(description = "Patients per nurse (general-unit equivalent) that adds no strain",
                unit = "patients/RN", min = 1, max = 12, def = "4", source = "assumption")
        double sustainablePatientsPerNurse,
        @Param(description = "Strain added per overtime shift per week",
                unit = "log-odds/shift", min = 0, max = 5, def = "0.25",
                source = "assumption, direction from Stimpfel et al. 2012, Health Affairs 31:2501 (longer shifts, more burnout)")
        double overtimeStrain,
        @Param(description = "Time constant of exhaustion moving toward its target", unit = "days", min = 1, max = 365,
                def = "30", source = "assumption")
        double recoveryDays,
        @Param(description = "Log-odds of cynicism of a staff member at the exhaustion cut-off", unit = "log-odds",
                min = -10, max = 10, def = "-0.8", source = "assumption")
        double baseCynicism,
        @Param(description = "Cynicism log-odds added per unit of exhaustion above the cut-off", unit = "log-odds",
                min = 0, max = 20, def = "4",
                source = "Leiter & Maslach 1988, J Organ Behav 9:297: exhaustion precedes depersonalization")
        double cynicismFromExhaustion,
        @Param(description = "Log-odds of professional efficacy of a new hire who is not exhausted", unit = "log-odds",
                min = -10, max = 10, def = "0.3", source = "assumption")
        double baseEfficacy,
        @Param(description = "Efficacy log-odds gained over the first five years of tenure", unit = "log-odds",
                min = 0, max = 10, def = "1.0", source = "assumption, after Benner's novice-to-expert stages")
        double efficacyFromTenure,
        @Param(description = "Efficacy log-odds lost per unit of exhaustion", unit = "log-odds", min = 0, max = 20,
                def = "1.5", source = "assumption")
        double efficacyLossFromExhaustion,
        @Param(description = "Cynicism log-odds added while a unit's staff are \"done to\" at full dose (a mandate "
                + "imposed on them and its compliance monitored), as remembered over wellbeing.doneToMemoryDays. "
                + "0 switches it off", unit = "log-odds", min = 0, max = 10, def = "0.5",
                source = "Maslach & Leiter 2016, World Psychiatry 15:103; Leiter & Maslach 2004, areas of "
                        + "worklife: lack of control breeds cynicism; size assumed")
        double cynicismFromDoneTo,
        @Param(description = "Time constant of staff remembering being \"done to\": the dose that moves cynicism is "
                + "the moving average of the daily dose over it", unit = "days", min = 1, max = 3650, def = "180",
                source = "assumption")
        double doneToMemoryDays,
        @Param(description = "Cynicism log-odds added per problem the unit's staff raised that waits unfixed: voice "
                + "that leads nowhere. 0 switches it off", unit = "log-odds/problem", min = 0, max = 5,
                def = "0.015",
                source = "Tucker & Singer 2015, Prod Oper Manag 24:253: walk-rounds that did not resolve what "
                        + "staff raised lowered their view of performance; Maslach & Leiter 2016 (reward, "
                        + "fairness); size assumed")
        double cynicismPerUnanswered,
        @Param(description = "Efficacy log-odds added per fix that worked on the unit (a problem its staff raised "
                + "fixed, a practice of its own team put in place), remembered over wellbeing.fixMemoryDays. 0 "
                + "switches it off", unit = "log-odds/fix", min = 0, max = 5, def = "0.2",
                source = "Maslach & Leiter 2016; Leiter & Maslach 1988, J Organ Behav 9:297: accomplishment "
                        + "from work that succeeds; size assumed")
        double efficacyPerFix,
        @Param(description = "Time constant of a unit's staff remembering a fix that worked", unit = "days", min = 1,
                max = 3650, def = "90", source = "assumption: a quarter, so that the memory settles in the warm-up")
        double fixMemoryDays,
        @Param(description = "Log-odds of a unit team's cycle succeeding per unit of its staff's mean efficacy "
                + "above wellbeing.referenceEfficacy: staff who believe their work succeeds make it succeed. 0 "
                + "switches it off", unit = "log-odds", min = 0, max = 20, def = "3",
                source = "Maslach & Leiter 2008, J Appl Psychol 93:498 (efficacy and engagement); size assumed")
        double efficacySuccessEffect,
        @Param(description = "Mean staff efficacy at which it neither helps nor hinders a team (the default "
                + "hospital's level)", unit = "0-1", min = 0, max = 1, def = "0.64",
                source = "normalising constant: the default hospital's mean efficacy")
        double referenceEfficacy,
        @Param(description = "Log-odds of a registered nurse being dissatisfied with the job at the reference load "
                + "(care.referencePatientsPerNurse, general-unit equivalent) and at the exhaustion cut-off",
                unit = "log-odds", min = -10, max = 10, def = "-0.3",
                source = "calibrated: about 40% of hospital nurses dissatisfied (Aiken et al. 2002, JAMA 288:1987: "
                        + "41% in Pennsylvania)")
        double baseDissatisfaction,
        @Param(description = "How many times the odds of a registered nurse's dissatisfaction per patient per nurse "
                + "(general-unit equivalent) above the reference load, at the same exhaustion: the part of the "
                + "load's effect that does not pass through exhaustion. 1 switches it off",
                unit = "odds ratio/patient", min = 1, max = 5, def = "1.05",
                source = "calibrated: with dissatisfactionFromExhaustion gives Aiken et al. 2002's x1.15 "
                        + "(1.07-1.25) per extra patient per nurse in all")
        double dissatisfactionRatio,
        @Param(description = "Dissatisfaction log-odds added per unit of exhaustion above the cut-off: burned-out "
                + "nurses are the dissatisfied ones more often. 0 switches it off",
                unit = "log-odds", min = 0, max = 20, def = "3",
                source = "assumption, direction from Aiken et al. 2002 (burnout and dissatisfaction rise together "
                        + "with load) and Maslach & Leiter 2016, World Psychiatry 15:103")
        double dissatisfactionFromExhaustion,
        @Param(description = "Share of registered nurses who are burned out and dissatisfied that intend to leave "
                + "their job within a year", unit = "share 0-1", min = 0, max = 1, def = "0.43",
                source = "Aiken et al. 2002, JAMA 288:1987: 43% of burned-out, dissatisfied nurses intended to "
                        + "leave within a year")
        double intentBurnedOutDissatisfied,
        @Param(description = "Share of the other registered nurses (not both burned out and dissatisfied) that "
                + "intend to leave their job within a year",
                unit = "share 0-1", min = 0, max = 1, def = "0.11",
                source = "Aiken et al. 2002, JAMA 288:1987: 11% of the other nurses")
        double intentOthers) implements Serializable, WellbeingParametersBuilder.With {

    public WellbeingParameters {
        Requires.valid(WellbeingParameters.class, exhaustionCutoff, baseStrain, traitSd, personalShockSd,
                personalShockDays, workloadStrain,
                sustainablePatientsPerNurse, overtimeStrain, recoveryDays, baseCynicism, cynicismFromExhaustion,
                baseEfficacy, efficacyFromTenure, efficacyLossFromExhaustion, cynicismFromDoneTo, doneToMemoryDays,
                cynicismPerUnanswered, efficacyPerFix, fixMemoryDays, efficacySuccessEffect, referenceEfficacy,
                baseDissatisfaction, dissatisfactionRatio, dissatisfactionFromExhaustion, intentBurnedOutDissatisfied,
                intentOthers);
    }
}
