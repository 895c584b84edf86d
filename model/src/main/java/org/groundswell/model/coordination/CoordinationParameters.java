package org.groundswell.model.coordination;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Relational coordination (Gittell): where the seven dimensions of each tie start, how they move, and what
 * they do. Effects are stated per point of the 1–5 scale away from {@link #referenceRc}, at a coordination
 * demand of 1; a unit's demand grows with uncertainty (high-acuity patients), interdependence (transfers)
 * and time pressure (patients per nurse above the sustainable load), after Gittell 2016: relational
 * coordination matters most where work is uncertain, interdependent and time-constrained.
 *
 * <p>Each tie's dimensions drift toward its norm, and the norms move: sustained joint problem solving and
 * repeated interventions raise them, blame, mandates, turnover and overload lower them, and a moved norm
 * returns to where it was built over {@link #normDays}. Each of those rates at 0 leaves the norms where they
 * were built.
 */
@RecordBuilder
public record CoordinationParameters(
        @Param(description = "Mean initial relational coordination of the ties within units (the seven dimensions, "
                + "1-5); cross-unit ties start crossUnitGap lower", unit = "RC 1-5", min = 1, max = 5, def = "4.0",
                source = "Gittell et al. 2000, Medical Care 38:807: hospital RC indices 3.86-4.22")
        double initialRc,
        @Param(description = "Standard deviation of units' RC norms around initialRc", unit = "RC points", min = 0,
                max = 2, def = "0.12", source = "Gittell et al. 2000: the spread of RC across nine hospitals")
        double unitSpread,
        @Param(description = "Standard deviation of a tie's RC around its unit's norm", unit = "RC points", min = 0,
                max = 2, def = "0.35", source = "assumption")
        double tieSpread,
        @Param(description = "How much lower cross-unit ties start than ties within a unit", unit = "RC points",
                min = 0, max = 4, def = "0.3",
                source = "Gittell et al. 2008: strong coordination within stages of care, weak between them")
        double crossUnitGap,
        @Param(description = "Shared knowledge on the ties of a new hire", unit = "RC 1-5", min = 1, max = 5,
                def = "2.5", source = "assumption: turnover costs shared knowledge (Gittell 2016)")
        double newcomerKnowledge,
        @Param(description = "How far below the norm the other dimensions of a new hire's ties start", unit = "RC points",
                min = 0, max = 4, def = "0.3", source = "assumption")
        double newcomerGap,
        @Param(description = "Time constant of each tie's drift back toward its norm (how fast a newcomer's ties "
                + "settle, and a blow or a boost fades)", unit = "days", min = 1, max = 36500, def = "90",
                source = "assumption: newcomers integrate over an orientation of about three months")
        double driftDays,
        @Param(description = "Rise of problem-solving communication, shared goals, shared knowledge and respect on "
                + "the ties among the people who solved a problem together", unit = "RC points", min = 0, max = 4,
                def = "0.3",
                source = "Gittell 2016: joint problem solving builds relational coordination; size assumed")
        double successGain,
        @Param(description = "Fall of respect and problem-solving communication on the ties of a person blamed "
                + "for an adverse event", unit = "RC points", min = 0, max = 4, def = "0.5",
                source = "Gittell 2016: blaming rather than problem-solving communication; Lazes & Rudden; "
                        + "size assumed")
        double blameLoss,
        @Param(description = "RC at which its effects are neutral (the calibration point of harm and stays)",
                unit = "RC 1-5", min = 1, max = 5, def = "3.85",
                source = "normalising constant: the default hospital's care-team communication score")
        double referenceRc,
        @Param(description = "Log change in the speed of care per RC point of timely, accurate communication",
                unit = "log/RC point", min = 0, max = 5, def = "0.4",
                source = "calibrated to Gittell et al. 2000: standardized beta -0.33 of RC on length of stay "
                        + "(see docs/calibration.md)")
        double stayEffect,
        @Param(description = "Log change in the adverse-event hazard per RC point of timely, accurate communication "
                + "(handoff errors)", unit = "log/RC point", min = 0, max = 5, def = "0.4",
                source = "scaled from Gittell et al. 2000: beta +0.26 for quality against -0.33 for stays")
        double harmEffect,
        @Param(description = "Strain (log-odds of exhaustion) relieved per RC point of respect and shared goals: "
                + "support from good ties", unit = "log-odds/RC point", min = 0, max = 5, def = "0.4",
                source = "Common Fire 2017: respect and camaraderie against burnout; size assumed")
        double strainEffect,
        @Param(description = "Change in the log-odds that a problem-solving effort succeeds, per RC point of "
                + "problem-solving communication and shared knowledge", unit = "log-odds/RC point", min = 0, max = 10,
                def = "1.0", source = "Gittell 2016; size assumed")
        double problemSolvingEffect,
        @Param(description = "Rise of coordination demand per share of high-acuity patients (uncertainty)",
                unit = "per share", min = 0, max = 10, def = "0.5", source = "Gittell 2016; Gittell 2009; size assumed")
        double uncertaintyWeight,
        @Param(description = "Rise of coordination demand per share of patients transferred in or out (interdependence)",
                unit = "per share", min = 0, max = 10, def = "0.5", source = "Gittell 2016; size assumed")
        double interdependenceWeight,
        @Param(description = "Rise of coordination demand per patient per nurse above the sustainable load (time "
                + "pressure; counted up to coordination.maxTimePressure patients)", unit = "per patient", min = 0,
                max = 10, def = "0.05", source = "Gittell 2016; size assumed")
        double timePressureWeight,
        @Param(description = "Patients per nurse above the sustainable load beyond which time pressure adds no more "
                + "coordination demand", unit = "patients/RN", min = 0, max = 20, def = "3",
                source = "assumption: beyond it, care is rationed rather than coordinated faster")
        double maxTimePressure,
        @Param(description = "Time constant of a tie's norm (the level its dimensions drift toward) returning to "
                + "where the network was built, once joint success, interventions, blame, mandates, turnover or "
                + "overload have moved it: how long a transformation of relationships outlasts what made it",
                unit = "days", min = 1, max = 36500, def = "730",
                source = "Bolton, Logan & Gittell 2021, J Appl Behav Sci 57:290: RC as a dynamic process that "
                        + "interventions move and that needs the structures that support it; Gittell 2016; "
                        + "size assumed")
        double normDays,
        @Param(description = "Rise of the norm of every tie within the unit (for a team drawn from k units, every tie "
                + "between them, by a k-th of it) whose team worked on a problem through a cycle and solved it: sustained "
                + "joint problem solving changes how all its roles coordinate, not only the members' ties. 0 "
                + "switches it off", unit = "RC points/success", min = 0, max = 4, def = "0.05",
                source = "Gittell 2016: work-process interventions transform relationships; Abu-Rish Blakeney et "
                        + "al. 2019, J Interprof Care 33:481: RC rose after a team intervention; size set so two "
                        + "years of frontline teams move the RC index by a few percent")
        double successNormGain,
        @Param(description = "Share of a huddle's, relational or structural intervention's weekly raise of a "
                + "dimension that the tie's norm keeps (spread over the seven dimensions): what is repeated every "
                + "week becomes how people work together. 0 switches it off", unit = "share 0-1", min = 0, max = 1,
                def = "0.1",
                source = "Gittell 2016: relational and structural interventions; Havens et al. 2010, J Nurs "
                        + "Manag 18:926: RC between nurses and other providers and quality; size assumed")
        double boostNormShare,
        @Param(description = "Fall of the norm of each tie of a person blamed for an adverse event: blame leaves a "
                + "lasting mark as well as a blow that fades. 0 switches it off", unit = "RC points/blame", min = 0,
                max = 4, def = "0.05",
                source = "Gittell 2016: blaming undermines relational coordination; Lazes & Rudden; size assumed")
        double blameNormLoss,
        @Param(description = "Fall of the norm of the ties within a unit per year of being \"done to\" at full dose "
                + "(a mandate imposed and its compliance monitored). 0 switches it off", unit = "RC points/year",
                min = 0, max = 4, def = "0.1",
                source = "Gittell 2016: control-based work systems weaken relational coordination; Common Fire "
                        + "2017 (loss of choice); size assumed")
        double doneToNormLoss,
        @Param(description = "Share of a tie's norm gain (above where it was built) lost when a newcomer takes one "
                + "of its ends: a newcomer does not carry what the unit's relationships became. 0 switches it off",
                unit = "share 0-1", min = 0, max = 1, def = "0.5",
                source = "Gittell 2016: turnover costs shared knowledge and relationships; size assumed")
        double newcomerNormLoss,
        @Param(description = "Fall of the norm of the ties within a unit per year, per patient per nurse above "
                + "coordination.overloadNormThreshold (itself above the sustainable load): no time to talk. 0 "
                + "switches it off", unit = "RC points/year/patient", min = 0, max = 4, def = "0.1",
                source = "Gittell 2016: time pressure strains coordination; size assumed")
        double overloadNormLoss,
        @Param(description = "Patients per nurse above the sustainable load beyond which overload erodes the norms "
                + "of a unit's ties", unit = "patients/RN", min = 0, max = 20, def = "2.5",
                source = "assumption: above the default hospital's usual overload, so that it erodes only in a "
                        + "crisis")
        double overloadNormThreshold) implements Serializable, CoordinationParametersBuilder.With {

    public CoordinationParameters {
        Requires.valid(CoordinationParameters.class, initialRc, unitSpread, tieSpread, crossUnitGap, newcomerKnowledge,
                newcomerGap, driftDays, successGain, blameLoss, referenceRc, stayEffect, harmEffect, strainEffect,
                problemSolvingEffect, uncertaintyWeight, interdependenceWeight, timePressureWeight, maxTimePressure,
                normDays, successNormGain, boostNormShare, blameNormLoss, doneToNormLoss, newcomerNormLoss,
                overloadNormLoss, overloadNormThreshold);
    }
}
