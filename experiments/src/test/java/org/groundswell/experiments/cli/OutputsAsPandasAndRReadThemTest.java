package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.CompareCommandTest.assertDone;
import static org.groundswell.experiments.cli.CompareCommandTest.shortCompare;
import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.groundswell.experiments.output.Version;
import org.groundswell.experiments.output.VersionTest;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a small {@code run}, {@code compare} and {@code sweep} (plain, Morris and scenario discovery)
 * write, parsed as pandas' {@code read_csv}, R's readr and data.table read them, and as docs/data.md promises:
 * RFC 4180 records, one type per column, missing values as empty cells only, numbers with a decimal point in any
 * locale, seeds that survive a double, and JSON that a strict parser reads. The CSV parser here is written from RFC 4180, not the writer's library,
 * so that it cannot share the writer's mistakes.
 */
class OutputsAsPandasAndRReadThemTest {

    /**
     * The columns that hold text (docs/data.md lists them); every other column of every file is numeric. A
     * sweep's parameter columns are numeric for numeric parameters, as here.
     */
    static final Set<String> TEXT_COLUMNS = Set.of("strategy", "run_id", "error", "metric", "unit", "baseline",
            "dominance", "unit_path", "outcome", "parameter", "method", "statistic", "rule", "better");

    /** Columns of whole numbers. */
    static final Set<String> INTEGER_COLUMNS = Set.of("replication", "seed", "day", "point", "same_as", "n",
            "n_pairs", "pairs", "patient_id", "readmission", "high_acuity", "adverse_events",
            "serious_adverse_events", "died_in_hospital", "died_30d", "readmitted_30d");

    /** Columns of {@code true} and {@code false}, which pandas, readr and data.table all read as logical. */
    static final Set<String> BOOLEAN_COLUMNS = Set.of("holds", "minimax_regret");

