package org.groundswell.gui;

import java.util.Locale;

/**
 * The day counter's words. Day 0 is the first day of the strategy period and warm-up days are negative, as in
 * every output of Groundswell; the strategy period's calendar counts years of 365 days from day 0 and months
 * as twelfths of a year.
 */
final class Calendar {

    private static final double MONTH = 365.0 / 12;

    private Calendar() {
    }

    /** "Day 364", "Warm-up day -12", or "Ready" before the first day. */
    static String day(int day, int warmupDays) {
        if (day < -warmupDays) {
            return "Ready";
        }
        return day < 0 ? String.format(Locale.ROOT, "Warm-up day %d", day) : "Day " + day;
    }

    /** "Year 1, month 12 of the strategy period", or what the warm-up is for. */
    static String calendar(int day, int warmupDays, int days) {
        if (day < -warmupDays) {
            return "Press play in the Console to start";
        }
        if (day < 0) {
            return "The strategy starts on day 0, in " + -day + (day == -1 ? " day" : " days");
        }
        return "Year " + year(day) + ", month " + month(day) + " of the strategy period (" + days + " days)";
    }

    /** The year of the strategy period, from 1. */
    static int year(int day) {
        return Math.floorDiv(day, 365) + 1;
    }

    /** The month of the year, 1 to 12. */
    static int month(int day) {
        return (int) (Math.floorMod(day, 365) / MONTH) + 1;
    }
}
