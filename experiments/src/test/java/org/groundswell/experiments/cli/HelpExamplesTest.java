package org.groundswell.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.groundswell.experiments.calibration.CalibrationLoader;
import org.groundswell.experiments.design.ExperimentLoader;
import org.groundswell.model.change.Strategies;
import org.groundswell.scenarios.ScenarioLibrary;
import org.groundswell.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Every example in every command's {@code --help} is a command that works: it parses, and every scenario,
 * experiment, strategy and {@code --set} it names resolves. A file an example names must be one that another
 * example writes ({@code ... > my-hospital.yaml}): a user who follows the help never meets "no such file".
 */
class HelpExamplesTest {

    /** An example: the command it comes from and its arguments after {@code groundswell}. */
    record Example(String command, List<String> args) {
        @Override
        public String toString() {
            return command + ": groundswell " + String.join(" ", args);
        }
    }

    static List<Example> examples() {
        List<Example> all = new ArrayList<>();
        collect(GroundswellCommand.newCommandLine(), all);
        return all;
    }

    private static void collect(CommandLine command, List<Example> into) {
        String name = command.getCommandSpec().qualifiedName();
        for (String line : command.getCommandSpec().usageMessage().footer()) {
            List<String> words = new ArrayList<>(Arrays.asList(line.strip().split("\\s+")));
            if (line.startsWith("  groundswell ") || line.equals("  groundswell")) {
                words.remove(0);
                into.add(new Example(name, words));
            } else if (line.startsWith("  spark-submit ")) {
                into.add(new Example(name, words.subList(words.indexOf("groundswell-spark.jar") + 1, words.size())));
            }
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    @Test
    void everyHelpExampleParsesAndNamesWhatExists() {
        List<Example> examples = examples();
        Set<String> written = new HashSet<>();
        for (Example e : examples) {
            int redirect = e.args().indexOf(">");
            if (redirect >= 0) {
                written.add(e.args().get(redirect + 1));
            }
        }
        assertTrue(examples.size() >= 20, "the helps' examples were found: " + examples);
        for (Example e : examples) {
            List<String> args = e.args().contains(">") ? e.args().subList(0, e.args().indexOf(">")) : e.args();
            ParseResult parsed;
            try {
                parsed = GroundswellCommand.newCommandLine().parseArgs(args.toArray(String[]::new));
            } catch (CommandLine.ParameterException bad) {
                fail(e + " does not parse: " + bad.getMessage());
                return;
            }
            check(e, leaf(parsed), written);
        }
    }

    @Test
    void everyExampleLineFitsTheHelpsWidthSoNoneIsBrokenMidWord() {
        List<String> tooWide = new ArrayList<>();
        collectFooters(GroundswellCommand.newCommandLine(), tooWide);
        assertTrue(tooWide.isEmpty(), "lines picocli would wrap at " + WIDTH + " columns: " + tooWide);
    }

    private static final int WIDTH = 80;

    private static void collectFooters(CommandLine command, List<String> tooWide) {
        for (String line : command.getCommandSpec().usageMessage().footer()) {
            if (line.length() > WIDTH) {
                tooWide.add(command.getCommandSpec().qualifiedName() + ": " + line);
            }
        }
        command.getSubcommands().values().forEach(sub -> collectFooters(sub, tooWide));
    }

    @Test
    void theCheckCatchesAnExampleThatNamesNothing() {
        Set<String> none = Set.of();
        ParseResult sweep = leaf(GroundswellCommand.newCommandLine().parseArgs("sweep", "staffing-sweep.yaml"));
        assertDoesNotThrow(() -> check(new Example("t", List.of()), sweep, none), "a bundled name with .yaml");
        ParseResult missing = leaf(GroundswellCommand.newCommandLine().parseArgs("sweep", "big.yaml"));
        assertThrowsFailure(() -> check(new Example("t", List.of()), missing, none));
        ParseResult typo = leaf(GroundswellCommand.newCommandLine().parseArgs("compare", "--strategies", "topdown"));
        assertThrowsFailure(() -> check(new Example("t", List.of()), typo, none));
    }

    private static void assertThrowsFailure(Runnable check) {
        try {
            check.run();
        } catch (AssertionError expected) {
            return;
        }
        fail("the check let a broken example through");
    }

    private static ParseResult leaf(ParseResult result) {
        ParseResult r = result;
        while (r.hasSubcommand()) {
            r = r.subcommand();
        }
        return r;
    }

    private static void check(Example e, ParseResult leaf, Set<String> written) {
        String command = leaf.commandSpec().qualifiedName();
        if (leaf.isUsageHelpRequested()) {
            return;
        }
        String scenario = leaf.hasMatchedOption("--scenario") ? leaf.matchedOptionValue("--scenario", "")
                : leaf.commandSpec().findOption("--scenario") != null ? ScenarioLibrary.DEFAULT : null;
        if (command.endsWith("scenarios show") || command.endsWith("scenarios validate")) {
            scenario = leaf.matchedPositionals().get(0).getValue();
        }
        if (scenario != null && !written.contains(scenario)) {
            List<String> sets = leaf.hasMatchedOption("--set") ? leaf.matchedOptionValue("--set", List.<String>of())
                    : List.of();
            String s = scenario;
            assertDoesNotThrow(() -> ScenarioLoader.load(s, sets), e + ": its scenario or --set");
        }
        if (command.endsWith("sweep") || command.endsWith("experiments show")) {
            String experiment = leaf.matchedPositionals().get(0).getValue();
            if (!written.contains(experiment) && (command.endsWith("sweep")
                    || CalibrationLoader.LIBRARY.lookup(experiment).isEmpty())) {
                assertDoesNotThrow(() -> ExperimentLoader.open(experiment), e + ": its experiment");
            }
        }
        if (command.endsWith("calibrate")) {
            String calibration = leaf.matchedPositionals().get(0).getValue();
            if (!written.contains(calibration)) {
                assertDoesNotThrow(() -> CalibrationLoader.open(calibration), e + ": its calibration");
            }
        }
        for (String option : List.of("--strategy", "--strategies", "--compare")) {
            if (leaf.hasMatchedOption(option)) {
                Object value = leaf.matchedOption(option).getValue();
                List<?> ids = value instanceof List<?> list ? list : List.of(value);
                for (Object id : ids) {
                    assertTrue(Strategies.ids().contains(id.toString()), e + ": strategy " + id);
                }
            }
        }
        assertFalse(written.contains(command), "not a file name");
    }
}
