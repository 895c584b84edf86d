package org.groundswell.model.culture;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.kernel.LogOdds;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Harm reporting: each adverse event is reported with probability
 * {@code logistic(logit(reportingRate) + reportingSafetyEffect (safety - 0.5) - reportingFearEffect fear)}, and
 * leadership answers each report by blame (with probability {@code leadership.blameResponse}: fear rises by
 * {@code fearPerBlame}, safety falls by {@code safetyLossPerBlame}, the blamed nurse's ties lose respect) or by
 * a joint analysis (which may fix the problem behind the event: safety rises, the team's ties gain). The day's
 * adverse events are handed to the process through the day's counters, as care leaves them.
 */
class HarmReportingTest {

    private static final int SEEDS = 3;

    /** A day of reporting of {@code events[u]} adverse events on each unit; the reports made on each. */
    private static double[] day(CultureFixture f, HarmReporting reporting, DayCounters counters, double[] events, int day) {
        counters.clear();
        for (int u = 0; u < f.units; u++) {
            counters.add(Counter.ADVERSE_EVENTS, u, events[u]);
        }
        reporting.day(day);
        double[] reports = new double[f.units];
        for (int u = 0; u < f.units; u++) {
            reports[u] = counters.get(Counter.ADVERSE_EVENTS_REPORTED, u);
        }
        return reports;
    }

    @Test
    void moreFearOfBlameLowersTheShareOfAdverseEventsReported() {
        // Unit u is blamed u times (fear u / 8), and its safety is not touched; then blame stops, so fear holds
        // (it fades only as the culture's day runs, which it does not here) while the share reported is measured.
        double fearPerBlame = 0.125;
        int events = 400_000;
        for (int seed = 1; seed <= SEEDS; seed++) {
            HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
            p = p.withCulture(p.culture().withFearPerBlame(fearPerBlame).withSafetyLossPerBlame(0))
                    .withLeadership(p.leadership().withBlameResponse(1));
            CultureFixture f = new CultureFixture(p);
            DayCounters counters = new DayCounters(f.units);
            HarmReporting reporting = new HarmReporting(f.culture, f.network.presence, counters);
            int day = 0;
            for (boolean done = false; !done; day++) {
                double[] one = new double[f.units];
                done = true;
                for (int u = 0; u < f.units; u++) {
                    one[u] = f.culture.blames(u) < u ? 1 : 0;
                    done &= one[u] == 0;
                }
                day(f, reporting, counters, one, day);
            }
            f.culture.scaleBlame(0);
            double[] many = new double[f.units];
            Arrays.fill(many, events);
            double[] reports = day(f, reporting, counters, many, day);
            double lastShare = 1;
            double lastSe = 0;
            StringBuilder shares = new StringBuilder();
            for (int u = 0; u < f.units; u++) {
                double fear = f.culture.fear(u);
                assertEquals(u * fearPerBlame, fear, 1e-12, "fear after " + u + " blames");
                double expected = LogOdds.shift(p.culture().reportingRate(),
                        p.culture().reportingSafetyEffect() * (f.culture.safety(u) - 0.5) - p.culture().reportingFearEffect() * fear);
                assertEquals(expected, f.culture.reportingProbability(u), 1e-12, "the reporting probability at fear " + fear);
                double share = reports[u] / events;
                double se = Math.sqrt(expected * (1 - expected) / events);
                assertEquals(expected, share, 3 * se, "share reported at fear " + fear + ", seed " + seed);
                assertTrue(share < lastShare - 3 * Math.hypot(se, lastSe),
                        "more fear did not lower reporting: fear " + fear + ", seed " + seed);
                lastShare = share;
                lastSe = se;
                shares.append(String.format(" %.4f", share));
            }
            if (seed == 1) {
                System.out.printf("HarmReportingTest: share of %d adverse events reported at fear 0 to 0.875:%s%n", events,
                        shares);
            }
        }
    }

    @Test
    void blameRaisesFearAndLowersSafetyWhereJointAnalysisRaisesSafety() {
        int days = 365;
        double eventsPerDay = 20;
        for (int seed = 1; seed <= SEEDS; seed++) {
            CultureFixture[] arms = new CultureFixture[2];
            double[] reported = new double[2];
            for (int arm = 0; arm < 2; arm++) {
                HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
                p = p.withLeadership(p.leadership().withBlameResponse(arm == 0 ? 1 : 0));
                CultureFixture f = new CultureFixture(p);
                f.perUnit(30, Status.WORKAROUND);
                DayCounters counters = new DayCounters(f.units);
                HarmReporting reporting = new HarmReporting(f.culture, f.network.presence, counters);
                double[] events = new double[f.units];
                Arrays.fill(events, eventsPerDay);
                for (int day = 0; day < days; day++) {
                    for (double r : day(f, reporting, counters, events, day)) {
                        reported[arm] += r;
                    }
                    f.culture.day(day);
                }
                f.network.score();
                arms[arm] = f;
            }
            CultureFixture blame = arms[0];
            CultureFixture analysis = arms[1];
            double initial = blame.parameters.culture().psychologicalSafety();
            for (int u = 0; u < blame.units; u++) {
                String where = blame.network.units[u].parameters().name() + ", seed " + seed;
                assertTrue(blame.culture.blames(u) > 3 && analysis.culture.blames(u) == 0 && blame.culture.analyses(u) == 0,
                        "blames " + blame.culture.blames(u) + " and " + analysis.culture.blames(u) + " on " + where);
                assertTrue(blame.culture.fear(u) > 0.3 && analysis.culture.fear(u) == 0,
                        "fear " + blame.culture.fear(u) + " under blame, " + analysis.culture.fear(u) + " under analysis on " + where);
                assertTrue(blame.culture.safety(u) < initial - 0.1 && analysis.culture.safety(u) > initial + 0.05,
                        "safety " + blame.culture.safety(u) + " under blame, " + analysis.culture.safety(u)
                                + " under analysis, from " + initial + " on " + where);
                assertTrue(blame.network.coordination.relationship(u) < analysis.network.coordination.relationship(u),
                        "respect and shared goals no lower under blame on " + where);
            }
            assertTrue(reported[0] < 0.8 * reported[1], "blame did not silence reports: " + reported[0] + " vs " + reported[1]);
            if (seed == 1) {
                System.out.printf("HarmReportingTest: a year of %.0f adverse events a day on each unit: under blame %.0f reports, "
                        + "fear %.2f, safety %.2f; under joint analysis %.0f reports, fear %.2f, safety %.2f (unit %s, from "
                        + "%.2f)%n", eventsPerDay, reported[0], blame.culture.fear(4), blame.culture.safety(4), reported[1],
                        analysis.culture.fear(4), analysis.culture.safety(4), blame.network.units[4].parameters().name(), initial);
            }
        }
    }
}
