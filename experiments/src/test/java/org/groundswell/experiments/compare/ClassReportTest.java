package org.groundswell.experiments.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.Lockstep;
import org.groundswell.model.culture.Decisions;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioLoader;
import org.groundswell.web.ClassRun;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report of a class's run: a class whose managers blamed every reported harm, against its twin under the
 * model's own decisions. It leads with what the decisions did, counted from the two hospitals' days, and lists
 * every decision and who made it.
 */
class ClassReportTest {

    @Test
    void theReportCountsWhatTheClassesDecisionsDidAndListsThem() throws Exception {
        Scenario scenario = ScenarioLoader.load("community-hospital",
                List.of("strategy=frontline", "warmupDays=30", "days=120", "seed=3"));
        Lockstep both = new Lockstep(scenario.parameters(), List.of("frontline", "frontline"));
        both.decideBy(0, new Decisions() {
            @Override
            public HarmResponse answerHarm(int unit, int day, HarmResponse drawn) {
                return day >= 0 ? HarmResponse.BLAME : drawn;
            }
        });
        both.start();
        while (both.schedule.step(both)) {
            // a day of both hospitals
        }
        List<ClassRun.Decision> decisions = List.of(
                new ClassRun.Decision(3, 0, 0, "ed", "harm", "blame", "joint-analysis", "Ana", "answered"),
                new ClassRun.Decision(9, 0, 1, "icu", "speak-up", "model", "raise", "Ben", "timed out"));
        ClassRun run = new ClassRun("K7QX2M", scenario, "frontline", 30, 14, both.logs().get(0).all(),
                both.logs().get(1).all(), decisions, 2, true);
        String html = ClassReport.render(run);
        long harmClass = Math.round(events(run.classDays()));
        long harmModel = Math.round(events(run.modelDays()));
        assertTrue(html.contains("<td class=\"figure\">" + String.format(java.util.Locale.ROOT, "%,d", harmClass)
                + "</td><td class=\"figure\">" + String.format(java.util.Locale.ROOT, "%,d", harmModel) + "</td>"),
                "the adverse events of both hospitals over the 120 days: " + harmClass + " and " + harmModel);
        assertTrue(html.contains("Over the 120 days played, the class&#39;s decisions against the model&#39;s own")
                || html.contains("Over the 120 days played, the class's decisions against the model's own"), "the lead");
        assertTrue(html.contains("<td style=\"text-align:left\">Ana</td><td style=\"text-align:left\">answered</td>"),
                "Ana's decision is listed");
        assertTrue(html.contains("1 left to the model"), "Ben's timed-out decision is counted as the model's");
        assertTrue(html.contains("<svg"), "the charts are embedded");
        assertFalse(java.util.regex.Pattern.compile("\\$[A-Za-z{!]").matcher(html).find(), "no reference left unrendered");
        assertTrue(run.classDays().get(run.classDays().size() - 1).value(Metrics.PSYCH_SAFETY_METRIC)
                < run.modelDays().get(run.modelDays().size() - 1).value(Metrics.PSYCH_SAFETY_METRIC),
                "blaming every harm lowered the class's hospital's safety");
    }

    private static double events(List<DayRecord> days) {
        double sum = 0;
        for (DayRecord d : days) {
            if (d.day() >= 0) {
                double rate = d.value(Metrics.ADVERSE_EVENTS_PER_1000_PD);
                double census = d.value(Metrics.CENSUS_METRIC);
                if (Double.isFinite(rate) && Double.isFinite(census)) {
                    sum += rate * census / 1000;
                }
            }
        }
        return sum;
    }
}
