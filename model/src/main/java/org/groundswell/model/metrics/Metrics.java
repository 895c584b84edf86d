package org.groundswell.model.metrics;

import static org.groundswell.model.metrics.Counter.*;

import java.util.List;
import java.util.Optional;

/**
 * The metric registry: every metric the model reports, declared once. Outputs, charts and reports read
 * names, units and descriptions from here; the order here is the column order of every file.
 */
public final class Metrics {

    public static final Metric CENSUS_METRIC = hospitalAndUnit("census", "Census", "patients",
            "Patients in beds at the end of the day", CENSUS, DAYS, 1);
    public static final Metric ADMISSIONS_METRIC = hospitalAndUnit("admissions", "Admissions", "patients/day",
            "Patients admitted to the hospital that day (through this unit, for a unit)", ADMISSIONS, DAYS, 1);
    public static final Metric OCCUPANCY = hospitalAndUnit("occupancy", "Occupancy", "share 0-1",
            "Census / staffed beds", CENSUS, BEDS, 1);
    public static final Metric ADVERSE_EVENTS_PER_1000_PD = hospitalAndUnit("adverse_events_per_1000_pd", "Adverse events",
            "events/1000 patient-days", "Adverse events (all severities) per 1,000 patient-days",
            ADVERSE_EVENTS, CENSUS, 1000);
    public static final Metric ADVERSE_EVENTS_REPORTED_PER_1000_PD = hospitalAndUnit(
            "adverse_events_reported_per_1000_pd", "Adverse events reported", "reports/1000 patient-days",
            "Adverse events staff reported per 1,000 patient-days: all that leadership sees of harm",
            ADVERSE_EVENTS_REPORTED, CENSUS, 1000);
    public static final Metric SERIOUS_HARM_RATE = hospitalOnly("serious_harm_rate", "Serious adverse events", "events/admission",
            "Serious adverse events per admission", SERIOUS_ADVERSE_EVENTS, ADMISSIONS, 1);
    public static final Metric MORTALITY_30D_RATE = hospitalOnly("mortality_30d_rate", "30-day mortality", "deaths/stay",
            "Deaths within 30 days of admission per hospital stay ended", DEATHS_30D, STAYS_ENDED, 1);
    public static final Metric MEAN_LOS_DAYS = hospitalOnly("mean_los_days", "Length of stay", "days",
            "Mean length of stay of patients discharged alive", LENGTH_OF_STAY, DISCHARGES, 1);
    public static final Metric READMISSION_30D_RATE = hospitalOnly("readmission_30d_rate", "30-day readmissions", "readmissions/discharge",
            "Readmissions within 30 days per discharge alive", READMISSIONS_30D, DISCHARGES, 1);
    public static final Metric PATIENTS_PER_NURSE = hospitalAndUnit("patients_per_nurse", "Patients per nurse", "patients/RN",
            "Mean patients per registered nurse on duty", CENSUS, NURSES_ON_DUTY, 1);
    public static final Metric OVERTIME_SHARE = hospitalAndUnit("overtime_share", "Overtime", "share 0-1",
            "Share of staff-shifts worked as overtime", OVERTIME_SHIFTS, SCHEDULED_SHIFTS, 1);
    public static final Metric AGENCY_SHARE = hospitalAndUnit("agency_share", "Agency staff", "share 0-1",
            "Agency staff-shifts per scheduled staff-shift", AGENCY_SHIFTS, SCHEDULED_SHIFTS, 1);
    public static final Metric BANK_SHARE = hospitalAndUnit("bank_share", "Staff-bank staff", "share 0-1",
            "Collaborative staff-bank staff-shifts per scheduled staff-shift", BANK_SHIFTS, SCHEDULED_SHIFTS, 1);
    public static final Metric UNFILLED_SHARE = hospitalAndUnit("unfilled_share", "Unfilled shifts", "share 0-1",
            "Planned staff-shifts nobody worked, per scheduled staff-shift", UNFILLED_SHIFTS, SCHEDULED_SHIFTS, 1);
    public static final Metric COST_PER_PATIENT_DAY = hospitalOnly("cost_per_patient_day", "Cost per patient-day", "USD/patient-day",
            "Total cost / patient-days", COST, CENSUS, 1);
    public static final Metric TOTAL_COST = new Metric("total_cost", "Total cost, whole run", "USD",
            "Cumulative cost since the first simulated day (warm-up included)", CUMULATIVE_COST, DAYS, 1,
            Metric.Summary.LAST, false);
    public static final Metric PERIOD_COST = new Metric("period_cost", "Cost of the strategy period", "USD",
            "Cumulative cost over the strategy period alone, from day 0 (0 during warm-up): what the period cost",
            Counter.PERIOD_COST, DAYS, 1, Metric.Summary.LAST, false);
    public static final Metric PERIOD_ADVERSE_EVENTS = new Metric("period_adverse_events",
            "Adverse events over the strategy period", "events",
            "Adverse events of all severities from day 0 (0 during warm-up): how many the strategy period had",
            Counter.PERIOD_ADVERSE_EVENTS, DAYS, 1, Metric.Summary.LAST, false);
    public static final Metric PERIOD_DEATHS = new Metric("period_deaths", "Deaths over the strategy period", "deaths",
            "Deaths within 30 days of admission, counted on the day the stay ended, from day 0 (0 during warm-up)",
            Counter.PERIOD_DEATHS, DAYS, 1, Metric.Summary.LAST, false);
    public static final Metric BURNOUT_RATE = hospitalAndUnit("burnout_rate", "Burnout, frontline staff", "share 0-1",
            "Share of frontline staff at or above the exhaustion cut-off", BURNED_OUT, HEADCOUNT, 1);
    public static final Metric NURSE_BURNOUT_RATE = hospitalAndUnit("rn_burnout_rate", "Burnout, registered nurses", "share 0-1",
            "Share of registered nurses at or above the exhaustion cut-off", NURSES_BURNED_OUT, NURSE_HEADCOUNT, 1);
    public static final Metric MEAN_EXHAUSTION = hospitalAndUnit("mean_exhaustion", "Exhaustion", "0-1",
            "Mean exhaustion of frontline staff", EXHAUSTION, HEADCOUNT, 1);
    public static final Metric MEAN_CYNICISM = hospitalAndUnit("mean_cynicism", "Cynicism", "0-1",
            "Mean cynicism (depersonalization) of frontline staff", CYNICISM, HEADCOUNT, 1);
    public static final Metric MEAN_EFFICACY = hospitalAndUnit("mean_efficacy", "Professional efficacy", "0-1",
            "Mean professional efficacy of frontline staff", EFFICACY, HEADCOUNT, 1);
    public static final Metric TURNOVER_RATE_ANNUAL = hospitalAndUnit("turnover_rate_annual", "Staff turnover", "share/year",
            "Quits per year / mean frontline headcount", QUITS, HEADCOUNT, 365);
    public static final Metric NURSE_TURNOVER_RATE_ANNUAL = hospitalAndUnit("rn_turnover_rate_annual", "RN turnover", "share/year",
            "Registered-nurse quits per year / mean RN headcount", NURSE_QUITS, NURSE_HEADCOUNT, 365);
    public static final Metric HEADCOUNT_METRIC = hospitalOnly("headcount", "Frontline staff employed", "staff",
            "Frontline staff employed (occupied positions)", HEADCOUNT, DAYS, 1);
    public static final Metric NURSE_HEADCOUNT_METRIC = hospitalOnly("rn_headcount", "Registered nurses employed",
            "RNs", "Registered nurses employed", NURSE_HEADCOUNT, DAYS, 1);
    public static final Metric VACANCY_RATE = hospitalAndUnit("vacancy_rate", "Vacancy", "share 0-1",
            "Vacant frontline positions / funded positions", VACANCIES, POSITIONS, 1);

