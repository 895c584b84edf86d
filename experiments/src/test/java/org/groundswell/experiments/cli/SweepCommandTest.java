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
import java.util.stream.Stream;

import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groundswell sweep}, end to end, on the bundled example experiment shortened: a scenario file next to
 * it with a 5-day warm-up, 15 days, 2 replications (12 points, 24 runs).
 */
class SweepCommandTest {

    private static final String EXAMPLE = "/org/groundswell/experiments/examples/staffing-sweep.yaml";

    @TempDir
    Path tmp;

    private Path experiment;

    @BeforeEach
    void shortenedExample() throws IOException {
        experiment = ShortExample.write(EXAMPLE, tmp.resolve("experiments"), 5, "replications: 3", "replications: 2",
                "days: 365", "days: 15");
    }

    private Execution sweep(Path out, String... extra) {
        return ShortExample.sweep(experiment, out, extra);
    }

    @Test
    void theExampleSweepWritesItsDesignEveryRunSortedByIdAndCharts() throws IOException {
        Path out = tmp.resolve("sweep");
        Execution e = assertDone(sweep(out));

        List<String> design = Files.readAllLines(out.resolve("design.csv"));
        assertEquals("point,same_as,staffing.patientsPerNurse,workforce.initialVacancyRate", design.get(0));
        assertEquals(1 + 4 * 3, design.size());
        assertEquals(List.of("0,,4,0.05", "1,,4,0.1", "2,,4,0.2", "3,,5,0.05"), design.subList(1, 5));

        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(runs.get(0).startsWith("run_id,point,strategy,replication,seed,staffing.patientsPerNurse,"
                + "workforce.initialVacancyRate,census,"), runs.get(0));
        assertTrue(runs.get(0).endsWith(",error"));
        assertEquals(1 + 24, runs.size());
        List<String> ids = runs.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        List<String> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        assertEquals(sorted, ids, "sorted by run_id");
        assertEquals(24, ids.stream().distinct().count());
        assertTrue(runs.stream().skip(1).allMatch(l -> l.endsWith(",")), "no run failed");

        assertEquals(Files.readString(experiment), Files.readString(out.resolve("experiment.yaml")));
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            List<String> names = charts.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(4 * 3, names.size(), "4 metrics: against each of 2 parameters, and a heat map");
            assertTrue(names.contains("burnout_rate-vs-staffing.patientsPerNurse.png"), names.toString());
            assertTrue(names.contains("heatmap-burnout_rate.png"), names.toString());
        }
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertEquals("point,strategy,staffing.patientsPerNurse,workforce.initialVacancyRate,metric,n,mean,sd,"
                + "ci_low,ci_high", points.get(0));
        assertEquals(1 + 12 * org.groundswell.model.metrics.Metrics.all().size(), points.size(),
                "a row per point and metric");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h1>Sweep: staffing-sweep</h1>") && html.contains("points.csv"), html);
        assertTrue(html.contains("<h3>Burnout, frontline staff <span class=\"unit\">(share 0-1)</span></h3>"));
        assertTrue(e.out().contains("points.csv, report.html"), e.out());
        assertTrue(e.out().contains("staffing-sweep: 24 runs; 24 run now"), e.out());
        assertTrue(e.err().contains("12 points × 1 strategy × 2 replications = 24 runs"), e.err());
    }

    @Test
    void everyFileIsByteIdenticalOnOneThreadAndOnTwo() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertDone(sweep(one, "--threads", "1"));
        assertDone(sweep(two, "--threads", "2"));
        Map<String, byte[]> a = files(one);
        Map<String, byte[]> b = files(two);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    }

    @Test
    void aSweepKilledHalfwayAndResumedEndsWithTheFilesOfOneThatRanThrough() throws IOException {
        Path straight = tmp.resolve("straight");
        assertDone(sweep(straight));

        // What a kill leaves: the directory without charts, and runs.csv holding the rows that finished, in the
        // order they finished (not sorted), the last one cut short.
        Path killed = tmp.resolve("killed");
        Files.createDirectories(killed);
        Files.copy(straight.resolve("experiment.yaml"), killed.resolve("experiment.yaml"));
        Files.copy(straight.resolve("design.csv"), killed.resolve("design.csv"));
        List<String> lines = Files.readAllLines(straight.resolve("runs.csv"));
        List<String> finished = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(finished);
        StringBuilder partial = new StringBuilder(lines.get(0)).append('\n');
        for (String row : finished.subList(0, 10)) {
            partial.append(row).append('\n');
        }
        String cut = finished.get(10);
        partial.append(cut, 0, cut.length() / 2);
        Files.writeString(killed.resolve("runs.csv"), partial);

        Execution resumed = assertDone(sweep(killed, "--resume"));
        assertTrue(resumed.out().contains("24 runs; 14 run now, 10 already done"), resumed.out());
        Map<String, byte[]> expected = files(straight);
        Map<String, byte[]> actual = files(killed);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));

        Execution again = assertDone(sweep(killed, "--resume"));
        assertTrue(again.out().contains("24 runs; 0 run now, 24 already done"), again.out());
        assertArrayEquals(expected.get("runs.csv"), Files.readAllBytes(killed.resolve("runs.csv")));
    }

    @Test
    void resumingRefusesWhatIsNotThisExperimentsSweep() throws IOException {
        Execution nothing = sweep(tmp.resolve("none"), "--resume");
        assertEquals(2, nothing.exitCode());
        assertTrue(nothing.err().startsWith("error: nothing to resume in "), nothing.err());

        Path out = tmp.resolve("sweep");
        assertDone(sweep(out));
        Files.writeString(experiment, Files.readString(experiment).replace("seed: 42", "seed: 43"));
        Execution changed = sweep(out, "--resume");
        assertEquals(2, changed.exitCode());
        assertTrue(changed.err().contains("runs.csv holds 24 runs this experiment does not plan"), changed.err());

        Execution both = sweep(out, "--resume", "--force");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().startsWith("error: --resume and --force: choose one"), both.err());

        Execution taken = sweep(out);
        assertEquals(2, taken.exitCode());
        assertTrue(taken.err().contains("already exists and is not empty: pass --force"), taken.err());
    }

    @Test
    void anInvalidExperimentFileExitsWithTwoNamingEveryProblemWithItsLineAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "name: bad",
                "replications: 0",
                "parameters:",
                "  staffing.patientsPerNurs: {min: 4, max: 7}",
                "  staffing.patientsPerNurse: {min: 4, max: 40}",
                "  workforce.initialVacancyRate: {values: [0.1, 2]}",
                "  units.icu.beds: {min: 2.5, max: 9}",
                "  staffing: {min: 1, max: 2}",
                "design: {type: lhs, samples: 10, levels: 3}",
                "metrics: [burnout_rat]",
                "colour: blue",
                ""));
        Path out = tmp.resolve("out");
        Execution e = groundswell("sweep", bad.toString(), "--out", out.toString());
        assertEquals(2, e.exitCode());
        String file = bad.toString();
        assertEquals(List.of(
                "error: " + file + ":2: replications = 0: a whole number from 1 to 100000",
                "error: " + file + ":4: parameters.staffing.patientsPerNurs: unknown parameter; did you mean "
                        + "staffing.patientsPerNurse?",
                "error: " + file + ":5: parameters.staffing.patientsPerNurse.max = 40: a number from 1 to 12",
                "error: " + file + ":6: parameters.workforce.initialVacancyRate.values[1] = 2: a number from 0 to 0.6",
                "error: " + file + ":7: parameters.units.icu.beds.min = 2.5: a whole number: units.icu.beds takes "
                        + "whole numbers",
                "error: " + file + ":8: parameters.staffing: is a group of parameters, not one; sweep one of its "
                        + "fields, such as staffing.patientsPerNurse, staffing.patientsPerAssistant, "
                        + "staffing.patientsPerPharmacist",
                "error: " + file + ":9: design.levels: design type lhs takes samples, not levels",
                "error: " + file + ":10: metrics[0] = \"burnout_rat\": unknown metric; did you mean burnout_rate?",
                "error: " + file + ":11: colour: unknown field; allowed here: name, description, scenario, "
                        + "strategies, replications, seed, days, parameters, design, metrics, analysis, outcomes, rules, "
                        + "objective"),
                e.err().lines().toList());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void theSparkBackendIsNamedButNotAvailableInThisBuild() {
        Execution e = sweep(tmp.resolve("spark"), "--backend", "spark");
        assertEquals(2, e.exitCode());
        assertTrue(e.err().startsWith("error: --backend spark: not available in this build"), e.err());
        assertTrue(e.err().contains("spark/target/groundswell-spark.jar, which runs under spark-submit"), e.err());
        Execution compare = groundswell("compare", "--backend", "spark", "--out", tmp.resolve("c").toString());
        assertEquals(2, compare.exitCode());
        assertTrue(compare.err().startsWith("error: --backend spark: not available in this build"), compare.err());
        Execution unknown = sweep(tmp.resolve("x"), "--backend", "ray");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("error: --backend ray: unknown backend; the backends are: local, spark"),
                unknown.err());
    }

    @Test
    void sweepHelpSaysWhatItWritesAndEveryDefault() {
        Execution e = groundswell("sweep", "--help");
        assertEquals(0, e.exitCode());
        String help = e.out().replaceAll("\\s+", " ");
        for (String expected : List.of("EXPERIMENT", "docs/experiments.md", "--out", "results/sweep-<experiment name>",
                "--threads", "every core", "--resume", "Default: false", "--backend", "Default: local", "spark",
                "--force", "design.csv", "runs.csv", "sorted by run_id", "metadata.json", "points.csv", "report.html",
                "charts/*.png", "docs/data.md", "Exit codes:")) {
            assertTrue(help.contains(expected), () -> "help should mention " + expected + ":\n" + e.out());
        }
        assertFalse(e.err().contains("WARN"), e.err());
    }
}
