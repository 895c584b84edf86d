package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.CompareCommandTest.assertDone;
import static org.groundswell.experiments.cli.CompareCommandTest.shortCompare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.groundswell.model.change.Strategies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare}'s cost-effectiveness, checked against its own runs: the incremental period cost is the mean of
 * the paired differences in {@code runs.csv}, and the adverse events avoided are counted from
 * {@code timeseries.csv} (each day's rate per 1,000 patient-days times its census), which the run's own
 * {@code period_adverse_events} must equal; the deaths avoided are the paired differences of {@code period_deaths}
 * and the staff not burned out of burnout rate times headcount in {@code runs.csv}.
 */
class CostEffectivenessCompareTest {

    @TempDir
    Path tmp;

    @Test
    void costEffectivenessAgreesWithThePairedRunsAndLeadsTheReport() throws IOException {
        Path dir = tmp.resolve("compare");
        assertDone(shortCompare(dir));
        List<String> strategies = Strategies.ids();
        Map<String, Double> cost = new HashMap<>();
        Map<String, Double> burnedOut = new HashMap<>();
        Map<String, Double> deaths = new HashMap<>();
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        List<String> header = List.of(runs.get(0).split(",", -1));
        for (String line : runs.subList(1, runs.size())) {
            String[] cells = line.split(",", -1);
            cost.merge(cells[0], Double.parseDouble(cells[header.indexOf("period_cost")]), Double::sum);
            burnedOut.merge(cells[0], Double.parseDouble(cells[header.indexOf("burnout_rate")])
                    * Double.parseDouble(cells[header.indexOf("headcount")]), Double::sum);
            deaths.merge(cells[0], Double.parseDouble(cells[header.indexOf("period_deaths")]), Double::sum);
        }
        Map<String, Double> events = new HashMap<>();
        List<String> days = Files.readAllLines(dir.resolve("timeseries.csv"));
        List<String> columns = List.of(days.get(0).split(",", -1));
        int rate = columns.indexOf("adverse_events_per_1000_pd");
        int census = columns.indexOf("census");
        for (String line : days.subList(1, days.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[rate].isEmpty() && Double.parseDouble(cells[census]) > 0) {
                events.merge(cells[0], Double.parseDouble(cells[rate]) * Double.parseDouble(cells[census]) / 1000,
                        Double::sum);
            }
        }
        List<String> ce = Files.readAllLines(dir.resolve("cost_effectiveness.csv"));
        List<String> ceColumns = List.of(ce.get(0).split(",", -1));
        assertEquals(strategies.size(), ce.size(), "a row per strategy other than the baseline");
        for (String line : ce.subList(1, ce.size())) {
            String[] cells = line.split(",", -1);
            String s = cells[0];
            double dc = (cost.get(s) - cost.get(Strategies.NONE)) / 3;
            double de = (events.get(Strategies.NONE) - events.get(s)) / 3;
            double csvCost = Double.parseDouble(cells[ceColumns.indexOf("incremental_cost")]);
            double csvEvents = Double.parseDouble(cells[ceColumns.indexOf("adverse_events_avoided")]);
            assertEquals(dc, csvCost, 1e-6 * Math.abs(dc) + 1, s + " incremental cost");
            assertEquals(de, csvEvents, 1e-4 * Math.abs(de) + 1e-3, s + " adverse events avoided");
            double dn = (burnedOut.get(Strategies.NONE) - burnedOut.get(s)) / 3;
            assertEquals(dn, Double.parseDouble(cells[ceColumns.indexOf("staff_burned_out_avoided")]),
                    1e-4 * Math.abs(dn) + 1e-3, s + " staff not burned out");
            double dd = (deaths.get(Strategies.NONE) - deaths.get(s)) / 3;
            assertEquals(dd, Double.parseDouble(cells[ceColumns.indexOf("deaths_avoided")]), 1e-4 * Math.abs(dd) + 1e-3,
                    s + " deaths avoided");
            String icer = cells[ceColumns.indexOf("icer_per_adverse_event_avoided")];
            if (icer.isEmpty()) {
                // No ratio where one strategy dominates the other: cheaper and better, or dearer and worse.
                assertTrue(csvCost <= 0 && csvEvents >= 0 || csvCost >= 0 && csvEvents <= 0,
                        s + ": an ICER is left out only under dominance");
            } else {
                assertEquals(csvCost / csvEvents, Double.parseDouble(icer), 1e-6 * Math.abs(csvCost / csvEvents),
                        s + " ICER");
            }
            double low = Double.parseDouble(cells[ceColumns.indexOf("incremental_cost_ci_low")]);
            double high = Double.parseDouble(cells[ceColumns.indexOf("incremental_cost_ci_high")]);
            assertTrue(low <= csvCost && csvCost <= high, s + ": the interval holds the mean");
        }
        List<String> curve = Files.readAllLines(dir.resolve("cost_effectiveness_acceptability.csv"));
        assertEquals("wtp_per_adverse_event_avoided," + String.join(",", strategies), curve.get(0));
        for (String line : curve.subList(1, curve.size())) {
            double sum = 0;
            String[] cells = line.split(",", -1);
            for (int i = 1; i < cells.length; i++) {
                sum += Double.parseDouble(cells[i]);
            }
            assertEquals(1, sum, 1e-7, "probabilities at " + cells[0] + " (to 8 significant digits)");
        }
        String report = Files.readString(dir.resolve("report.html"));
        assertTrue(report.indexOf("What each strategy costs, and what it buys") < report.indexOf("What was run"),
                "the report leads with cost-effectiveness");
        assertTrue(report.contains("partnership against none, over the 15-day period: costs "), "in words");
        for (String chart : List.of("ce-plane", "ceac")) {
            assertTrue(Files.size(dir.resolve("charts/" + chart + ".png")) > 10_000, chart + ".png");
            assertTrue(Files.readString(dir.resolve("charts/" + chart + ".svg")).contains("<svg"), chart + ".svg");
            assertTrue(report.contains("id=\"chart-" + chart + "\""), chart + " is embedded as SVG");
        }
        assertFalse(report.contains("data:image/png"), "every chart of the report is an SVG, crisp when zoomed");
    }
}
