package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.CompareCommandTest.assertDone;
import static org.groundswell.experiments.cli.CompareCommandTest.files;
import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groundswell sweep} with {@code analysis: discovery}, end to end, on the bundled where-top-down-wins
 * example shortened: a 20-day warm-up, 20 to 40 days, 6 points × 3 strategies × 2 replications = 36 runs.
 */
class DiscoverySweepCommandTest {

    private static final String EXAMPLE = "/org/groundswell/experiments/examples/where-top-down-wins.yaml";

    @TempDir
    Path tmp;

    @Test
    void discoveryClassifiesEachPointByItsPairedDifferencesAndWritesTheSameFilesAfterAResume() throws IOException {
        Path experiment = ShortExample.write(EXAMPLE, tmp.resolve("experiments"), 20, "samples: 48", "samples: 6",
                "replications: 3 ", "replications: 2 ", "days: {min: 90, max: 365}", "days: {min: 20, max: 40}");
        Path one = tmp.resolve("one");
        Execution e = assertDone(ShortExample.sweep(experiment, one, "--threads", "2"));
        assertTrue(e.err().contains("6 points × 3 strategies × 2 replications = 36 runs"), e.err());
        assertTrue(e.out().contains("Scenario discovery:\n  top-down beats partnership on adverse events"), e.out());
        assertTrue(e.out().contains("Objective: the minimax-regret strategy is "), e.out());

        List<String> boxes = Files.readAllLines(one.resolve("discovery.csv"));
        assertEquals("rule,box,parameter,lower,upper,coverage,density,mass,qp_lower,qp_upper,points,points_held,"
                + "replication_share", boxes.get(0));
        for (String rule : List.of("adverse_events_per_1000_pd: top-down beats partnership",
                "burnout_rate: top-down beats partnership", "period_cost: top-down beats partnership")) {
            assertTrue(boxes.stream().anyMatch(l -> l.startsWith(rule + ",")), rule);
        }

        // Each point's verdict is the mean over its replications of the paired difference, read back from runs.csv.
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        List<String> header = List.of(runs.get(0).split(",", -1));
        int point = header.indexOf("point");
        int strategy = header.indexOf("strategy");
        int metric = header.indexOf("adverse_events_per_1000_pd");
        Map<String, Double> sum = new HashMap<>();
        for (String line : runs.subList(1, runs.size())) {
            String[] cells = line.split(",", -1);
            double sign = cells[strategy].equals("top-down") ? 1 : cells[strategy].equals("partnership") ? -1 : 0;
            sum.merge(cells[point], sign * Double.parseDouble(cells[metric]), Double::sum);
        }
        List<String> points = Files.readAllLines(one.resolve("discovery_points.csv"));
        assertEquals("rule,point,holds,mean_difference,replication_share,box", points.get(0));
        int checked = 0;
        for (String line : points) {
            if (!line.startsWith("adverse_events_per_1000_pd: top-down beats partnership,")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            double mean = sum.get(cells[1]) / 2;
            assertEquals(mean, Double.parseDouble(cells[3]), 1e-6 * Math.max(1, Math.abs(mean)), "point " + cells[1]);
            assertEquals(mean < 0, Boolean.parseBoolean(cells[2]), "point " + cells[1]);
            checked++;
        }
        assertEquals(6, checked, "every point classified");

        // Each strategy's cost-effectiveness against the first at each point: the mean of the paired differences.
        List<String> ce = Files.readAllLines(one.resolve("cost_effectiveness.csv"));
        List<String> ceColumns = List.of(ce.get(0).split(",", -1));
        assertEquals(List.of("point", "strategy", "baseline", "pairs", "incremental_cost"), ceColumns.subList(0, 5));
        assertEquals(1 + 6 * 2, ce.size(), "a row per point and strategy other than the baseline");
        int cost = header.indexOf("period_cost");
        int events = header.indexOf("period_adverse_events");
        Map<String, double[]> paired = new HashMap<>();
        for (String line : runs.subList(1, runs.size())) {
            String[] cells = line.split(",", -1);
            double sign = cells[strategy].equals("none") ? -1 : 1;
            for (String other : List.of("top-down", "partnership")) {
                if (cells[strategy].equals(other) || cells[strategy].equals("none")) {
                    double[] sums = paired.computeIfAbsent(cells[point] + "/" + other, k -> new double[2]);
                    sums[0] += sign * Double.parseDouble(cells[cost]);
                    sums[1] -= sign * Double.parseDouble(cells[events]);
                }
            }
        }
        for (String line : ce.subList(1, ce.size())) {
            String[] cells = line.split(",", -1);
            double[] sums = paired.get(cells[0] + "/" + cells[1]);
            double dc = sums[0] / 2;
            double de = sums[1] / 2;
            assertEquals(dc, Double.parseDouble(cells[ceColumns.indexOf("incremental_cost")]), 1e-6 * Math.abs(dc) + 1,
                    "point " + cells[0] + " " + cells[1]);
            assertEquals(de, Double.parseDouble(cells[ceColumns.indexOf("adverse_events_avoided")]),
                    1e-6 * Math.abs(de) + 1e-6, "point " + cells[0] + " " + cells[1]);
        }
        assertTrue(e.out().contains("top-down against none, over the 6 points: cheaper and better at "), e.out());
        String report = Files.readString(one.resolve("report.html"));
        assertTrue(report.contains("What each strategy costs, and what it buys, point by point")
                && report.contains("<li>top-down against none, over the 6 points: cheaper and better at "),
                "the report says each strategy's cost-effectiveness over the points");

        List<String> robust = Files.readAllLines(one.resolve("robustness.csv"));
        assertEquals("outcome,better,strategy,points,mean,worst,mean_regret,max_regret,wins,minimax_regret",
                robust.get(0));
        for (String outcome : List.of("adverse_events_per_1000_pd", "burnout_rate", "period_cost", "objective")) {
            assertEquals(3, robust.stream().filter(l -> l.startsWith(outcome + ",")).count(), outcome);
            assertEquals(1, robust.stream().filter(l -> l.startsWith(outcome + ",") && l.endsWith(",true")).count(),
                    "one minimax-regret strategy for " + outcome);
        }
        String html = Files.readString(one.resolve("report.html"));
        assertTrue(html.contains("Top-down beats partnership on adverse events"), "in words");
        assertTrue(html.contains("the minimax-regret strategy is"));
        assertTrue(Files.size(one.resolve("charts/policy-map.png")) > 10_000);
        assertTrue(Files.size(one.resolve("charts/robustness-objective.png")) > 10_000);

        // Killed after 24 runs: resumed, it ends with the same files.
        Path killed = tmp.resolve("killed");
        Files.createDirectories(killed);
        Files.copy(one.resolve("experiment.yaml"), killed.resolve("experiment.yaml"));
        Files.copy(one.resolve("design.csv"), killed.resolve("design.csv"));
        List<String> partial = new ArrayList<>(runs.subList(0, 25));
        Files.writeString(killed.resolve("runs.csv"), String.join("\n", partial) + "\n");
        Execution resumed = assertDone(ShortExample.sweep(experiment, killed, "--resume", "--threads", "1"));
        assertTrue(resumed.out().contains("36 runs; 12 run now, 24 already done"), resumed.out());
        Map<String, byte[]> expected = files(one);
        Map<String, byte[]> after = files(killed);
        assertEquals(expected.keySet(), after.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " after resume"));
    }

