package org.groundswell.model.metrics;

/**
 * The additive quantities the model tallies each day, per unit (and in one hospital-wide slot for what
 * belongs to no unit). Every metric is a ratio of two counters, so a hospital figure is the ratio of the
 * units' sums and a summary over days is the ratio of the days' sums.
 */
public enum Counter {
    /** 1 each day in every slot, and 1 in total: the denominator of per-day means. */
    DAYS(true),
    /** Staffed beds. */
    BEDS,
    /** Patients in beds at the end of the day (= patient-days that day). */
    CENSUS,
    /** Patients admitted to the hospital (external arrivals and readmissions). */
    ADMISSIONS,
    /** Adverse events, serious or not. */
    ADVERSE_EVENTS,
    /** Adverse events staff reported (what leadership sees). */
    ADVERSE_EVENTS_REPORTED,
    /** Serious adverse events. */
    SERIOUS_ADVERSE_EVENTS,
    /** Hospital stays that ended: discharges alive plus deaths in hospital. */
    STAYS_ENDED,
    /** Patients discharged alive. */
    DISCHARGES,
    /** Deaths within 30 days of admission, counted on the day the stay ended. */
    DEATHS_30D,
    /** Sum of the lengths of stay of patients discharged alive, days. */
    LENGTH_OF_STAY,
    /** Discharges that will be readmitted within 30 days. */
    READMISSIONS_30D,
    /** Registered nurses on duty per shift (employed, overtime and agency). */
    NURSES_ON_DUTY,
    /** Staff-shifts worked by the unit's own staff in scheduled time. */
    SCHEDULED_SHIFTS,
    /** Overtime staff-shifts. */
    OVERTIME_SHIFTS,
    /** Agency staff-shifts. */
    AGENCY_SHIFTS,
    /** Staff-shifts the plan asked for and nobody worked. */
    UNFILLED_SHIFTS,
    /** Frontline staff employed (occupied positions). */
    HEADCOUNT,
    /** Funded frontline positions. */
    POSITIONS,
    /** Vacant frontline positions. */
    VACANCIES,
    /** Staff at or above the exhaustion cut-off. */
    BURNED_OUT,
    /** Sum of staff exhaustion. */
    EXHAUSTION,
    /** Sum of staff cynicism. */
    CYNICISM,
    /** Sum of staff professional efficacy. */
    EFFICACY,
    /** Staff who quit. */
    QUITS,
    /** New hires who started. */
    HIRES,
    /** Registered nurses employed. */
    NURSE_HEADCOUNT,
    /** Registered nurses at or above the exhaustion cut-off. */
    NURSES_BURNED_OUT,
    /** Registered nurses who quit. */
    NURSE_QUITS,
    /** Cost incurred that day, all components. */
    COST,
    /** Cost incurred since the first day, all components (hospital slot only). */
    CUMULATIVE_COST,
    /** Cost incurred since day 0, the first day of the strategy period (hospital slot only; 0 in warm-up). */
    PERIOD_COST,
    /** Adverse events since day 0, all severities (hospital slot only; 0 in warm-up). */
    PERIOD_ADVERSE_EVENTS,
    /** Deaths within 30 days of admission since day 0, on the days the stays ended (hospital slot only). */
    PERIOD_DEATHS,
    /** RC index: of the ties within each unit in its slot, of every tie in the hospital slot. */
    RC_INDEX(true),
    /** RC index of cross-unit ties: from each unit in its slot, all of them in the hospital slot. */
    RC_CROSS_UNIT(true),
    /** Psychological safety: each unit's in its slot, the units' mean in the hospital slot. */
    PSYCH_SAFETY(true),
    /** Open problems: reaching each unit unfixed in its slot, open anywhere in the hospital slot. */
    PROBLEMS_OPEN(true),
    /** Problems fixed since the first day: on each unit in its slot, everywhere they reach in the hospital slot. */
    PROBLEMS_FIXED(true),
    /** Problems staff silently work around (one per problem and unit). */
    WORKAROUNDS,
    /** Agency-free cover: staff-shifts worked by a collaborative staff bank's staff. */
    BANK_SHIFTS,
    /** Problem types a practice could be in place for: the number of types on each unit. */
    PRACTICE_SLOTS,
    /** Working practices in place (one per unit and problem type at most). */
    PRACTICES_WORKING,
    /** Staff-hours taken from care for training and improvement work. */
    IMPROVEMENT_HOURS,
    /** Patients in the emergency department at the day's end waiting for a bed on another unit (boarding). */
    ED_BOARDING,
    /** Patients at the day's end placed on this unit while they belong on another (off-service), by host unit. */
    OFF_SERVICE,
    /** Hours the emergency department diverted ambulances that day (hospital slot only). */
    DIVERSION_HOURS,
    /** Falls with injury. */
    FALLS,
    /** Stays ended with a hospital-acquired pressure injury, on the unit the stay ended on. */
    PRESSURE_INJURY_STAYS,
    /** Stays ended that had a complication (a serious adverse event), on the unit the stay ended on. */
    COMPLICATED_STAYS,
    /** Of those, the patients who died within 30 days of admission: failures to rescue. */
    RESCUE_FAILURES,
    /** Patients discharged alive who would definitely recommend the hospital (HCAHPS top box). */
    RECOMMENDATIONS,
    /** Sum of the engagement (0-1) of the patients on the unit at the day's end. */
    ENGAGEMENT,
    /** Physicians in the group (hospital slot only). */
    PHYSICIANS,
    /** Physicians at or above the exhaustion cut-off (hospital slot only). */
    PHYSICIANS_BURNED_OUT,
    /** Registered nurses dissatisfied with their job. */
    NURSES_DISSATISFIED,
    /** Registered nurses who intend to leave their job within a year. */
    NURSES_INTENDING_TO_LEAVE;

    private final boolean shared;

    Counter() {
        this(false);
    }

    Counter(boolean shared) {
        this.shared = shared;
    }

    /**
     * Whether the counter holds the same value in every slot, so that the hospital's figure is that value
     * rather than the sum over slots.
     */
    public boolean shared() {
        return shared;
    }
}
