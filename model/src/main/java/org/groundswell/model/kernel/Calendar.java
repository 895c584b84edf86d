package org.groundswell.model.kernel;

/**
 * The model's calendar, by definition: one tick of the schedule is one day; weekly processes (speaking up,
 * the ties' drift, stories of practices) run on days divisible by {@link #DAYS_PER_WEEK}; annual rates are
 * per {@link #DAYS_PER_YEAR} days.
 */
public final class Calendar {

    /** Days in a week. */
    public static final int DAYS_PER_WEEK = 7;
    /** Days in a year, for annual rates and salaries. */
    public static final double DAYS_PER_YEAR = 365.0;
    /** Weeks in a year, for shifts per week and annual salaries. */
    public static final double WEEKS_PER_YEAR = DAYS_PER_YEAR / DAYS_PER_WEEK;

    private Calendar() {
    }

    /** Whether {@code day} is the day of the week weekly processes run on (day 0 is one). */
    public static boolean weekly(int day) {
        return Math.floorMod(day, DAYS_PER_WEEK) == 0;
    }
}
