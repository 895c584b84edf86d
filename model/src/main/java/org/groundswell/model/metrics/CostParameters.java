package org.groundswell.model.metrics;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.kernel.Role;
import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * What things cost, in the scenario's currency (US dollars by default). Annual costs are fully loaded
 * (wage plus benefits, BLS Employer Costs for Employee Compensation: benefits about 30% of compensation).
 */
@RecordBuilder
public record CostParameters(
        @Param(description = "Loaded annual cost of a registered nurse", unit = "USD/year", min = 0, max = 1e7,
                def = "128000", source = "BLS OES May 2024: RN mean wage $98,430; plus 30% benefits")
        double nurseAnnualCost,
        @Param(description = "Loaded annual cost of a nursing assistant", unit = "USD/year", min = 0, max = 1e7,
                def = "52000", source = "BLS OES May 2024: nursing assistant mean wage about $40,000; plus 30%")
        double assistantAnnualCost,
        @Param(description = "Loaded annual cost of a pharmacist", unit = "USD/year", min = 0, max = 1e7,
                def = "177000", source = "BLS OES May 2024: pharmacist mean wage about $136,000; plus 30%")
        double pharmacistAnnualCost,
        @Param(description = "Loaded annual cost of a technician", unit = "USD/year", min = 0, max = 1e7,
                def = "68000", source = "BLS OES May 2024: health technologists and technicians; plus 30%")
        double technicianAnnualCost,
        @Param(description = "Loaded annual cost of an environmental-services worker", unit = "USD/year", min = 0,
                max = 1e7, def = "47000", source = "BLS OES May 2024: janitors and cleaners in hospitals; plus 30%")
        double environmentalAnnualCost,
        @Param(description = "Loaded annual cost of a physician", unit = "USD/year", min = 0, max = 1e8,
                def = "390000", source = "assumption: hospitalist compensation about $300,000 (MGMA); plus 30%")
        double physicianAnnualCost,
        @Param(description = "Loaded annual cost of a unit manager or senior leader", unit = "USD/year", min = 0,
                max = 1e8, def = "180000", source = "assumption")
        double managerAnnualCost,
        @Param(description = "Loaded annual cost of an administrative staff member", unit = "USD/year", min = 0,
                max = 1e7, def = "95000", source = "assumption")
        double administratorAnnualCost,
        @Param(description = "Pay multiple of an overtime shift", unit = "multiple", min = 1, max = 5, def = "1.5",
                source = "US Fair Labor Standards Act: time and a half")
        double overtimeMultiple,
        @Param(description = "Cost of an agency shift as a multiple of a staff shift", unit = "multiple", min = 1,
                max = 10, def = "2.0", source = "assumption: NSI reports travel and agency rates near double staff rates")
        double agencyMultiple,
        @Param(description = "Cost of replacing a registered nurse who leaves (recruiting, onboarding, lost productivity)",
                unit = "USD/quit", min = 0, max = 1e7, def = "56300",
                source = "NSI 2024: average cost of turnover for a bedside RN $56,300 (range $40,000-$61,000 in 2020-2025)")
        double nurseTurnoverCost,
        @Param(description = "Cost of replacing a staff member of another role who leaves", unit = "USD/quit", min = 0,
                max = 1e7, def = "20000", source = "assumption: about 40% of a year's pay")
        double otherTurnoverCost,
        @Param(description = "Direct cost of an adverse event beyond the extra days of care it causes",
                unit = "USD/event", min = 0, max = 1e7, def = "300", source = "assumption")
        double adverseEventCost,
        @Param(description = "Direct cost of a serious adverse event beyond the extra days of care it causes",
                unit = "USD/event", min = 0, max = 1e8, def = "4000",
                source = "assumption, after Classen et al. 1997, JAMA 277:301 ($2,262 per adverse drug event in 1995 dollars, days included)")
        double seriousAdverseEventCost,
        @Param(description = "Variable cost of a patient-day: drugs, supplies, tests, food", unit = "USD/patient-day",
                min = 0, max = 1e6, def = "600", source = "assumption: supplies and drugs about a quarter of hospital cost (AHA)")
        double patientDayCost,
        @Param(description = "Fixed operating cost per day: buildings, equipment, IT, staff not modelled",
                unit = "USD/day", min = 0, max = 1e9, def = "100000",
                source = "calibrated: total cost $2,300-3,000 per inpatient day (KFF 2021 state hospital expenses)")
        double fixedDailyCost,
        @Param(description = "Added cost of a fall with injury", unit = "USD/fall", min = 0, max = 1e7,
                def = "13806", source = "Wong et al. 2011, Jt Comm J Qual Patient Saf 37:81: serious fall-related "
                + "injuries added $13,806")
        double fallCost,
        @Param(description = "Added cost of a hospital-acquired pressure injury", unit = "USD/injury", min = 0,
                max = 1e7, def = "14506", source = "AHRQ 2017, Estimating the additional hospital inpatient cost and "
                + "mortality associated with selected hospital-acquired conditions: pressure ulcers $14,506")
        double pressureInjuryCost,
        @Param(description = "Cost of a day of boarding in the emergency department beyond a ward day",
                unit = "USD/patient-day", min = 0, max = 1e6, def = "863",
                source = "Canellas et al. 2024, Ann Emerg Med 84:376: $1,856 a day boarding against $993 as an "
                        + "inpatient")
        double boardingDayCost,
        @Param(description = "Revenue forgone per hour of ambulance diversion", unit = "USD/hour", min = 0,
                max = 1e7, def = "1086", source = "McConnell et al. 2006, Ann Emerg Med 48:702: $1,086 (611-1,461) "
                + "per hour of diversion")
        double diversionHourCost) implements Serializable, CostParametersBuilder.With {

    public CostParameters {
        Requires.valid(CostParameters.class, nurseAnnualCost, assistantAnnualCost, pharmacistAnnualCost,
                technicianAnnualCost, environmentalAnnualCost, physicianAnnualCost, managerAnnualCost,
                administratorAnnualCost, overtimeMultiple, agencyMultiple, nurseTurnoverCost, otherTurnoverCost,
                adverseEventCost, seriousAdverseEventCost, patientDayCost, fixedDailyCost, fallCost,
                pressureInjuryCost, boardingDayCost, diversionHourCost);
    }

    /** Loaded annual cost of a staff member of {@code role}. */
    public double annualCost(Role role) {
        return switch (role) {
            case REGISTERED_NURSE -> nurseAnnualCost;
            case NURSING_ASSISTANT -> assistantAnnualCost;
            case PHARMACIST -> pharmacistAnnualCost;
            case TECHNICIAN -> technicianAnnualCost;
            case ENVIRONMENTAL_SERVICES -> environmentalAnnualCost;
        };
    }

    /** Cost of one quit of a staff member of {@code role}. */
    public double turnoverCost(Role role) {
        return role == Role.REGISTERED_NURSE ? nurseTurnoverCost : otherTurnoverCost;
    }
}
