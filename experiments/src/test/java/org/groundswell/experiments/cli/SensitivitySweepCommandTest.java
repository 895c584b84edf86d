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
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groundswell sweep} with a sensitivity analysis, end to end, on the bundled Morris example shortened: a
 * 30-day warm-up, 120 days, 2 trajectories (12 points) × 2 strategies × 2 replications = 48 runs, one charted
 * metric.
 */
class SensitivitySweepCommandTest {

    private static final String EXAMPLE = "/org/groundswell/experiments/examples/verdict-morris.yaml";

    private static final List<String> OUTCOMES = List.of(
            "adverse_events_per_1000_pd[partnership - top-down]", "burnout_rate[partnership - top-down]",
            "cost_per_patient_day[partnership - top-down]", "adverse_events_per_1000_pd[partnership]");

    @TempDir
    Path tmp;

    private Path experiment;

    @BeforeEach
    void shortenedExample() throws IOException {
        experiment = ShortExample.write(EXAMPLE, tmp.resolve("experiments"), 30, "trajectories: 10 ", "trajectories: 2 ",
                "days: 365", "days: 120");
        String text = Files.readString(experiment);
        Files.writeString(experiment,
                text.substring(0, text.indexOf("\nmetrics:")) + "\nmetrics: [adverse_events_per_1000_pd]\n");
    }

    private Execution sweep(Path out, String... extra) {
        return ShortExample.sweep(experiment, out, extra);
    }

    @Test
    void theVerdictExampleRanksTheParametersOfEachOutcomeTheSameOnOneThreadOnTwoAndAfterAResume()
            throws IOException {
        Path one = tmp.resolve("one");
        Execution e = assertDone(sweep(one, "--threads", "1"));
        assertTrue(e.err().contains("12 points × 2 strategies × 2 replications = 48 runs"), e.err());
        assertTrue(e.out().contains("Sensitivity (morris), most influential first:\n  " + OUTCOMES.get(0)
                + " by mu*: "), e.out());

        List<String> csv = Files.readAllLines(one.resolve("sensitivity.csv"));
        assertEquals("outcome,parameter,method,statistic,value,ci_low,ci_high", csv.get(0));
        assertEquals(OUTCOMES, csv.stream().skip(1).map(l -> l.substring(0, l.indexOf("],") + 1)).distinct().toList());
        assertEquals(1 + OUTCOMES.size() * (5 * 4 + 10) + 3, csv.size(), "the header; per outcome: 5 parameters × "
                + "(rank, mu, mu_star, sigma), points, mean, sd, min, max, replications, within_point_sd, noise_sd, "
                + "noise_share, noise_floor; share_above_zero for the 3 contrasts");
        assertTrue(csv.contains(OUTCOMES.get(0) + ",,replications,replications,2,,"), csv.toString());
        for (String parameter : List.of("staffing.patientsPerNurse", "coordination.initialRc",
                "culture.psychologicalSafety", "leadership.blameResponse", "change.successRate")) {
            assertTrue(csv.stream().anyMatch(l -> l.startsWith(OUTCOMES.get(0) + "," + parameter + ",morris,mu_star,")),
                    parameter);
        }
        String html = Files.readString(one.resolve("report.html"));
        // The ranking in words: which of the two sentences holds depends on the model's noise in 48 short runs.
        assertTrue(html.contains("matters most for adverse events: partnership &minus; top-down")
                || html.contains("No parameter stands out for adverse events: partnership &minus; top-down: all are "
                        + "within replication noise."), "in words");
        assertTrue(html.contains("Morris screening: 2 trajectories through a grid of 4 levels per parameter"));
        for (String chart : List.of("morris-adverse_events_per_1000_pd-partnership-minus-top-down.png",
                "morris-burnout_rate-partnership-minus-top-down.png",
                "morris-cost_per_patient_day-partnership-minus-top-down.png",
                "morris-adverse_events_per_1000_pd-partnership.png")) {
            assertTrue(Files.size(one.resolve("charts").resolve(chart)) > 10_000, chart);
        }

        Path two = tmp.resolve("two");
        assertDone(sweep(two, "--threads", "2"));
        Map<String, byte[]> expected = files(one);
        Map<String, byte[]> onTwo = files(two);
        assertEquals(expected.keySet(), onTwo.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, onTwo.get(name), name + " on two threads"));

        // Killed halfway: the directory without the analysis, and runs.csv holding the runs that finished, in the
        // order they finished, the last one cut short.
        Path killed = tmp.resolve("killed");
        Files.createDirectories(killed);
        Files.copy(one.resolve("experiment.yaml"), killed.resolve("experiment.yaml"));
        Files.copy(one.resolve("design.csv"), killed.resolve("design.csv"));
        List<String> lines = Files.readAllLines(one.resolve("runs.csv"));
        List<String> finished = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(finished);
        StringBuilder partial = new StringBuilder(lines.get(0)).append('\n');
        for (String row : finished.subList(0, 30)) {
            partial.append(row).append('\n');
        }
        partial.append(finished.get(30), 0, 40);
        Files.writeString(killed.resolve("runs.csv"), partial);
        Execution resumed = assertDone(sweep(killed, "--resume", "--threads", "2"));
        assertTrue(resumed.out().contains("48 runs; 18 run now, 30 already done"), resumed.out());
        Map<String, byte[]> afterResume = files(killed);
        assertEquals(expected.keySet(), afterResume.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, afterResume.get(name), name + " after resume"));
    }

    @Test
    void aWrongSensitivityExperimentExitsWithTwoNamingEachProblemWithItsLineAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "name: bad",
                "strategies: [top-down, partnership]",
                "parameters:",
                "  staffing.patientsPerNurse: {min: 4, max: 7}",
                "design: {type: morris, trajectories: 1, levels: 3}",
                "outcomes:",
                "  - {metric: adverse_events_per_1000_pd, strategy: partnership, minus: frontline}",
                "  - {metric: burnout_rat, strategy: partnership}",
                "  - {metric: cost_per_patient_day, minus: top-down}",
                "  - {metric: burnout_rate, strategy: partnership, minus: partnership}",
                "  - {metric: burnout_rate, strategy: partnership, versus: none}",
                ""));
        Path out = tmp.resolve("out");
        Execution e = groundswell("sweep", bad.toString(), "--out", out.toString());
        assertEquals(2, e.exitCode());
        String file = bad.toString();
        assertEquals(List.of(
                "error: " + file + ":5: design.trajectories = 1: a whole number from 2 to 1000000",
                "error: " + file + ":5: design.levels = 3: an even whole number from 2 to 100 (Morris 1991; 4 is "
                        + "usual)",
                "error: " + file + ":7: outcomes[0].minus = \"frontline\": one of this experiment's strategies "
                        + "(top-down, partnership); add it to strategies",
                "error: " + file + ":8: outcomes[1].metric = \"burnout_rat\": unknown metric; did you mean "
                        + "burnout_rate?",
                "error: " + file + ":9: outcomes[2].minus = \"top-down\": needs strategy too: {metric: M, strategy: S, "
                        + "minus: T} is M under S minus M under T",
                "error: " + file + ":10: outcomes[3].minus = \"partnership\": a strategy other than strategy "
                        + "(partnership): the difference of a strategy from itself is 0",
                "error: " + file + ":11: outcomes[4].versus: unknown key; allowed here: metric, strategy, minus"),
                e.err().lines().toList());
        assertFalse(Files.exists(out), "nothing written");
    }
}
