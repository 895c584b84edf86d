package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groundswell calibrate} end to end on the bundled example, shortened (a 5-day warm-up, 10 days, 6
 * particles, 2 generations, 3 predictive draws): its files, their independence of the thread count, resuming
 * after a kill, bad files, and {@code compare --posterior} on what it found.
 */
class CalibrateCommandTest {

    private static final String EXAMPLE = "/org/groundswell/experiments/calibrations/safety-net-calibration.yaml";

    @TempDir
    static Path tmp;

    private static Path calibration;
    private static Path straight;

    static Path shortened(Path dir) throws IOException {
        String text;
        try (InputStream in = CalibrateCommandTest.class.getResourceAsStream(EXAMPLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String[] edit : new String[][] {{"scenario: safety-net-understaffed", "scenario: short.yaml"},
                {"days: 365 ", "days: 10 "}, {"window: 365 ", "window: 10 "}, {"particles: 60 ", "particles: 6 "},
                {"generations: 6 ", "generations: 2 "}, {"predictive: 30 ", "predictive: 3 "}}) {
            assertTrue(text.contains(edit[0]), edit[0]);
            text = text.replace(edit[0], edit[1]);
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("safety-net-calibration.yaml");
        Files.writeString(file, text);
        Files.writeString(dir.resolve("short.yaml"), "name: short\nextends: safety-net-understaffed\nwarmupDays: 5\n");
        return file;
    }

    @BeforeAll
    static void calibrateOnce() throws IOException {
        calibration = shortened(tmp.resolve("calibration"));
        straight = tmp.resolve("straight");
        Execution e = calibrate(straight, "--threads", "2");
        assertEquals(0, e.exitCode(), e.err());
        assertTrue(e.out().contains("workforce.baseAnnualQuitRate"), e.out());
    }

    private static Execution calibrate(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("calibrate", calibration.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return groundswell(args.toArray(String[]::new));
    }

    @Test
    void aCalibrationWritesItsFilesAndTheSameBytesOnOneThreadAsOnTwo() throws IOException {
        for (String f : List.of("calibration.yaml", "metadata.json", "particles.csv", "posterior.csv", "generations.csv",
                "predictive.csv", "calibrated.yaml", "report.html", "charts/posterior-wellbeing-baseStrain.png",
                "charts/posterior-wellbeing-baseStrain.svg", "charts/pair-workforce-baseAnnualQuitRate-workforce-daysToFill.png",
                "charts/predictive-rn_burnout_rate.png")) {
            assertTrue(Files.isRegularFile(straight.resolve(f)), f);
        }
        assertEquals(7, Files.readAllLines(straight.resolve("posterior.csv")).size(), "6 particles and a header");
        List<String> generations = Files.readAllLines(straight.resolve("generations.csv"));
        assertEquals(3, generations.size(), String.join("\n", generations));
        Path one = tmp.resolve("one-thread");
        assertEquals(0, calibrate(one, "--threads", "1").exitCode());
        assertSameFiles(straight, one);
    }

    @Test
    void calibratedYamlLoadsAsAScenarioWithTheParametersAtTheirPosteriorMeans() throws Exception {
        Scenario calibrated = ScenarioLoader.load(straight.resolve("calibrated.yaml").toString());
        List<String> posterior = Files.readAllLines(straight.resolve("posterior.csv"));
        double weighted = 0;
        for (String row : posterior.subList(1, posterior.size())) {
            String[] cells = row.split(",");
            weighted += Double.parseDouble(cells[1]) * Double.parseDouble(cells[2]);
        }
        assertEquals(weighted, calibrated.parameters().workforce().baseAnnualQuitRate(), 1e-6);
        assertEquals(10, calibrated.parameters().days());
        assertEquals(10, calibrated.parameters().summaryDays());
        Execution run = groundswell("run", "--scenario", straight.resolve("calibrated.yaml").toString(), "--out",
                tmp.resolve("calibrated-run").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aCalibrationKilledMidwayAndResumedEndsWithTheFilesOfOneThatRanThrough() throws IOException {
        Path killed = tmp.resolve("killed");
        Files.createDirectories(killed);
        Files.copy(straight.resolve("calibration.yaml"), killed.resolve("calibration.yaml"));
        Files.copy(straight.resolve("metadata.json"), killed.resolve("metadata.json"));
        List<String> lines = Files.readAllLines(straight.resolve("particles.csv"));
        List<String> finished = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(finished);
        int kept = finished.size() / 2;
        StringBuilder partial = new StringBuilder(lines.get(0)).append('\n');
        for (String row : finished.subList(finished.size() - kept, finished.size())) {
            partial.append(row).append('\n');
        }
        partial.append(finished.get(0), 0, finished.get(0).length() / 2);
        Files.writeString(killed.resolve("particles.csv"), partial);
        Execution resumed = calibrate(killed, "--resume", "--threads", "2");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains(kept + " simulations were already done"), resumed.out());
        assertSameFiles(straight, killed);
    }

    @Test
    void aCalibrationResumedWithMoreGenerationsGoesOnToTheFilesOfOneThatRanThemAll() throws IOException {
        Path shorter = tmp.resolve("one-generation");
        assertEquals(0, calibrate(shorter, "--generations", "1").exitCode());
        Execution more = calibrate(shorter, "--resume");
        assertEquals(0, more.exitCode(), more.err());
        assertSameFiles(straight, shorter);
    }

    @Test
    void aBadCalibrationFileIsRefusedWithFileLineFieldAndWhatIsAllowed() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "scenario: community-hospital",
                "targets:",
                "  burnout_rat: {observed: 0.3, sd: 0.05}",
                "  vacancy_rate: {count: 30, of: 20}",
                "parameters:",
                "  workforce.baseAnnualQuitRat: {}",
                "  wellbeing.baseStrain: {prior: normal, mean: 0, sd: 1, max: 40}",
                "  staffing.agencyFillShare: {prior: gamma}",
                "budjet: {particles: 5}",
                ""));
        Path out = tmp.resolve("bad-out");
        Execution e = groundswell("calibrate", bad.toString(), "--out", out.toString());
        assertEquals(2, e.exitCode());
        String f = bad.toString();
        assertEquals(List.of(
                "error: " + f + ":3: targets.burnout_rat: unknown metric; did you mean burnout_rate?",
                "error: " + f + ":4: targets.vacancy_rate.count = 30: a whole number from 0 to 20",
                "error: " + f + ":6: parameters.workforce.baseAnnualQuitRat: unknown parameter; did you mean "
                        + "workforce.baseAnnualQuitRate?",
                "error: " + f + ":7: parameters.wellbeing.baseStrain.max = 40: a number within the registered range "
                        + "[-10.0, 10.0]",
                "error: " + f + ":8: parameters.staffing.agencyFillShare.prior = \"gamma\": one of uniform, normal, "
                        + "log-normal, beta",
                "error: " + f + ":9: budjet: unknown field; did you mean budget?"),
                e.err().lines().toList());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aComparisonThroughThePosteriorSaysHowLikelyEachStrategyIsToBeatEachOther() throws IOException {
        Path out = tmp.resolve("verdicts");
        Execution e = groundswell("compare", "--scenario", calibration.resolveSibling("short.yaml").toString(),
                "--strategies", "none,frontline", "--replications", "4", "--days", "10", "--posterior",
                straight.resolve("posterior.csv").toString(), "--threads", "2", "--out", out.toString());
        assertEquals(0, e.exitCode(), e.err());
        List<String> verdicts = Files.readAllLines(out.resolve("verdicts.csv"));
        assertEquals("metric,better,strategy,versus,draws,p_better,mean_difference,q05,q25,median,q75,q95",
                verdicts.get(0));
        Map<String, Double> p = new TreeMap<>();
        for (String row : verdicts.subList(1, verdicts.size())) {
            String[] c = row.split(",");
            p.put(c[0] + " " + c[2] + " " + c[3], Double.parseDouble(c[5]));
            assertEquals("4", c[4], row);
        }
        for (String key : p.keySet()) {
            if (key.endsWith("frontline none")) {
                String reverse = key.replace("frontline none", "none frontline");
                assertEquals(1, p.get(key) + p.get(reverse), 1e-9, key);
            }
        }
        List<String> draws = Files.readAllLines(out.resolve("draws.csv"));
        assertEquals(5, draws.size());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Across the posterior: how likely each strategy is to beat the others"));
        assertTrue(report.contains("<th>frontline beats none</th>"), "the table of verdicts");
    }

    @Test
    void particlesAndGenerationsOnTheCommandLineOverrideTheBudget() throws IOException {
        Path out = tmp.resolve("quick");
        Execution e = calibrate(out, "--particles", "4", "--generations", "1");
        assertEquals(0, e.exitCode(), e.err());
        assertEquals(5, Files.readAllLines(out.resolve("posterior.csv")).size());
        assertEquals(2, Files.readAllLines(out.resolve("generations.csv")).size());
        assertTrue(Files.readString(out.resolve("report.html")).contains("--particles 4 --generations 1"));
    }

    @Test
    void aPosteriorThatIsMissingOrNotAPosteriorIsBadInput() throws IOException {
        Execution missing = groundswell("compare", "--posterior", tmp.resolve("nothing.csv").toString(), "--out",
                tmp.resolve("missing-out").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("error: " + tmp.resolve("nothing.csv") + ": no such file"), missing.err());
        Execution wrong = groundswell("compare", "--posterior", straight.resolve("generations.csv").toString(),
                "--out", tmp.resolve("wrong-out").toString());
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains(":1: is not a posterior"), wrong.err());
    }

    @Test
    void theBundledCalibrationIsListedAndShownByName() {
        Execution list = groundswell("experiments", "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("safety-net-calibration"), list.out());
        Execution show = groundswell("experiments", "show", "safety-net-calibration");
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("scenario: safety-net-understaffed"));
    }

    static void assertSameFiles(Path expectedDir, Path actualDir) throws IOException {
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
