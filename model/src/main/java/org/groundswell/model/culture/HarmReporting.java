package org.groundswell.model.culture;

import org.groundswell.model.coordination.Presence;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * VOICE: today's harm is reported, and leadership answers each report. An adverse event is reported with a
 * chance that rises with the unit's safety and falls with fear of blame (Classen et al. 2011: voluntary reports
 * capture a small share of harm); leadership sees only what is reported. It answers by blaming an individual
 * or by a joint analysis with the unit, which may find and fix the broken system behind the event, as the
 * cardiac-monitor task force in Lazes &amp; Rudden did ({@link Culture#report}).
 */
public final class HarmReporting implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final Culture culture;
    private final Presence presence;
    private final DayCounters counters;

    public HarmReporting(Culture culture, Presence presence, DayCounters counters) {
        this.culture = culture;
        this.presence = presence;
        this.counters = counters;
    }

    @Override
    public void day(int day) {
        int units = counters.units();
        double[] harm = new double[units];
        for (int u = 0; u < units; u++) {
            harm[u] = counters.get(Counter.ADVERSE_EVENTS, u);
        }
        int[] reports = culture.report(harm, presence.present(), day);
        for (int u = 0; u < units; u++) {
            counters.add(Counter.ADVERSE_EVENTS_REPORTED, u, reports[u]);
        }
    }
}
