package org.groundswell.experiments.compare;

import org.junit.jupiter.api.Test;

import org.groundswell.experiments.execution.DaySeries;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodTotalTest {

    private static void set(double[] day, Metric metric, double value) {
        day[Metrics.all().indexOf(metric)] = value;
    }

    /**
     * Ten days at 50 adverse events per 1,000 patient-days with 200 patients are 10 events a day; an annual
     * turnover of 36.5% of 1,000 staff is one quit a day. A day with no patients (rate missing) adds nothing.
     */
    @Test
    void countsAreTheDailyRatesTimesTheirOwnDenominatorsAddedUp() {
        double[][] days = new double[11][Metrics.all().size()];
        for (int d = 0; d < 10; d++) {
            set(days[d], Metrics.ADVERSE_EVENTS_PER_1000_PD, 50);
            set(days[d], Metrics.CENSUS_METRIC, 200);
            set(days[d], Metrics.TURNOVER_RATE_ANNUAL, 0.365);
            set(days[d], Metrics.HEADCOUNT_METRIC, 1000);
        }
        set(days[10], Metrics.ADVERSE_EVENTS_PER_1000_PD, Double.NaN);
        set(days[10], Metrics.TURNOVER_RATE_ANNUAL, Double.NaN);
        DaySeries series = new DaySeries(0, days);
        assertEquals(100, PeriodTotal.ADVERSE_EVENTS.of(series), 1e-9);
        assertEquals(10, PeriodTotal.QUITS.of(series), 1e-9);
    }
}