    @Test
    void aWrongDiscoveryExperimentExitsWithTwoNamingEachProblemWithItsLineAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "name: bad",
                "strategies: [top-down, partnership]",
                "parameters:",
                "  staffing.patientsPerNurse: {min: 4, max: 7}",
                "design: {type: lhs, samples: 4}",
                "analysis: discovery",
                "rules:",
                "  - {metric: adverse_events_per_1000_pd, strategy: top-down, beat: partnership}",
                "  - {metric: burnout_rat, strategy: top-down, beats: partnership}",
                "  - {metric: burnout_rate, strategy: top-down, beats: frontline}",
                "  - {metric: burnout_rate, strategy: partnership, beats: partnership}",
                "  - {metric: adoption_fraction, strategy: partnership, beats: top-down, better: more}",
                "objective: {adverse_events_per_1000_pd: 0, burnout_rte: -100}",
                ""));
        Path out = tmp.resolve("out");
        Execution e = groundswell("sweep", bad.toString(), "--out", out.toString());
        assertEquals(2, e.exitCode());
        String file = bad.toString();
        assertEquals(List.of(
                "error: " + file + ":8: rules[0].beat: unknown key; did you mean beats?",
                "error: " + file + ":8: rules[0]: needs beats: {metric: M, strategy: S, beats: T}: S beats T on M "
                        + "where the mean paired difference M under S minus M under T is below 0 (add better: higher "
                        + "for a metric where more is better)",
                "error: " + file + ":9: rules[1].metric = \"burnout_rat\": unknown metric; did you mean burnout_rate?",
                "error: " + file + ":10: rules[2].beats = \"frontline\": one of this experiment's strategies "
                        + "(top-down, partnership); add it to strategies",
                "error: " + file + ":11: rules[3].beats = \"partnership\": a strategy other than strategy "
                        + "(partnership): a strategy cannot beat itself",
                "error: " + file + ":12: rules[4].better = \"more\": lower (the default: less of the metric is "
                        + "better) or higher",
                "error: " + file + ":13: objective.adverse_events_per_1000_pd = 0: a weight: a number other than 0, "
                        + "negative when less of the metric is better",
                "error: " + file + ":13: objective.burnout_rte: unknown metric; did you mean burnout_rate?"),
                e.err().lines().toList());
        assertFalse(Files.exists(out), "nothing written");

        Files.writeString(bad, String.join("\n",
                "strategies: [top-down, partnership]",
                "parameters:",
                "  staffing.patientsPerNurse: {min: 4, max: 7}",
                "design: {type: lhs, samples: 4}",
                "analysis: discovery",
                "outcomes: [burnout_rate]",
                ""));
        Execution noRules = groundswell("sweep", bad.toString(), "--out", out.toString());
        assertEquals(2, noRules.exitCode());
        assertTrue(noRules.err().contains(file + ":6: outcomes: only a sensitivity analysis has outcomes"),
                noRules.err());
        assertTrue(noRules.err().contains(": rules: analysis: discovery needs rules: a list of rules"), noRules.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
