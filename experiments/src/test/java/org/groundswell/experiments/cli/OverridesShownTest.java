package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.RunCommandTest.shortRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class OverridesShownTest {

    @TempDir
    Path tmp;

    @Command(name = "holder")
    static final class Holder {
        @Mixin
        ScenarioOptions scenario;
    }

    private static ScenarioOptions parse(String... args) {
        return CommandLine.populateCommand(new Holder(), args).scenario;
    }

    @Test
    void theRunHeaderNamesTheOverrides() {
        Execution e = shortRun(tmp.resolve("a"), 3, "--set", "staffing.patientsPerNurse=6");

        assertEquals(0, e.exitCode(), e.err());
        String header = e.out().lines().findFirst().orElse("");
        assertTrue(header.startsWith("community-hospital, seed 3, with --set "), header);
        assertTrue(header.endsWith(" --set staffing.patientsPerNurse=6"), header);
    }

    @Test
    void eachSetOfOverridesGetsItsOwnStableFolderName() {
        String six = parse("--set", "staffing.patientsPerNurse=6").overridesTag();
        assertTrue(six.matches("-set-[0-9a-f]{8}"), six);
        assertEquals(six, parse("--set", "staffing.patientsPerNurse=6").overridesTag(), "stable");
        assertNotEquals(six, parse("--set", "staffing.patientsPerNurse=7").overridesTag());
        assertEquals("", parse().overridesTag(), "no --set, no tag: the folder name is as before");
        assertEquals("", parse().overridesShown());
    }
}
