package org.groundswell.model.workforce;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/** Positions, vacancies, hiring, sickness absence and quitting. */
@RecordBuilder
public record WorkforceParameters(
        @Param(description = "Share of funded positions vacant at the start of the simulation (first warm-up day)",
                unit = "share 0-1", min = 0, max = 0.6, def = "0.10",
                source = "NSI 2024 National Health Care Retention & RN Staffing Report: RN vacancy 9.9%")
        double initialVacancyRate,
        @Param(description = "Scheduled shifts per week of a staff member", unit = "shifts/week", min = 1, max = 7,
                def = "3", source = "full-time twelve-hour schedule, 36 hours a week")
        double shiftsPerWeek,
        @Param(description = "Mean days from a vacancy being posted to an accepted offer (exponential)",
                unit = "days", min = 1, max = 1000, def = "83",
                source = "NSI 2024: average time to recruit an experienced RN, 83-95 days")
        double daysToFill,
        @Param(description = "Days from an accepted offer to the hire working on the unit (notice and orientation)",
                unit = "days", min = 0, max = 365, def = "84",
                source = "assumption: notice of 4 weeks and unit orientation of 8 weeks (upper end of common practice), so that vacancy settles near the NSI figure")
        double daysToStart,
        @Param(description = "Annual probability of quitting for a staff member who is not burned out (a "
                + "registered nurse: who does not intend to leave)",
                unit = "share/year", min = 0, max = 0.9, def = "0.105",
                source = "calibrated: with intentQuitRatio gives NSI 2020-2025 RN turnover of 16-22%")
        double baseAnnualQuitRate,
        @Param(description = "How many times more likely a burned-out staff member other than a registered nurse "
                + "is to quit (registered nurses quit by their intent to leave: intentQuitRatio)",
                unit = "ratio", min = 1, max = 20, def = "3.9",
                source = "Aiken et al. 2002, JAMA 288:1987: intent to leave 43% of burned-out, dissatisfied nurses vs 11% of others")
        double burnoutQuitRatio,
        @Param(description = "How many times more likely a registered nurse who intends to leave within a year is "
                + "to quit than one who does not. 1 switches intent-driven quitting off",
                unit = "ratio", min = 1, max = 20, def = "5.5",
                source = "calibrated: with baseAnnualQuitRate gives NSI 2020-2025 RN turnover of 16-22%; "
                        + "direction from Nei, Snyder & Litwiller 2015, Health Care Manage Rev 40:237 (intent to "
                        + "leave the strongest predictor of nurses' actual turnover)")
        double intentQuitRatio,
        @Param(description = "Share of scheduled shifts lost to sickness absence by staff who are not burned out",
                unit = "share 0-1", min = 0, max = 0.5, def = "0.025",
                source = "US BLS Current Population Survey: absence rate of healthcare practitioners about 2-3%")
        double sicknessRate,
        @Param(description = "How many times more shifts a burned-out staff member loses to sickness",
                unit = "ratio", min = 1, max = 10, def = "2",
                source = "assumption, in the direction of Dyrbye et al. 2019 (burnout and absenteeism)")
        double burnoutSicknessRatio,
        @Param(description = "Share of scheduled shifts taken as paid leave, holidays and education",
                unit = "share 0-1", min = 0, max = 0.5, def = "0.10",
                source = "assumption: about five weeks of paid time off and education a year")
        double leaveShare) implements Serializable, WorkforceParametersBuilder.With {

    public WorkforceParameters {
        Requires.valid(WorkforceParameters.class, initialVacancyRate, shiftsPerWeek, daysToFill, daysToStart,
                baseAnnualQuitRate, burnoutQuitRatio, intentQuitRatio, sicknessRate, burnoutSicknessRatio, leaveShare);
    }
}
