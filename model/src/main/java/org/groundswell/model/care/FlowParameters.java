package org.groundswell.model.care;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Beds and flow: what happens when a unit is full. A patient whose next unit has no free bed is placed
 * off-service on another unit, or waits where it is (boarding in the emergency department, a hold elsewhere);
 * while patients wait for a unit, the patients closest to the end of their care on it are moved on early; when
 * boarders fill the emergency department it diverts ambulances. Occupancy above a tipping point raises harm
 * and death on the unit.
 */
@RecordBuilder
public record FlowParameters(
        @Param(description = "Share of patients who find their next unit full and are placed off-service on the "
                + "unit with the most free beds instead of waiting (the rest wait where they are)",
                unit = "share 0-1", min = 0, max = 1, def = "0.3",
                source = "assumption; off-service placement of medical outliers is routine under bed pressure "
                        + "(Stylianou et al. 2017, BMJ Open 7:e015676)")
        double offServiceShare,
        @Param(description = "Units staffed at a lower patients-per-nurse multiple than this (critical care: the "
                + "ICU at 0.4) take no off-service patients", unit = "multiple", min = 0, max = 3, def = "0.6",
                source = "assumption: critical-care beds are not used for outliers")
        double offServiceMinRatioFactor,
        @Param(description = "Adverse-event hazard ratio of a patient placed off-service, away from its unit's "
                + "staff and routines", unit = "ratio", min = 1, max = 5, def = "1.2",
                source = "assumption, direction from Stylianou et al. 2017, BMJ Open 7:e015676 (outliers fared worse)")
        double offServiceHarmRatio,
        @Param(description = "Care of a patient placed off-service progresses this share more slowly",
                unit = "share 0-1", min = 0, max = 0.9, def = "0.1",
                source = "assumption, direction from Stylianou et al. 2017 (outliers stayed longer)")
        double offServiceSlowdown,
        @Param(description = "Adverse-event hazard ratio while a patient waits for a bed (boarding or a hold)",
                unit = "ratio", min = 1, max = 5, def = "1.3",
                source = "assumption, direction from Singer et al. 2011, Acad Emerg Med 18:1324 (boarding and outcomes)")
        double boardingHarmRatio,
        @Param(description = "Days a patient boards in an emergency department at most: then it is put in an "
                + "extra bed on its unit, over the unit's capacity (corridor care)", unit = "days", min = 0,
                max = 30, def = "1",
                source = "assumption: CMS ED-2 and NHS 12-hour waits; hospitals open escalation beds rather than "
                        + "let boarding grow without bound")
        double maxBoardingDays,
        @Param(description = "Days a patient is held on an inpatient unit for a bed elsewhere at most: then it "
                + "is put in an extra bed on the unit it waits for (so that units waiting on each other do not "
                + "lock)", unit = "days", min = 0, max = 30, def = "0.5",
                source = "assumption: bed managers move held patients within the day")
        double maxHoldDays,
        @Param(description = "Death hazard ratio while a patient waits for a bed",
                unit = "ratio", min = 1, max = 5, def = "1.5",
                source = "Singer et al. 2011, Acad Emerg Med 18:1324: in-hospital mortality 2.5% with under 2 hours "
                        + "of boarding, 4.5% with 12 hours or more")
        double boardingMortalityRatio,
        @Param(description = "While patients wait for a unit, patients within this many days of the end of their "
                + "care on it are moved on early, one for each patient waiting",
                unit = "days", min = 0, max = 5, def = "0.5",
                source = "KC & Terwiesch 2012, Manufacturing & Service Operations Management 14:50: patients are "
                        + "discharged early from a busy unit")
        double earlyDischargeDays,
        @Param(description = "Readmission probability ratio of a patient discharged early for a bed",
                unit = "ratio", min = 1, max = 5, def = "1.3",
                source = "KC & Terwiesch 2012: early discharges from a congested unit bounced back more often")
        double earlyDischargeReadmissionRatio,
        @Param(description = "An emergency department (a unit named ed, or ending in -ed) diverts ambulances for the day when "
                + "patients boarding in it fill at least this share of its beds",
                unit = "share of ED beds", min = 0.01, max = 5, def = "0.3",
                source = "assumption: diversion criteria are local and tied to boarding (McConnell et al. 2006)")
        double diversionBoardingShare,
        @Param(description = "Share of emergency arrivals who come by ambulance, and are taken elsewhere while "
                + "the department diverts", unit = "share 0-1", min = 0, max = 1, def = "0.2",
                source = "ED Benchmarking Alliance 2012: about 16% of ED patients arrive by ambulance, 23% in adult "
                        + "EDs, and more of those admitted")
        double ambulanceShare,
        @Param(description = "Occupancy of a unit above which harm and death rise (the tipping point)",
                unit = "share 0-1", min = 0.5, max = 1.5, def = "0.925",
                source = "Kuntz, Mennicken & Scholtes 2015, Management Science 61:754: mortality rises above about "
                        + "92.5% bed occupancy")
        double occupancyTippingPoint,
        @Param(description = "Hazard ratio of harm and death per 10 points of occupancy above the tipping point",
                unit = "ratio/0.1", min = 1, max = 5, def = "1.2",
                source = "assumption, direction from Kuntz, Mennicken & Scholtes 2015")
        double occupancyHarmRatio,
        @Param(description = "Occupancy above which harm and death rise no further (an emergency department's "
                + "hallways can hold far more than its beds; the studies' range ends near full)",
                unit = "share 0-1", min = 0.5, max = 5, def = "1.2",
                source = "assumption: Kuntz, Mennicken & Scholtes 2015 observed occupancies up to about full")
        double occupancyCeiling) implements Serializable, FlowParametersBuilder.With {

    public FlowParameters {
        Requires.valid(FlowParameters.class, offServiceShare, offServiceMinRatioFactor, offServiceHarmRatio, offServiceSlowdown,
                boardingHarmRatio, maxBoardingDays, maxHoldDays, boardingMortalityRatio, earlyDischargeDays, earlyDischargeReadmissionRatio,
                diversionBoardingShare, ambulanceShare, occupancyTippingPoint, occupancyHarmRatio, occupancyCeiling);
    }
}
