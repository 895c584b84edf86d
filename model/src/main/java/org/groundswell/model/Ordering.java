package org.groundswell.model;

/**
 * The phases of a day, in the order MASON steps them (lower first). One tick of the schedule is one day.
 * Gaps between the numbers leave room for processes that later parts of the model add.
 */
public enum Ordering {
    /** New patients and readmissions arrive. */
    ARRIVALS(0),
    /** Ties of new hires are renewed; relational coordination is scored; its and the problems' effects on care set. */
    COORDINATION(5),
    /** Each unit finds the staff it has today: scheduled, sick, on leave, overtime, agency; loads and hazards follow. */
    STAFFING(10),
    /** Patients receive a day of care: progress toward discharge, adverse events, deaths, transfers. */
    CARE(20),
    /** Ended stays leave: discharge, 30-day outcomes, readmissions scheduled. */
    DISCHARGES(30),
    /** What people decide: managers fill vacancies as offers are accepted and hires start. */
    BEHAVIOUR(40),
    /** Problems appear and are noticed; staff raise them or work around them; managers fix some; harm is
     *  reported and answered by blame or joint analysis; safety, fear and ties drift. */
    VOICE(45),
    /** The change strategy's day (from day 0) and the interventions on the timeline: teams work, practices are
     *  put in place, spread and erode; time taken from care and strain set for tomorrow's staffing and today's
     *  wellbeing. */
    CHANGE(47),
    /** Burnout moves with the day's demands; some staff quit. */
    WELLBEING(50),
    /** The day's metrics are collected and sent to listeners. */
    METRICS(60);

    private final int value;

    Ordering(int value) {
        this.value = value;
    }

    /** The ordering passed to MASON's schedule. */
    public int value() {
        return value;
    }
}
