package org.groundswell.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ScenarioLibrary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunCommandTest {

    private static final int WARMUP = 5;
    private static final int DAYS = 20;

    @TempDir
    Path tmp;

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

    /** A short run of the default scenario into {@code dir}, with extra arguments. */
    static Execution shortRun(Path dir, long seed, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--days", Integer.toString(DAYS), "--seed",
                Long.toString(seed), "--set", "warmupDays=" + WARMUP, "--out", dir.toString()));
        args.addAll(List.of(extra));
        return groundswell(args.toArray(String[]::new));
    }

    static Execution assertDone(Execution e) {
        assertEquals(0, e.exitCode(), () -> "exit code; stderr:\n" + e.err());
        return e;
    }

    @Test
    void runWritesTimeseriesUnitsSummaryAndChartsWithTheRightShape() throws IOException {
        Path dir = tmp.resolve("run");
        Execution e = assertDone(shortRun(dir, 3));

        List<String> timeseries = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertEquals("day," + String.join(",", Metrics.all().stream().map(Metric::name).toList()),
                timeseries.get(0));
        assertEquals(WARMUP + DAYS + 1, timeseries.size(), "header and a row per day");
        assertTrue(timeseries.get(1).startsWith("-" + WARMUP + ","), "warm-up days are negative");
        assertTrue(timeseries.get(WARMUP + 1).startsWith("0,"), "day 0 starts the strategy period");
        assertTrue(timeseries.get(timeseries.size() - 1).startsWith((DAYS - 1) + ","));

        int units = HospitalParameters.communityHospital().units().size();
        List<String> unitRows = Files.readAllLines(dir.resolve("units.csv"));
        assertEquals("day,unit," + String.join(",", Metrics.perUnit().stream().map(Metric::name).toList()),
                unitRows.get(0));
        assertEquals((WARMUP + DAYS) * units + 1, unitRows.size(), "header and a row per day and unit");
        assertTrue(unitRows.get(1).startsWith("-" + WARMUP + ",ed,"));

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(3, summary.get("seed").asLong());
        assertEquals("community-hospital", summary.get("scenario_name").asText());
        assertEquals(DAYS, summary.at("/scenario/days").asInt(), "the scenario as resolved");
        assertEquals(DAYS - 1, summary.at("/summary_window/last_day").asInt());
        List<String> metricNames = new ArrayList<>();
        summary.get("metrics").fieldNames().forEachRemaining(metricNames::add);
        assertEquals(Metrics.all().stream().map(Metric::name).toList(), metricNames, "registry order");
        assertTrue(summary.at("/metrics/patients_per_nurse/unit").isTextual());
        assertTrue(summary.at("/costs/total").isNumber());
        assertTrue(summary.at("/totals/admissions").isNumber());
        assertTrue(summary.at("/units/icu/occupancy").isNumber());
        assertTrue(summary.at("/units/icu").has("census"), "every per-unit metric, even when missing");
        assertTrue(summary.get("reproduce").asText().contains("--seed 3"));

        for (String chart : List.of("quality.png", "cost.png", "burnout.png", "staffing.png", "relationships.png",
                "felt-patients.png", "felt-flow-staff.png")) {
            byte[] png = Files.readAllBytes(dir.resolve("charts").resolve(chart));
            assertTrue(png.length > 1000, chart + " is an image");
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4), chart);
        }
        assertFalse(Files.exists(dir.resolve("patients.csv")), "patients.csv only with --patients");
        assertTrue(e.out().contains("Patients per nurse"), e.out());
        assertTrue(e.out().contains(dir.toAbsolutePath().toString()), "says where the results are");
        assertEquals("", e.err());
        assertEquals(List.of("run"), siblings(tmp), "no temporary directory left behind");
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        assertDone(shortRun(tmp.resolve("a"), 11));
        assertDone(shortRun(tmp.resolve("b"), 11));
        for (String file : List.of("timeseries.csv", "units.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void differentSeedsGiveDifferentTimeseries() throws IOException {
        assertDone(shortRun(tmp.resolve("a"), 1));
        assertDone(shortRun(tmp.resolve("b"), 2));
        assertFalse(Files.readString(tmp.resolve("a/timeseries.csv"))
                .equals(Files.readString(tmp.resolve("b/timeseries.csv"))));
    }

    @Test
    void patientsFlagWritesARowPerEndedStay() throws IOException {
        Path dir = tmp.resolve("run");
        assertDone(shortRun(dir, 5, "--patients"));
        List<String> rows = Files.readAllLines(dir.resolve("patients.csv"), StandardCharsets.UTF_8);
        assertEquals("patient_id,readmission,admitted_at,ended_at,length_of_stay,unit_path,high_acuity,"
                + "adverse_events,serious_adverse_events,mean_patients_per_nurse,care_team_rc,died_in_hospital,died_30d,"
                + "readmitted_30d,falls,pressure_injury,waiting_days,offservice_days,discharged_early,engagement,"
                + "patient_relationship,experience_score,would_recommend", rows.get(0));
        assertTrue(rows.size() > 100, "hundreds of stays end in 25 days of a 360-bed hospital: " + rows.size());
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("an unknown --set path", List.of("--set", "staffing.noSuchThing=3"), "noSuchThing"),
                Arguments.of("an out-of-range value", List.of("--set", "staffing.patientsPerNurse=40"),
                        "staffing.patientsPerNurse"),
                Arguments.of("a negative --days", List.of("--days", "-3"), "days"),
                Arguments.of("an unknown option", List.of("--frobnicate"), "--frobnicate"),
                Arguments.of("a non-number --seed", List.of("--seed", "seven"), "seven"));
    }

    @ParameterizedTest(name = "{0} exits 2, names the problem and writes nothing")
    @MethodSource("badInputs")
    void badInputExitsTwoNamingTheProblemAndWritesNothing(String what, List<String> args, String named) {
        Path dir = tmp.resolve("out");
        List<String> all = new ArrayList<>(List.of("run", "--out", dir.toString()));
        all.addAll(args);
        Execution e = groundswell(all.toArray(String[]::new));
        assertBadInput(e, named, dir);
    }

    @Test
    void malformedScenarioFileExitsTwoNamingTheFile() throws IOException {
        Path file = tmp.resolve("broken.yaml");
        Files.writeString(file, "name: broken\nstaffing:\n  patientsPerNurse: [unclosed\n");
        Path dir = tmp.resolve("out");
        Execution e = groundswell("run", "--scenario", file.toString(), "--out", dir.toString());
        assertBadInput(e, "broken.yaml", dir);
    }

    @Test
    void scenarioFileWithAnOutOfRangeValueExitsTwoNamingFileAndField() throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\ndescription: one value out of range\nstaffing:\n"
                + "  patientsPerNurse: 40\n");
        Path dir = tmp.resolve("out");
        Execution e = groundswell("run", "--scenario", file.toString(), "--out", dir.toString());
        assertBadInput(e, "bad.yaml", dir);
        assertTrue(e.err().contains("bad.yaml:4: staffing.patientsPerNurse = 40: a number from 1 to 12"), e.err());
    }

    @Test
    void misspeltKeyInAScenarioFileExitsTwoWithItsLineAndASuggestion() throws IOException {
        Path file = tmp.resolve("typo.yaml");
        Files.writeString(file, "name: typo\nworkforce:\n  daysToFill: 90\n  initialVacancyRat: 0.2\n");
        Path dir = tmp.resolve("out");
        Execution e = groundswell("run", "--scenario", file.toString(), "--out", dir.toString());
        assertBadInput(e, "typo.yaml:4: workforce.initialVacancyRat", dir);
        assertTrue(e.err().contains("did you mean initialVacancyRate?"), e.err());
    }

    @Test
    void everyBundledScenarioRunsAndWritesItsFiles() throws IOException {
        for (String name : org.groundswell.scenarios.ScenarioLibrary.names()) {
            Path dir = tmp.resolve("smoke-" + name);
            Execution e = groundswell("run", "--scenario", name, "--days", "30", "--set", "warmupDays=10",
                    "--out", dir.toString());
            assertEquals(0, e.exitCode(), () -> name + ": " + e.err());
            assertEquals(41, Files.readAllLines(dir.resolve("timeseries.csv")).size(), name);
            assertTrue(Files.exists(dir.resolve("summary.json")), name);
        }
    }

    @Test
    void missingScenarioFileExitsTwoNamingIt() {
        Path dir = tmp.resolve("out");
        Execution e = groundswell("run", "--scenario", tmp.resolve("nowhere.yaml").toString(), "--out",
                dir.toString());
        assertBadInput(e, "nowhere.yaml", dir);
    }

    private void assertBadInput(Execution e, String named, Path dir) {
        assertEquals(2, e.exitCode(), () -> "exit code; stderr:\n" + e.err());
        assertTrue(e.err().startsWith("error: "), e.err());
        assertTrue(e.err().contains(named), () -> "stderr names " + named + ":\n" + e.err());
        assertFalse(Files.exists(dir), "no output directory");
        assertTrue(siblings(tmp).stream().noneMatch(n -> n.startsWith("out")), "nothing at all: " + siblings(tmp));
    }

    @Test
    void existingOutputDirectoryIsRefusedAndLeftUntouched() throws IOException {
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Execution e = shortRun(dir, 1);
        assertEquals(2, e.exitCode());
        assertTrue(e.err().contains("--force"), e.err());
        assertEquals(List.of("notes.txt"), siblings(dir));
        assertEquals(List.of("run"), siblings(tmp));
    }

    @Test
    void forceReplacesAnExistingOutputDirectory() throws IOException {
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertDone(shortRun(dir, 1, "--force"));
        assertFalse(Files.exists(dir.resolve("notes.txt")));
        assertTrue(Files.exists(dir.resolve("timeseries.csv")));
        assertEquals(List.of("run"), siblings(tmp), "the old directory is gone, no temporary left");
    }

    @Test
    void anEmptyOutputDirectoryIsUsedWithoutForce() throws IOException {
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir);
        assertDone(shortRun(dir, 1));
        assertTrue(Files.exists(dir.resolve("summary.json")));
    }

    @Test
    void defaultOutputDirectoryIsNamedAfterScenarioAndSeed() {
        assertEquals(Path.of("results", "run-community-hospital-seed7"),
                RunCommand.defaultOut("community-hospital", 7));
        assertEquals(Path.of("results", "run-my-hospital-seed1"), RunCommand.defaultOut("my hospital", 1));
    }

    @Test
    void noCommandShowsUsageAndExitsTwo() {
        Execution e = groundswell();
        assertEquals(2, e.exitCode());
        assertTrue(e.err().contains("Usage: groundswell"), e.err());
    }

    @Test
    void helpDescribesEveryOptionWithItsDefault() {
        Execution e = groundswell("run", "--help");
        assertEquals(0, e.exitCode());
        for (String option : List.of("--scenario", "--days", "--seed", "--set", "--out", "--force", "--patients")) {
            assertTrue(e.out().contains(option), option);
        }
        assertTrue(e.out().contains("Default: community-hospital"), e.out());
    }

    @Test
    void versionNamesGroundswell() {
        Execution e = groundswell("--version");
        assertEquals(0, e.exitCode());
        assertTrue(e.out().startsWith("groundswell "), e.out());
    }

    private static List<String> siblings(Path dir) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            Iterator<Path> it = list.iterator();
            while (it.hasNext()) {
                names.add(it.next().getFileName().toString());
            }
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        names.sort(null);
        return names;
    }
}
