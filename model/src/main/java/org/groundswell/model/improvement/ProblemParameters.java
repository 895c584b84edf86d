package org.groundswell.model.improvement;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Broken systems: how often problems appear, how bad they are, how far they reach, how fast frontline staff
 * notice them, and how long they last if nobody fixes them. Problems of a unit or its department arise per
 * unit; systemic ones per hospital, so that a unit of a larger hospital meets as many of them as one of a
 * smaller hospital does.
 */
@RecordBuilder
public record ProblemParameters(
        @Param(description = "New problems a year arising on each unit, reaching the unit or its department "
                + "(new equipment, a changed routine on the ward)", unit = "problems/unit/year", min = 0, max = 365,
                def = "3.6", source = "Tucker et al. 2008: 1,732 operational failures observed in 20 hospitals; rate assumed")
        double arrivalsPerUnitPerYear,
        @Param(description = "Problems of a unit or its department open on each unit on the first day",
                unit = "problems/unit", min = 0, max = 1000, def = "5.4",
                source = "calibrated: the stock the default hospital settles at")
        double initialPerUnit,
        @Param(description = "Mean severity of a problem (0-1; exponential, capped at 1)", unit = "0-1", min = 0,
                max = 1, def = "0.25", source = "assumption")
        double meanSeverity,
        @Param(description = "Share of a unit's new problems that reach its department (the unit and the units it "
                + "exchanges patients with)", unit = "share 0-1", min = 0, max = 1, def = "0.3",
                source = "Carlson 2008: broken systems, not isolated problems")
        double departmentShare,
        @Param(description = "New systemic problems a year, each reaching every unit (the records system, the "
                + "pharmacy, supply): the hospital has one of each system whatever its size, so this rate is the "
                + "hospital's, not a unit's", unit = "problems/year", min = 0, max = 365, def = "3.2",
                source = "Carlson 2008 and Lazes & Rudden (Study Action Teams for systemic problems); rate "
                        + "assumed: a tenth of the default hospital's problems")
        double systemicPerYear,
        @Param(description = "Systemic problems open on the first day", unit = "problems", min = 0, max = 1000,
                def = "4.8", source = "calibrated: as many years' arrivals as the units' stock (1.5)")
        double initialSystemic,
        @Param(description = "Rise of the adverse-event hazard per unit of open problems' severity on the unit "
                + "(weighted by each type's harm weight)", unit = "share/severity", min = 0, max = 10, def = "0.25",
                source = "calibrated: about 40% of harm is preventable, de Vries et al. 2008, Qual Saf Health Care 17:216")
        double harmPerSeverity,
        @Param(description = "Share of staff time wasted per unit of open problems' severity on the unit (weighted by "
                + "each type's time weight; at most problems.maxTimeLoss)", unit = "share/severity", min = 0, max = 1, def = "0.012",
                source = "Tucker et al. 2008 and Tucker & Spear 2006: nurses lose time to operational failures; size assumed")
        double timePerSeverity,
        @Param(description = "Largest share of a unit's staff time its broken systems can waste", unit = "share 0-1",
                min = 0, max = 1, def = "0.3", source = "assumption: beyond it, staff leave work undone instead")
        double maxTimeLoss,
        @Param(description = "Mean days before frontline staff on a unit notice a new problem", unit = "days", min = 0,
                max = 3650, def = "7", source = "Lazes & Rudden: frontline staff see problems first-hand")
        double detectionDays,
        @Param(description = "Mean days a problem lasts if never fixed (the equipment or routine changes anyway)",
                unit = "days", min = 1, max = 36500, def = "1095", source = "assumption")
        double lifetimeDays) implements Serializable, ProblemParametersBuilder.With {

    public ProblemParameters {
        Requires.valid(ProblemParameters.class, arrivalsPerUnitPerYear, initialPerUnit, meanSeverity, departmentShare,
                systemicPerYear, initialSystemic, harmPerSeverity, timePerSeverity, maxTimeLoss, detectionDays, lifetimeDays);
    }
}
