package org.groundswell.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that commands share through mixins: each command that has one describes it, in its own words
 * where the meaning differs ({@link OptionDescriptions}).
 */
class SharedOptionsTest {

    private static List<CommandLine> commands(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().forEach(sub -> all.addAll(commands(sub)));
        return all;
    }

    private static String description(String command, String option) {
        return String.join(" ", GroundswellCommand.newCommandLine().getSubcommands().get(command).getCommandSpec()
                .findOption(option).description());
    }

    @Test
    void everyOptionOfEveryCommandIsDescribed() {
        for (CommandLine command : commands(GroundswellCommand.newCommandLine())) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                String text = String.join(" ", option.description());
                assertFalse(text.isBlank(), command.getCommandSpec().qualifiedName() + " " + option.longestName());
                assertFalse(text.contains("${"), "every variable is expanded: " + text);
            }
        }
    }

    @Test
    void aSharedOptionSaysWhatItMeansForItsCommand() {
        assertTrue(description("run", "--seed").startsWith("Seed of the run"));
        assertTrue(description("compare", "--seed").startsWith("Seed of the comparison"));
        assertTrue(description("gui", "--seed").startsWith("Seed of the hospitals"));
        assertTrue(description("compare", "--out").contains("results/compare-<scenario>"));
        assertTrue(description("sweep", "--force").contains("(not with --resume)"));
        assertEquals(description("run", "--force"), description("compare", "--force"));
        assertEquals(description("compare", "--backend"), description("sweep", "--backend"));
    }
}
