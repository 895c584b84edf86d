package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.CompareCommandTest.assertDone;
import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep stopped from outside (Ctrl-C, or a kill) says, on its way out, the command that goes on with it, and
 * that command finishes it. The sweep runs in a JVM of its own, stopped by a signal, as a user's would be.
 */
class SweepInterruptedTest {

    private static final String EXAMPLE = "/org/groundswell/experiments/examples/staffing-sweep.yaml";

    /** 12 points × 3 replications. */
    private static final int RUNS = 36;

    @TempDir
    Path tmp;

    @Test
    void aSweepStoppedBySignalSaysHowToResumeAndThatCommandFinishesIt() throws IOException, InterruptedException {
        Path experiment = ShortExample.write(EXAMPLE, tmp.resolve("experiments"), 5, "days: 365", "days: 200");
        Path out = tmp.resolve("sweep");
        Path err = tmp.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process sweep = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                GroundswellCommand.class.getName(), "sweep", experiment.toString(), "--out", out.toString(),
                "--threads", "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        try {
            long rows = waitForRows(out.resolve("runs.csv"), 3, sweep);
            assertTrue(rows < RUNS, "stopped halfway, not after the end");
        } finally {
            sweep.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (SIGINT)
            assertTrue(sweep.waitFor(60, TimeUnit.SECONDS), "the sweep stops");
        }
        String said = Files.readString(err, StandardCharsets.UTF_8);
        Matcher hint = Pattern.compile("sweep interrupted: the runs finished so far are kept in (\\S+)/runs\\.csv; "
                + "groundswell (sweep .* --resume) runs only the rest\\.").matcher(said);
        assertTrue(hint.find(), "the sweep says how to go on:\n" + said);
        assertEquals(out.toString(), hint.group(1));

        List<String> resume = Arrays.asList(hint.group(2).split(" "));
        assertEquals(List.of("sweep", experiment.toString(), "--out", out.toString(), "--resume"), resume);
        Execution resumed = assertDone(groundswell(resume.toArray(String[]::new)));
        Matcher counts = Pattern.compile(RUNS + " runs; (\\d+) run now, (\\d+) already done").matcher(resumed.out());
        assertTrue(counts.find(), resumed.out());
        assertEquals(RUNS, Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2)));
        assertTrue(Integer.parseInt(counts.group(2)) >= 3, "the runs done before the stop are kept: " + counts.group());
        assertEquals(1 + RUNS, Files.readAllLines(out.resolve("runs.csv")).size());
    }

    /** Waits until {@code runs} has {@code rows} rows below its header, failing if the sweep ends first. */
    private static long waitForRows(Path runs, int rows, Process sweep) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!sweep.isAlive()) {
                fail("the sweep ended (exit " + sweep.exitValue() + ") before it could be stopped halfway");
            }
            if (Files.isRegularFile(runs)) {
                long lines;
                try (var all = Files.lines(runs)) {
                    lines = all.count() - 1;
                }
                if (lines >= rows) {
                    return lines;
                }
            }
            Thread.sleep(20);
        }
        fail("no " + rows + " runs in " + runs + " after two minutes");
        return 0;
    }
}