    /**
     * What pandas (its default {@code na_values}), readr, data.table or read.csv would take for a missing value, and
     * spellings of infinity some of them read as text: none may appear (the strategy {@code none} is not among
     * them: no reader takes it for missing).
     */
    static final Set<String> NA_TOKENS = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN",
            "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null", "NA_real_",
            "Infinity", "-Infinity", "inf", "-inf");

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern NUMBER = Pattern.compile(
            "-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?(e[+-][0-9]{2,3})?|-?[1-9](\\.[0-9]*[1-9])?e[+-][0-9]{2,3}|-?Inf");
    private static final long TWO_TO_53 = 1L << 53;

    @TempDir
    static Path tmp;

    private static Path run;
    private static Path compare;
    private static Path sweep;
    private static Path morris;
    private static Path discovery;

    @BeforeAll
    static void writeTheOutputs() throws IOException {
        run = tmp.resolve("run");
        assertDone(groundswell("run", "--days", "20", "--set", "warmupDays=5", "--seed", "4", "--patients",
                "--out", run.toString()));
        compare = tmp.resolve("compare");
        assertDone(shortCompare(compare));
        Path experiment = ShortExample.write("/org/groundswell/experiments/examples/staffing-sweep.yaml",
                tmp.resolve("experiments"), 5, "replications: 3", "replications: 2", "days: 365", "days: 15");
        sweep = tmp.resolve("sweep");
        assertDone(ShortExample.sweep(experiment, sweep));
        Path sensitivity = ShortExample.write("/org/groundswell/experiments/examples/verdict-morris.yaml",
                tmp.resolve("morris-experiment"), 5, "trajectories: 10 ", "trajectories: 2 ", "days: 365", "days: 30");
        morris = tmp.resolve("morris");
        assertDone(ShortExample.sweep(sensitivity, morris));
        Path rules = ShortExample.write("/org/groundswell/experiments/examples/where-top-down-wins.yaml",
                tmp.resolve("discovery-experiment"), 5, "samples: 48", "samples: 6", "replications: 3 ",
                "replications: 2 ", "days: {min: 90, max: 365}", "days: {min: 20, max: 40}");
        discovery = tmp.resolve("discovery");
        assertDone(ShortExample.sweep(rules, discovery));
    }

    static List<Path> csvFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(run, compare, sweep, morris, discovery)) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyOutputIsThere() throws IOException {
        List<String> names = csvFiles().stream().map(f -> f.getParent().getFileName() + "/" + f.getFileName())
                .toList();
        assertEquals(List.of("run/patients.csv", "run/timeseries.csv", "run/units.csv", "compare/comparison.csv",
                "compare/cost_effectiveness.csv", "compare/cost_effectiveness_acceptability.csv", "compare/runs.csv",
                "compare/timeseries.csv", "compare/timeseries_mean.csv", "sweep/design.csv", "sweep/points.csv",
                "sweep/runs.csv", "morris/design.csv", "morris/points.csv", "morris/runs.csv",
                "morris/sensitivity.csv", "discovery/cost_effectiveness.csv", "discovery/design.csv", "discovery/discovery.csv",
                "discovery/discovery_points.csv", "discovery/points.csv", "discovery/robustness.csv",
                "discovery/runs.csv"), names, "the files docs/data.md shows how to load, each checked below");
    }

    @Test
    void everyCsvIsRfc4180WithOneTypePerColumnAndMissingValuesEmpty() throws IOException {
        for (Path file : csvFiles()) {
            String where = tmp.relativize(file).toString();
            List<Record> records = parse(Files.readAllBytes(file), where);
            List<String> header = records.get(0).cells();
            assertEquals(header.size(), new HashSet<>(header).size(), where + ": column names are unique");
            assertTrue(records.size() > 1, where + ": has rows");
            Map<String, String> types = new TreeMap<>();
            for (int c = 0; c < header.size(); c++) {
                String column = header.get(c);
                assertTrue(column.matches("[a-z][A-Za-z0-9_.-]*"), where + ": column name " + column);
                boolean text = TEXT_COLUMNS.contains(column);
                boolean logical = BOOLEAN_COLUMNS.contains(column);
                boolean integer = INTEGER_COLUMNS.contains(column);
                int filled = 0;
                for (Record r : records.subList(1, records.size())) {
                    assertEquals(header.size(), r.cells().size(),
                            where + ":" + r.line() + ": as many cells as columns");
                    String cell = r.cells().get(c);
                    String at = where + ":" + r.line() + ": " + column + " = \"" + cell + "\"";
                    if (cell.isEmpty()) {
                        assertFalse(r.quoted().get(c), at + ": a missing value is a bare empty cell");
                        continue;
                    }
                    assertFalse(NA_TOKENS.contains(cell), at + ": a missing value is an empty cell, nothing else");
                    assertEquals(cell.strip(), cell, at + ": no padding (readr trims it, pandas keeps it)");
                    filled++;
                    if (text) {
                        continue;
                    }
                    if (logical) {
                        assertTrue(cell.equals("true") || cell.equals("false"), at + ": true or false");
                        continue;
                    }
                    assertFalse(r.quoted().get(c), at + ": a number is never quoted");
                    assertTrue(NUMBER.matcher(cell).matches(), at + ": a number with a decimal point, as every "
                            + "reader reads it in any locale");
                    if (integer) {
                        assertTrue(INTEGER.matcher(cell).matches(), at + ": a whole number");
                    }
                    if (column.equals("seed")) {
                        long seed = Long.parseLong(cell);
                        assertTrue(seed >= 0 && seed < TWO_TO_53, at + ": below 2^53");
                        assertEquals(seed, (long) (double) seed, at + ": survives a double");
                    }
                    if (column.equals("run_id")) {
                        assertTrue(cell.matches("[0-9a-f]{16}"), at + ": 16 hex digits");
                    }
                }
                types.put(column, text ? "text" : logical ? "logical" : integer ? "integer" : "number");
                if (column.equals("strategy") || column.equals("seed") || column.equals("metric")) {
                    assertTrue(filled == records.size() - 1, where + ": every row has its " + column);
                }
            }
            assertTrue(types.containsValue("number"), where + ": " + types);
        }
    }

    @Test
    void theParserHereRejectsWhatTheReadersWouldMisread() {
        assertBadCsv("a,b\n1,2", "no line end after the last record");
        assertBadCsv("a,b\r\n1,2\r\n", "CR");
        assertBadCsv("a,b\n1,\"2\"x\n", "text after a closing quote");
        assertBadCsv("a,b\n1,2\"3\n", "a quote inside an unquoted cell");
        assertBadCsv("\uFEFFa,b\n1,2\n", "a byte-order mark");
        List<Record> ok = parse("a,b\n\"x, \"\"y\"\"\",\n".getBytes(StandardCharsets.UTF_8), "t");
        assertEquals(List.of("x, \"y\"", ""), ok.get(1).cells());
        assertEquals(List.of(true, false), ok.get(1).quoted());
        assertFalse(NUMBER.matcher("1,5").matches(), "a decimal comma is no number");
        assertFalse(NUMBER.matcher("1.50").matches(), "trailing zeros are dropped");
        assertTrue(NUMBER.matcher("2.4638486e-22").matches() && NUMBER.matcher("-Inf").matches());
    }

    @Test
    void everyJsonIsStrictJsonWithTheBuildAndSeedsBelowTwoToThe53() throws IOException {
        ObjectMapper strict = new ObjectMapper();
        for (Path file : List.of(run.resolve("summary.json"), compare.resolve("metadata.json"),
                sweep.resolve("metadata.json"), morris.resolve("metadata.json"), discovery.resolve("metadata.json"))) {
            String where = tmp.relativize(file).toString();
            JsonNode json = strict.readTree(Files.readString(file, StandardCharsets.UTF_8));
            VersionTest.assertWellFormedBuild(json, where);
            assertTrue(json.path("seed").isIntegralNumber(), where + ": the seed is a number");
            assertTrue(json.path("seed").asLong() < TWO_TO_53, where + ": seed below 2^53");
            assertTrue(json.path("reproduce").asText().startsWith("./groundswell "), where + ": reproduce");
        }
        List<String> metricColumns = Metrics.all().stream().map(Metric::name).toList();
        for (Path dir : List.of(compare, sweep, morris, discovery)) {
            JsonNode meta = strict.readTree(Files.readString(dir.resolve("metadata.json")));
            List<String> described = new ArrayList<>();
            meta.path("metrics").fieldNames().forEachRemaining(described::add);
            assertEquals(metricColumns, described, dir.getFileName() + ": every metric column described");
            String header = Files.readAllLines(dir.resolve("runs.csv")).get(0);
            assertTrue(header.contains("," + String.join(",", metricColumns) + ",error"), header);
            assertEquals("", meta.path("csv").path("missing").asText());
            assertEquals("Inf", meta.path("csv").path("infinity").asText());
        }
        JsonNode summary = strict.readTree(Files.readString(run.resolve("summary.json")));
        summary.path("metrics").fields().forEachRemaining(m -> {
            JsonNode value = m.getValue().path("value");
            assertTrue(value.isNumber() || value.isNull(), "summary.json " + m.getKey() + ": a number or null");
        });
    }

    @Test
    void theReportsOfCompareAndSweepNameTheCommitTheyWereMadeWith() throws IOException {
        for (Path dir : List.of(compare, sweep, morris, discovery)) {
            String html = Files.readString(dir.resolve("report.html"));
            assertTrue(html.contains("version " + Version.described()), dir.getFileName() + ": " + Version.described());
            assertTrue(html.contains("commit " + Version.commit()), dir.getFileName() + " names the commit");
        }
    }

    /** One record: its cells, whether each was quoted, and the line it starts on. */
    record Record(int line, List<String> cells, List<Boolean> quoted) {
    }

    /**
     * Parses RFC 4180 strictly, as Groundswell writes it: UTF-8 without a byte-order mark, records ended by
     * {@code \n} (the RFC's CRLF is accepted by every reader; a bare CR by none of them alike), fields either
     * free of quotes, commas and line ends, or quoted with quotes doubled.
     */
    static List<Record> parse(byte[] bytes, String where) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(where + ": not UTF-8", e);
        }
        check(!text.startsWith("\uFEFF"), where + ": no byte-order mark");
        check(text.endsWith("\n"), where + ": the last record ends with a line end");
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int start = 1;
        int i = 0;
        while (i < text.length()) {
            boolean isQuoted = text.charAt(i) == '"';
            cell.setLength(0);
            if (isQuoted) {
                i++;
                while (true) {
                    check(i < text.length(), where + ":" + start + ": a quoted cell is closed");
                    char ch = text.charAt(i);
                    if (ch == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    check(ch != '\r', where + ":" + line + ": no CR");
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                    i++;
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                    char ch = text.charAt(i);
                    check(ch != '"', where + ":" + line + ": a quote only in a quoted cell");
                    check(ch != '\r', where + ":" + line + ": no CR");
                    cell.append(ch);
                    i++;
                }
            }
            cells.add(cell.toString());
            quoted.add(isQuoted);
            check(i < text.length(), where + ":" + line + ": the record ends with a line end");
            char after = text.charAt(i);
            check(after == ',' || after == '\n', where + ":" + line + ": a cell ends with a comma or a line end, not "
                    + after);
            i++;
            if (after == '\n') {
                records.add(new Record(start, List.copyOf(cells), List.copyOf(quoted)));
                cells.clear();
                quoted.clear();
                line++;
                start = line;
            }
        }
        return records;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void assertBadCsv(String text, String what) {
        try {
            parse(text.getBytes(StandardCharsets.UTF_8), "t");
        } catch (AssertionError expected) {
            return;
        }
        fail("the parser accepted " + what);
    }
}