    public static final Metric RC_INDEX_METRIC = hospitalAndUnit("rc_index", "Relational coordination", "RC 1-5",
            "Relational coordination index scored as the survey is (role-pair means of the seven dimensions, then "
                    + "the mean over role pairs): of the hospital's ties, or of the ties within a unit",
            RC_INDEX, DAYS, 1);
    public static final Metric RC_CROSS_UNIT_METRIC = hospitalAndUnit("rc_cross_unit", "Relational coordination across units", "RC 1-5",
            "Relational coordination index of the ties that cross units (from the unit, for a unit)",
            RC_CROSS_UNIT, DAYS, 1);
    public static final Metric PSYCH_SAFETY_METRIC = hospitalAndUnit("psych_safety", "Psychological safety", "0-1",
            "Psychological safety (mean over units for the hospital)", PSYCH_SAFETY, DAYS, 1);
    public static final Metric PROBLEMS_OPEN_METRIC = hospitalAndUnit("problems_open", "Problems open", "problems",
            "Broken systems not yet fixed everywhere they reach (reaching the unit unfixed, for a unit)",
            PROBLEMS_OPEN, DAYS, 1);
    public static final Metric PROBLEMS_FIXED_METRIC = new Metric("problems_fixed", "Problems fixed", "problems",
            "Problems fixed on every unit they reach since the first simulated day", PROBLEMS_FIXED, DAYS, 1,
            Metric.Summary.LAST, false);
    public static final Metric WORKAROUNDS_ACTIVE = hospitalAndUnit("workarounds_active", "Silent workarounds", "workarounds",
            "Problems staff see and silently work around instead of raising (one per problem and unit)",
            WORKAROUNDS, DAYS, 1);

