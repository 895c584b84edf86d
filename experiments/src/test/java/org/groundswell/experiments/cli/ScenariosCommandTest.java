package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLibrary;
import org.groundswell.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenariosCommandTest {

    @TempDir
    Path tmp;

    static List<String> names() {
        return ScenarioLibrary.names();
    }

    @Test
    void listGivesEveryBundledScenarioWithItsOneLineSummary() throws ScenarioException {
        Execution e = groundswell("scenarios", "list");

        assertEquals(0, e.exitCode(), e.err());
        List<String> lines = e.out().lines().toList();
        for (int i = 0; i < names().size(); i++) {
            String name = names().get(i);
            String summary = ScenarioLibrary.oneLine(ScenarioLoader.load(name).description());
            assertTrue(lines.get(i).startsWith(name + " "), lines.get(i));
            assertTrue(lines.get(i).endsWith("  " + summary), lines.get(i));
        }
        assertEquals(10, names().size(), "the ten scenarios of the library");
        assertEquals("", e.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void showPrintsAFileThatValidatesAndLoadsBackToTheSameScenario(String name) throws IOException,
            ScenarioException {
        Execution shown = groundswell("scenarios", "show", name);
        assertEquals(0, shown.exitCode(), shown.err());
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, shown.out());

        Execution valid = groundswell("scenarios", "validate", file.toString());
        assertEquals(0, valid.exitCode(), valid.err());
        assertTrue(valid.out().startsWith("OK: " + file + " is a valid scenario (" + name + "; "), valid.out());

        Scenario original = ScenarioLoader.load(name);
        Scenario again = ScenarioLoader.load(file.toString());
        assertEquals(original.parameters(), again.parameters());
        assertEquals(original.description(), again.description());
    }

    @Test
    void showExplainsEveryValueWithItsUnitRangeDefaultAndSource() {
        Execution e = groundswell("scenarios", "show", "safety-net-understaffed", "--set", "strategy=frontline");

        assertEquals(0, e.exitCode(), e.err());
        String out = e.out();
        assertTrue(out.contains("""
                  # Share of funded positions vacant at the start of the simulation (first warm-up day).
                  # Unit: share 0-1. Allowed: a number from 0 to 0.6. Default: 0.1.
                  # Source: NSI 2024 National Health Care Retention & RN Staffing Report: RN vacancy 9.9%.
                  initialVacancyRate: 0.3
                """), out);
        assertTrue(out.contains("\nstrategy: frontline\n"), "the --set is applied");
        assertTrue(out.contains("#   beds: Staffed beds"), "list fields are explained above the list");
        long values = out.lines().filter(l -> l.matches(" *[A-Za-z]+: .*") && !l.startsWith("#")).count();
        long explained = out.lines().filter(l -> l.matches(" *# (Unit: .*)?Allowed: .*")).count();
        assertTrue(explained >= 200, "hundreds of parameters, each explained: " + explained + " of " + values);
    }

    @Test
    void showOfAnUnknownScenarioExitsTwoNamingTheBundledOnes() {
        Execution e = groundswell("scenarios", "show", "comunity-hospital");

        assertEquals(2, e.exitCode());
        assertTrue(e.err().startsWith("error: comunity-hospital: no such file"), e.err());
        assertTrue(e.err().contains("community-hospital, health-system-20, regional-care-system"), e.err());
        assertEquals("", e.out());
    }

    @Test
    void validateReportsEveryErrorWithLineFieldValueWhatIsAllowedAndADidYouMean() throws IOException {
        Path file = tmp.resolve("my-hospital.yaml");
        Files.writeString(file, """
                name: my-hospital
                extends: community-hospital
                staffing:
                  patientsPerNurse: 40
                workforce:
                  initialVacancyRat: 0.2
                strategy: bottom-up
                """);

        Execution e = groundswell("scenarios", "validate", file.toString());

        assertEquals(2, e.exitCode());
        assertEquals(List.of(
                "error: " + file + ":4: staffing.patientsPerNurse = 40: a number from 1 to 12",
                "error: " + file + ":6: workforce.initialVacancyRat: unknown parameter; did you mean "
                        + "initialVacancyRate?",
                "error: " + file + ":7: strategy = bottom-up: one of none, top-down, frontline, partnership",
                file + ": 3 errors; the scenario cannot be used until they are fixed."), e.err().lines().toList());
        assertEquals("", e.out());
    }

    @Test
    void validateChecksSetsTooAndSaysHowManyValuesDiffer() throws IOException {
        Path file = tmp.resolve("short.yaml");
        Files.writeString(file, "extends: community-hospital\nstaffing: {patientsPerNurse: 6}\n");

        Execution ok = groundswell("scenarios", "validate", file.toString(), "--set", "days=365");
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("OK: " + file + " is a valid scenario (short; 2 values differ from community-hospital).\n",
                ok.out());

        Execution bad = groundswell("scenarios", "validate", file.toString(), "--set", "dayz=365");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("error: --set: dayz: no such parameter; did you mean days"), bad.err());
    }

    @Test
    void validateOfAMissingFileExitsTwoNamingIt() {
        Execution e = groundswell("scenarios", "validate", tmp.resolve("nowhere.yaml").toString());

        assertEquals(2, e.exitCode());
        assertTrue(e.err().contains("nowhere.yaml: no such file"), e.err());
    }

    @Test
    void scenariosWithoutACommandShowsItsUsageAndExitsTwo() {
        Execution e = groundswell("scenarios");

        assertEquals(2, e.exitCode());
        assertTrue(e.err().contains("Usage: groundswell scenarios"), e.err());
    }

    @Test
    void runReportsEveryBadSetAtOnceAndWritesNothing() {
        Path dir = tmp.resolve("out");
        Execution e = groundswell("run", "--out", dir.toString(), "--set", "staffing.patientsPerNurses=5",
                "--set", "days=-4", "--set", "units.icu.bed=3");

        assertEquals(2, e.exitCode());
        List<String> lines = e.err().lines().toList();
        assertEquals(3, lines.size(), e.err());
        assertTrue(lines.get(0).startsWith("error: --set: staffing.patientsPerNurses: no such parameter"), e.err());
        assertEquals("error: --set: days = -4: a whole number from 0 to 36500", lines.get(1));
        assertTrue(lines.get(2).contains("did you mean units.icu.beds"), e.err());
        assertFalse(Files.exists(dir));
    }

    @Test
    void brokenFilesExitTwoWithAMessageNeverAStackTrace() throws IOException {
        String original = ScenarioLibrary.text("cardiac-unit-crisis").orElseThrow();
        List<String> lines = original.lines().toList();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 40; i++) {
            List<String> broken = new java.util.ArrayList<>(lines);
            int at = random.nextInt(broken.size());
            switch (i % 4) {
                case 0 -> broken.remove(at);
                case 1 -> broken.set(at, broken.get(at).replaceFirst(": .*", ": [1, {x: .nan}]"));
                case 2 -> broken.set(at, "  " + broken.get(at));
                default -> broken.set(at, broken.get(at).replaceFirst(": .*", ": 1e400"));
            }
            Path file = tmp.resolve("broken-" + i + ".yaml");
            Files.writeString(file, String.join("\n", broken));

            Execution e = groundswell("scenarios", "validate", file.toString());

            assertTrue(e.exitCode() == 0 || e.exitCode() == 2, () -> e.exitCode() + ": " + e.err());
            if (e.exitCode() == 2) {
                assertTrue(e.err().startsWith("error: " + file), e.err());
                assertFalse(e.err().contains("internal error") || e.err().contains("Exception"), e.err());
            }
        }
    }
}
