package org.groundswell.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.groundswell.experiments.cli.GroundswellCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code sweep} and {@code compare} with {@code --backend spark}, end to end through the command line: the
 * backend is found on the classpath, runs on Spark in this process ({@code local[2]}, from {@code --threads 2}),
 * and every file it writes is byte for byte the local backend's. The sweep is the bundled example shortened:
 * 5 days of warm-up, 15 days, 2 replications (12 points, 24 runs).
 */
class SparkCommandsTest {

    private static final String EXAMPLE = "/org/groundswell/experiments/examples/staffing-sweep.yaml";

    @TempDir
    Path tmp;

    private Path experiment;

    /** What a user would see: exit code, standard output, standard error. */
    record Execution(int exitCode, String out, String err) {
    }

    static Execution groundswell(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = GroundswellCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Execution(code, out.toString(), err.toString());
    }

    static Execution assertDone(Execution e) {
        assertEquals(0, e.exitCode(), () -> "exit code; stderr:\n" + e.err());
        return e;
    }

    @BeforeEach
    void shortenedExample() throws IOException {
        String text;
        try (InputStream in = SparkCommandsTest.class.getResourceAsStream(EXAMPLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("scenario: community-hospital", "scenario: short.yaml")
                .replace("replications: 3", "replications: 2")
                .replace("days: 365", "days: 15");
        assertTrue(text.contains("days: 15") && text.contains("short.yaml"), text);
        experiment = tmp.resolve("experiments").resolve("staffing-sweep.yaml");
        Files.createDirectories(experiment.getParent());
        Files.writeString(experiment, text);
        Files.writeString(experiment.resolveSibling("short.yaml"),
                "name: short\nextends: community-hospital\nwarmupDays: 5\n");
    }

    private Execution sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", experiment.toString(), "--out", out.toString(),
                "--threads", "2"));
        args.addAll(List.of(extra));
        return groundswell(args.toArray(String[]::new));
    }

    @Test
    void aSweepOnSparkWithTwoCoresWritesTheFilesOfTheLocalBackendByteForByte() throws IOException {
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        assertDone(sweep(local));
        Execution e = assertDone(sweep(spark, "--backend", "spark"));
        assertTrue(e.err().contains("= 24 runs, spark at local[2], 2 cores"), e.err());
        assertTrue(e.out().contains("staffing-sweep: 24 runs; 24 run now"), e.out());
        assertSameFiles(local, spark);
    }

    @Test
    void theSparkBackendIsFoundOnTheClasspathAndOtherNamesAreNot() {
        Execution unknown = sweep(tmp.resolve("ray"), "--backend", "ray");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("error: --backend ray: unknown backend; the backends are: local, spark\n"),
                unknown.err());
    }

    @Test
    void aSweepResumedOnSparkRunsOnlyTheMissingRunsAndEndsWithTheFilesOfOneThatRanThrough() throws IOException {
        Path straight = tmp.resolve("straight");
        assertDone(sweep(straight));

        // What a kill leaves: runs.csv with the rows that finished, unsorted, the last one cut short.
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
        partial.append(finished.get(10), 0, finished.get(10).length() / 2);
        Files.writeString(killed.resolve("runs.csv"), partial);

        Execution resumed = assertDone(sweep(killed, "--resume", "--backend", "spark"));
        assertTrue(resumed.out().contains("24 runs; 14 run now, 10 already done"), resumed.out());
        assertSameFiles(straight, killed);
    }

    @Test
    void aDiscoverySweepOnSparkFindsTheBoxesTheLocalBackendFindsByteForByte() throws IOException {
        Path discovery = experiment.resolveSibling("tiny-discovery.yaml");
        Files.writeString(discovery, """
                name: tiny-discovery
                scenario: short.yaml
                strategies: [none, top-down]
                replications: 2
                seed: 11
                days: 10
                parameters:
                  change.centralFit: {min: 0.3, max: 0.8}
                  culture.psychologicalSafety: {min: 0.2, max: 0.8}
                design: {type: lhs, samples: 4}
                analysis: discovery
                rules:
                  - {metric: adverse_events_per_1000_pd, strategy: top-down, beats: none}
                objective: {adverse_events_per_1000_pd: -1}
                """);
        Path local = tmp.resolve("discovery-local");
        Path spark = tmp.resolve("discovery-spark");
        for (Path out : List.of(local, spark)) {
            List<String> args = new ArrayList<>(List.of("sweep", discovery.toString(), "--out", out.toString(),
                    "--threads", "2"));
            if (out == spark) {
                args.addAll(List.of("--backend", "spark"));
            }
            Execution e = assertDone(groundswell(args.toArray(String[]::new)));
            assertTrue(e.out().contains("Scenario discovery:"), e.out());
        }
        assertTrue(Files.exists(spark.resolve("discovery.csv")) && Files.exists(spark.resolve("robustness.csv")));
        assertSameFiles(local, spark);
    }

    @Test
    void aComparisonOnSparkWritesTheFilesOfTheLocalBackendByteForByte() throws IOException {
        Path local = tmp.resolve("compare-local");
        Path spark = tmp.resolve("compare-spark");
        List<String> args = List.of("compare", "--replications", "3", "--days", "10", "--set", "warmupDays=5",
                "--seed", "9", "--threads", "2");
        List<String> onLocal = new ArrayList<>(args);
        onLocal.addAll(List.of("--out", local.toString()));
        assertDone(groundswell(onLocal.toArray(String[]::new)));
        List<String> onSpark = new ArrayList<>(args);
        onSpark.addAll(List.of("--out", spark.toString(), "--backend", "spark"));
        Execution e = assertDone(groundswell(onSpark.toArray(String[]::new)));
        assertTrue(e.err().contains("runs on spark at local[2]"), e.err());
        assertSameFiles(local, spark);
    }

    private static void assertSameFiles(Path expectedDir, Path actualDir) throws IOException {
        Map<String, byte[]> expected = files(expectedDir);
        Map<String, byte[]> actual = files(actualDir);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