    public static final Metric ADOPTION_FRACTION = hospitalAndUnit("adoption_fraction", "Adoption of working practices", "share 0-1",
            "Share of (unit, problem type) pairs where a working practice is in place (one whose fit times "
                    + "compliance is at least change.workingFit)", PRACTICES_WORKING, PRACTICE_SLOTS, 1);
    public static final Metric PRACTICES_IN_PLACE = hospitalAndUnit("practices_in_place", "Working practices in place", "practices",
            "Working practices in place (on the unit, for a unit; on all units, for the hospital)",
            PRACTICES_WORKING, DAYS, 1);
    public static final Metric IMPROVEMENT_HOURS_METRIC = hospitalAndUnit("improvement_hours", "Hours taken for improvement", "staff-hours/day",
            "Staff-hours a day taken from care for training, improvement work and huddles (covered by backfill "
                    + "or not)",
            IMPROVEMENT_HOURS, DAYS, 1);

    public static final Metric ED_BOARDING_PATIENTS = hospitalOnly("ed_boarding_patients", "ED boarding", "patients",
            "Patients in the emergency department at the day's end who wait for a bed on another unit", ED_BOARDING,
            DAYS, 1);
    public static final Metric OFFSERVICE_SHARE = hospitalAndUnit("offservice_share", "Off-service patients", "share 0-1",
            "Share of patient-days spent on a unit other than the patient's own (on the host unit, for a unit)",
            OFF_SERVICE, CENSUS, 1);
    public static final Metric DIVERSION_HOURS_METRIC = hospitalOnly("diversion_hours", "Ambulance diversion", "hours/day",
            "Hours a day the emergency department diverted ambulances", DIVERSION_HOURS, DAYS, 1);
    public static final Metric FALLS_PER_1000_PD = hospitalAndUnit("falls_per_1000_pd", "Falls with injury",
            "falls/1000 patient-days", "Patient falls with injury per 1,000 patient-days", FALLS, CENSUS, 1000);
    public static final Metric PRESSURE_INJURY_RATE = hospitalAndUnit("pressure_injury_rate", "Pressure injuries",
            "share of stays", "Share of hospital stays ended with a hospital-acquired pressure injury (by the unit "
                    + "the stay ended on, for a unit)", PRESSURE_INJURY_STAYS, STAYS_ENDED, 1);
    public static final Metric FAILURE_TO_RESCUE_RATE = hospitalOnly("failure_to_rescue_rate", "Failure to rescue",
            "deaths/complicated stay", "Deaths within 30 days of admission among stays with a complication (a "
                    + "serious adverse event)", RESCUE_FAILURES, COMPLICATED_STAYS, 1);
    public static final Metric PATIENT_EXPERIENCE = hospitalAndUnit("patient_experience", "Patient experience",
            "share 0-1", "Share of patients discharged alive who would definitely recommend the hospital (the "
                    + "HCAHPS top box; by the unit of discharge, for a unit)", RECOMMENDATIONS, DISCHARGES, 1);
    public static final Metric PATIENT_ENGAGEMENT = hospitalAndUnit("patient_engagement", "Patient engagement", "0-1",
            "Mean engagement of the patients in beds (with their families) in their own care", ENGAGEMENT, CENSUS, 1);
    public static final Metric PHYSICIAN_BURNOUT_RATE = hospitalOnly("physician_burnout_rate", "Burnout, physicians",
            "share 0-1", "Share of physicians at or above the exhaustion cut-off", PHYSICIANS_BURNED_OUT, PHYSICIANS, 1);
    public static final Metric JOB_DISSATISFACTION_RATE = hospitalAndUnit("job_dissatisfaction_rate",
            "Job dissatisfaction, RNs", "share 0-1", "Share of registered nurses dissatisfied with their job",
            NURSES_DISSATISFIED, NURSE_HEADCOUNT, 1);
    public static final Metric INTENT_TO_LEAVE_RATE = hospitalAndUnit("intent_to_leave_rate", "Intent to leave, RNs",
            "share 0-1", "Share of registered nurses who intend to leave their job within a year",
            NURSES_INTENDING_TO_LEAVE, NURSE_HEADCOUNT, 1);

