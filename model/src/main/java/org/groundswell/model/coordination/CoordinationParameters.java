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
        double maxTimePressure) implements Serializable, CoordinationParametersBuilder.With {

    public CoordinationParameters {
        Requires.valid(CoordinationParameters.class, initialRc, unitSpread, tieSpread, crossUnitGap, newcomerKnowledge,
                newcomerGap, driftDays, successGain, blameLoss, referenceRc, stayEffect, harmEffect, strainEffect,
                problemSolvingEffect, uncertaintyWeight, interdependenceWeight, timePressureWeight, maxTimePressure);
    }
}
