package org.groundswell.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What {@code groundswell gui} says before it opens a window. The window itself is tested in the gui module,
 * under a display; these run headless and never get as far as opening one.
 */
class GuiCommandTest {

    @Test
    void helpSaysHowToCompareAndHowToTakeASnapshot() {
        RunCommandTest.Execution help = RunCommandTest.groundswell("gui", "--help");
        assertEquals(0, help.exitCode());
        for (String words : new String[] {"--compare", "--snapshot", "--speed", "--set", "xvfb-run"}) {
            assertTrue(help.out().contains(words), words + " in:\n" + help.out());
        }
        assertTrue(RunCommandTest.groundswell("--help").out().contains("gui"), "listed among the commands");
    }

    @Test
    void compareNeedsTwoKnownStrategies() {
        RunCommandTest.Execution one = RunCommandTest.groundswell("gui", "--compare", "top-down");
        assertEquals(2, one.exitCode());
        assertTrue(one.err().contains("two strategies separated by a comma"), one.err());

        RunCommandTest.Execution unknown = RunCommandTest.groundswell("gui", "--compare", "top-down,sideways");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("sideways: unknown strategy; the strategies are: none, top-down"),
                unknown.err());
    }

    @Test
    void badSpeedSnapshotNameAndScenarioAreBadInput() {
        RunCommandTest.Execution speed = RunCommandTest.groundswell("gui", "--speed", "3");
        assertEquals(2, speed.exitCode());
        assertTrue(speed.err().contains("--speed 3: one of 1, 2, 5"), speed.err());

        RunCommandTest.Execution name = RunCommandTest.groundswell("gui", "--snapshot", "window.jpg");
        assertEquals(2, name.exitCode());
        assertTrue(name.err().contains("a file name ending in .png"), name.err());

        RunCommandTest.Execution value = RunCommandTest.groundswell("gui", "--set", "staffing.patientsPerNurse=40");
        assertEquals(2, value.exitCode());
        assertTrue(value.err().contains("staffing.patientsPerNurse = 40: a number from 1 to 12"), value.err());
    }
}
