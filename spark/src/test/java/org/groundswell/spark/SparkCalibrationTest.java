package org.groundswell.spark;

import static org.groundswell.spark.SparkCommandsTest.assertDone;
import static org.groundswell.spark.SparkCommandsTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate} with {@code --backend spark}, end to end through the command line, as {@link SparkCommandsTest}
 * runs {@code sweep}: the bundled calibration shortened (5 days of warm-up, 10 days, 6 particles, 2 generations,
 * 3 predictive draws), killed after 8 simulations and resumed on Spark ({@code local[2]}), which runs all the
 * others, writes the files of the local backend's uninterrupted run, byte for byte.
 */
class SparkCalibrationTest {

    private static final String EXAMPLE = "/org/groundswell/experiments/calibrations/safety-net-calibration.yaml";

    @TempDir
    Path tmp;

    private Path calibration;

    @BeforeEach
    void shortenedExample() throws IOException {
        String text;
        try (InputStream in = SparkCalibrationTest.class.getResourceAsStream(EXAMPLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String[] edit : new String[][] {{"scenario: safety-net-understaffed", "scenario: short.yaml"},
                {"days: 365 ", "days: 10 "}, {"window: 365 ", "window: 10 "}, {"particles: 60 ", "particles: 6 "},
                {"generations: 6 ", "generations: 2 "}, {"predictive: 30 ", "predictive: 3 "}}) {
            assertTrue(text.contains(edit[0]), edit[0]);
            text = text.replace(edit[0], edit[1]);
        }
        calibration = tmp.resolve("calibration").resolve("safety-net-calibration.yaml");
        Files.createDirectories(calibration.getParent());
        Files.writeString(calibration, text);
        Files.writeString(calibration.resolveSibling("short.yaml"),
                "name: short\nextends: safety-net-understaffed\nwarmupDays: 5\n");
    }

    private SparkCommandsTest.Execution calibrate(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("calibrate", calibration.toString(), "--out", out.toString(),
                "--threads", "2"));
        args.addAll(List.of(extra));
        return groundswell(args.toArray(String[]::new));
    }

    @Test
    void aCalibrationKilledOnTheLocalBackendAndResumedOnSparkEndsWithTheFilesOfOneThatRanThroughLocally()
            throws IOException {
        Path local = tmp.resolve("local");
        assertDone(calibrate(local));
        Path killed = tmp.resolve("killed");
        Files.createDirectories(killed);
        Files.copy(local.resolve("calibration.yaml"), killed.resolve("calibration.yaml"));
        Files.copy(local.resolve("metadata.json"), killed.resolve("metadata.json"));
        List<String> lines = Files.readAllLines(local.resolve("particles.csv"));
        StringBuilder partial = new StringBuilder(lines.get(0)).append('\n');
        for (String row : lines.subList(1, 9)) {
            partial.append(row).append('\n');
        }
        Files.writeString(killed.resolve("particles.csv"), partial);
        SparkCommandsTest.Execution resumed = assertDone(calibrate(killed, "--resume", "--backend", "spark"));
        assertTrue(resumed.err().contains("spark at local[2], 2 cores"), resumed.err());
        assertTrue(resumed.out().contains("8 simulations were already done"), resumed.out());
        assertSameFiles(local, killed);
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
