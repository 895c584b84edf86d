package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.groundswell.experiments.execution.Seeds;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code groundswell compare}, end to end, on short runs. */
class CompareCommandTest {

    private static final int REPLICATIONS = 3;
    private static final int DAYS = 15;

    @TempDir
    Path tmp;

    /** A short comparison of every strategy into {@code dir}. */
    static Execution shortCompare(Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of("compare", "--replications", Integer.toString(REPLICATIONS),
                "--days", Integer.toString(DAYS), "--set", "warmupDays=5", "--seed", "9", "--out", dir.toString()));
        args.addAll(List.of(extra));
        return groundswell(args.toArray(String[]::new));
    }

    static Execution assertDone(Execution e) {
        assertEquals(0, e.exitCode(), () -> "exit code; stderr:\n" + e.err());
        return e;
    }

    @Test
    void compareWritesRunsTimeseriesStatisticsReportAndCharts() throws IOException {
        Path dir = tmp.resolve("compare");
        Execution e = assertDone(shortCompare(dir));
        int strategies = Strategies.ids().size();
        List<String> metrics = Metrics.all().stream().map(Metric::name).toList();

        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals("strategy,replication,seed,run_id," + String.join(",", metrics) + ",error", runs.get(0));
        assertEquals(1 + strategies * REPLICATIONS, runs.size());
        List<String> timeseries = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertEquals("strategy,replication,day," + String.join(",", metrics), timeseries.get(0));
        assertEquals(1 + strategies * REPLICATIONS * DAYS, timeseries.size());
        assertTrue(timeseries.get(1).startsWith(Strategies.NONE + ",0,0,"), "the strategy period from day 0");
        List<String> comparison = Files.readAllLines(dir.resolve("comparison.csv"));
        assertEquals("strategy,metric,unit,n,mean,sd,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,diff_pct,"
                + "diff_pct_ci_low,diff_pct_ci_high,p_t,p_wilcoxon,effect_size,n_pairs", comparison.get(0));
        assertEquals(1 + strategies * metrics.size(), comparison.size());
        assertTrue(comparison.get(1).startsWith(Strategies.NONE + ",census,patients,3,"));
        assertTrue(comparison.get(1).endsWith(",,,,,,,,,,"), "no difference of the baseline from itself");
        assertEquals(1 + strategies * metrics.size() * DAYS,
                Files.readAllLines(dir.resolve("timeseries_mean.csv")).size());

        String report = Files.readString(dir.resolve("report.html"));
        assertTrue(report.contains("Groundswell comparison: community-hospital"));
        assertTrue(report.contains("<svg "), "charts embedded as SVG");
        assertTrue(report.contains("aria-label=\"Line chart of adverse events"), "with alternative text");
        assertTrue(report.contains("./groundswell compare --scenario community-hospital"), "how to reproduce it");
        assertFalse(java.util.regex.Pattern.compile("\\$[A-Za-z{!]").matcher(report).find(),
                "every template reference resolved");
        if (strategies == 1) {
            assertTrue(report.contains("Only one strategy was run"));
        } else {
            assertTrue(report.contains("After " + DAYS + " days, "));
        }
        try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
            List<String> names = charts.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains("timeseries-adverse_events_per_1000_pd.png"), names.toString());
            assertTrue(names.contains("timeseries-adverse_events_per_1000_pd.svg"), "the SVG beside the PNG");
            assertEquals(strategies > 1, names.contains("differences.png"));
            assertEquals(strategies > 1, names.contains("differences-felt.png"), "the outcomes patients and staff feel");
        }
        assertTrue(e.out().contains("Adverse events"), e.out());
        assertTrue(e.out().contains("Results in " + dir.toAbsolutePath()), e.out());
        assertTrue(e.err().contains("compare: " + (strategies * REPLICATIONS) + "/" + (strategies * REPLICATIONS)
                + " runs in"), "a plain progress line when not on a terminal: " + e.err());
    }

    @Test
    void everyFileIsByteIdenticalOnOneThreadAndOnTwo() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertDone(shortCompare(one, "--threads", "1"));
        assertDone(shortCompare(two, "--threads", "2"));
        Map<String, byte[]> a = files(one);
        Map<String, byte[]> b = files(two);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    }

    @Test
    void replicationRRunsOnTheSameSeedUnderEveryStrategy() throws IOException {
        Path dir = tmp.resolve("crn");
        assertDone(shortCompare(dir));
        List<String[]> rows = Files.readAllLines(dir.resolve("runs.csv")).stream().skip(1).map(l -> l.split(","))
                .toList();
        Map<String, List<String>> seedsByReplication = rows.stream().collect(Collectors.groupingBy(r -> r[1],
                TreeMap::new, Collectors.mapping(r -> r[2], Collectors.toList())));
        assertEquals(REPLICATIONS, seedsByReplication.size());
        seedsByReplication.forEach((r, seeds) -> {
            assertEquals(Strategies.ids().size(), seeds.size());
            seeds.forEach(s -> assertEquals(Long.toString(Seeds.replication(9, Integer.parseInt(r))), s));
        });
    }

    @Test
    void aComparedRunIsTheSameRunGroundswellRunGivesOnItsSeed() throws IOException {
        Path dir = tmp.resolve("compare");
        assertDone(shortCompare(dir));
        String[] first = Files.readAllLines(dir.resolve("runs.csv")).get(1).split(",", -1);
        long seed = Long.parseLong(first[2]);
        Path alone = tmp.resolve("alone");
        assertDone(groundswell("run", "--days", Integer.toString(DAYS), "--set", "warmupDays=5", "--seed",
                Long.toString(seed), "--out", alone.toString()));

        JsonNode summary = new ObjectMapper().readTree(alone.resolve("summary.json").toFile()).get("metrics");
        List<Metric> metrics = Metrics.all();
        for (int m = 0; m < metrics.size(); m++) {
            JsonNode value = summary.get(metrics.get(m).name()).get("value");
            assertEquals(value.isNull() ? "" : value.asText(), first[4 + m], metrics.get(m).name());
        }
        List<String> separate = Files.readAllLines(alone.resolve("timeseries.csv")).stream()
                .filter(l -> !l.startsWith("-") && !l.startsWith("day")).toList();
        List<String> branched = Files.readAllLines(dir.resolve("timeseries.csv")).stream().skip(1)
                .filter(l -> l.startsWith(Strategies.NONE + ",0,"))
                .map(l -> l.substring((Strategies.NONE + ",0,").length())).toList();
        assertEquals(separate, branched, "the strategy period's days, warmed up once and branched");
    }

    @Test
    void compareHelpSaysWhatItWritesAndEveryDefault() {
        Execution e = groundswell("compare", "--help");
        assertEquals(0, e.exitCode());
        String help = e.out().replaceAll("\\s+", " ");
        assertFalse(e.err().contains("WARN"), e.err());
        for (String expected : List.of("--replications", "Default: 30", "--scenario", "Default: community-hospital",
                "--baseline", "Default: none", "--threads", "every core", "--strategies", "every bundled strategy",
                "--seed", "--days", "--set", "--out", "results/compare-<scenario>", "--force", "report.html",
                "comparison.csv", "runs.csv", "timeseries.csv", "charts/*.svg, *.png", "metadata.json",
                "cost_effectiveness.csv", "docs/data.md", "Exit codes:")) {
            assertTrue(help.contains(expected), () -> "help should mention " + expected + ":\n" + e.out());
        }
        assertTrue(groundswell("--help").out().contains("compare"));
    }

    @Test
    void badOptionsExitWithTwoAndSayWhatIsAllowed() {
        Execution unknown = shortCompare(tmp.resolve("x"), "--strategies", "none,fronline");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("error: --strategies fronline: unknown strategy; did you mean frontline? "
                + "The strategies are: " + String.join(", ", Strategies.ids())), unknown.err());
        Execution hyphen = shortCompare(tmp.resolve("x"), "--strategies", "topdown");
        assertTrue(hyphen.err().startsWith("error: --strategies topdown: unknown strategy; did you mean top-down?"),
                hyphen.err());
        Execution far = shortCompare(tmp.resolve("x"), "--strategies", "sideways");
        assertTrue(far.err().startsWith("error: --strategies sideways: unknown strategy; the strategies are: "),
                far.err());

        Execution zero = groundswell("compare", "--replications", "0", "--out", tmp.resolve("x").toString());
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().startsWith("error: --replications 0: a whole number from 1 to 10000"), zero.err());

        Execution set = shortCompare(tmp.resolve("x"), "--set", "staffing.patientsPerNurse=40");
        assertEquals(2, set.exitCode());
        assertTrue(set.err().startsWith("error: --set: staffing.patientsPerNurse = 40: a number from 1 to 12"),
                set.err());
        assertFalse(Files.exists(tmp.resolve("x")), "nothing written");
    }

    @Test
    void anExistingOutputDirectoryIsReplacedOnlyWithForce() throws IOException {
        Path dir = tmp.resolve("taken");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Execution refused = shortCompare(dir);
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("already exists and is not empty: pass --force"), refused.err());
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
        assertDone(shortCompare(dir, "--force"));
        assertFalse(Files.exists(dir.resolve("keep.txt")));
        assertTrue(Files.exists(dir.resolve("report.html")));
    }

    /** Every file under {@code dir}, by relative path. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
