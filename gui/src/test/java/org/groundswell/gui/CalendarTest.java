package org.groundswell.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalendarTest {

    @Test
    void theStrategyPeriodIsCountedInYearsAndMonthsFromDayZero() {
        assertEquals(1, Calendar.year(0));
        assertEquals(1, Calendar.month(0));
        assertEquals(1, Calendar.month(30));
        assertEquals(2, Calendar.month(31));
        assertEquals(12, Calendar.month(364));
        assertEquals(2, Calendar.year(365));
        assertEquals(1, Calendar.month(365));
        assertEquals("Day 364", Calendar.day(364, 90));
        assertEquals("Year 1, month 12 of the strategy period (730 days)", Calendar.calendar(364, 90, 730));
    }

    @Test
    void theWarmUpCountsDownToDayZero() {
        assertEquals("Warm-up day -12", Calendar.day(-12, 90));
        assertEquals("The strategy starts on day 0, in 12 days", Calendar.calendar(-12, 90, 730));
        assertEquals("The strategy starts on day 0, in 1 day", Calendar.calendar(-1, 90, 730));
        assertEquals("Ready", Calendar.day(-91, 90));
    }
}