    private static final List<Metric> ALL = List.of(CENSUS_METRIC, ADMISSIONS_METRIC, OCCUPANCY,
            ADVERSE_EVENTS_PER_1000_PD, ADVERSE_EVENTS_REPORTED_PER_1000_PD, SERIOUS_HARM_RATE, MORTALITY_30D_RATE, MEAN_LOS_DAYS, READMISSION_30D_RATE,
            PATIENTS_PER_NURSE, OVERTIME_SHARE, AGENCY_SHARE, BANK_SHARE, UNFILLED_SHARE, COST_PER_PATIENT_DAY, TOTAL_COST, PERIOD_COST,
            PERIOD_ADVERSE_EVENTS, PERIOD_DEATHS,
            BURNOUT_RATE, NURSE_BURNOUT_RATE, MEAN_EXHAUSTION, MEAN_CYNICISM, MEAN_EFFICACY, TURNOVER_RATE_ANNUAL,
            NURSE_TURNOVER_RATE_ANNUAL, HEADCOUNT_METRIC, NURSE_HEADCOUNT_METRIC, VACANCY_RATE, RC_INDEX_METRIC, RC_CROSS_UNIT_METRIC, PSYCH_SAFETY_METRIC,
            PROBLEMS_OPEN_METRIC, PROBLEMS_FIXED_METRIC, WORKAROUNDS_ACTIVE, ADOPTION_FRACTION, PRACTICES_IN_PLACE,
            IMPROVEMENT_HOURS_METRIC, ED_BOARDING_PATIENTS, OFFSERVICE_SHARE, DIVERSION_HOURS_METRIC, FALLS_PER_1000_PD,
            PRESSURE_INJURY_RATE, FAILURE_TO_RESCUE_RATE, PATIENT_EXPERIENCE, PATIENT_ENGAGEMENT, PHYSICIAN_BURNOUT_RATE,
            JOB_DISSATISFACTION_RATE, INTENT_TO_LEAVE_RATE);

    private static final List<Metric> PER_UNIT = ALL.stream().filter(Metric::perUnit).toList();

    private Metrics() {
    }

    /** Every metric, in output column order. */
    public static List<Metric> all() {
        return ALL;
    }

    /** The metrics also reported per unit, in {@code units.csv} column order. */
    public static List<Metric> perUnit() {
        return PER_UNIT;
    }

    /** The metric called {@code name}. */
    public static Optional<Metric> byName(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private static Metric hospitalOnly(String name, String label, String unit, String description, Counter numerator,
                                       Counter denominator, double scale) {
        return new Metric(name, label, unit, description, numerator, denominator, scale, Metric.Summary.RATIO, false);
    }

    private static Metric hospitalAndUnit(String name, String label, String unit, String description, Counter numerator,
                                          Counter denominator, double scale) {
        return new Metric(name, label, unit, description, numerator, denominator, scale, Metric.Summary.RATIO, true);
    }
}
