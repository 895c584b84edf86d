package org.groundswell.experiments.compare;

import org.groundswell.experiments.execution.DaySeries;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * Counts over a run's whole strategy period, added up from its days, for the figures people use: how many
 * adverse events there were, and how many staff quit. A day's count is recovered exactly from its metrics —
 * a rate times its own denominator: adverse events = {@code adverse_events_per_1000_pd} × {@code census} / 1000
 * (the day's patient-days), quits = {@code turnover_rate_annual} × {@code headcount} / 365.
 */
enum PeriodTotal {

    /** Adverse events, all severities, from day 0 to the last day. */
    ADVERSE_EVENTS(Metrics.ADVERSE_EVENTS_PER_1000_PD, Metrics.CENSUS_METRIC, 1000),
    /** Frontline staff who quit, from day 0 to the last day. */
    QUITS(Metrics.TURNOVER_RATE_ANNUAL, Metrics.HEADCOUNT_METRIC, 365);

    private final Metric rate;
    private final Metric exposure;
    private final double scale;

    PeriodTotal(Metric rate, Metric exposure, double scale) {
        this.rate = rate;
        this.exposure = exposure;
        this.scale = scale;
    }

    /** The total over {@code days}; a day whose rate is missing (no exposure) adds nothing. */
    double of(DaySeries days) {
        int r = Metrics.all().indexOf(rate);
        int e = Metrics.all().indexOf(exposure);
        double sum = 0;
        for (double[] day : days.values()) {
            if (Double.isFinite(day[r]) && Double.isFinite(day[e])) {
                sum += day[r] * day[e] / scale;
            }
        }
        return sum;
    }
}
