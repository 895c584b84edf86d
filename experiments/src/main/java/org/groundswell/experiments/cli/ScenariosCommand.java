package org.groundswell.experiments.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.Differences;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLibrary;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * {@code groundswell scenarios}: the bundled scenarios and scenario files. {@code list} names the bundled
 * ones, {@code show} writes one out in full with every parameter explained, {@code validate} checks a file
 * and reports every error in it at once.
 */
@Command(name = "scenarios",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ScenariosCommand.ListScenarios.class, ScenariosCommand.ShowScenario.class,
            ScenariosCommand.ValidateScenario.class},
        synopsisSubcommandLabel = "(list | show NAME | validate FILE)",
        header = "List the bundled scenarios, show one in full, or check a scenario file.",
        description = {
            "",
            "A scenario describes a hospital: its units, staff, culture, leadership and the change strategy it "
                + "tries. Groundswell comes with a library of scenarios, each a story told in plain words; your "
                + "own scenario is a YAML file that starts from one of them and changes what differs.",
            ""
        },
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP},
        footerHeading = "%nExamples:%n",
        footer = {
            "  groundswell scenarios list",
            "      The bundled scenarios, each with one line about it.",
            "  groundswell scenarios show blaming-leadership > my-hospital.yaml",
            "      A scenario in full, every value explained: a file to edit.",
            "  groundswell scenarios validate my-hospital.yaml",
            "      Every error in the file at once, or OK."
        })
public final class ScenariosCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: say so, and show the usage. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing command: say what to do, e.g. 'groundswell scenarios list'");
    }

    /** {@code groundswell scenarios list}. */
    @Command(name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            header = "List the bundled scenarios, each with one line about it.",
            description = {"", "Any of these names can be given to --scenario, to show and to validate.", ""},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP})
    static final class ListScenarios implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws ScenarioException {
            List<String> names = ScenarioLibrary.names();
            int width = names.stream().mapToInt(String::length).max().orElse(0);
            PrintWriter out = spec.commandLine().getOut();
            for (String name : names) {
                String line = ScenarioLibrary.oneLine(ScenarioLoader.load(name).description());
                out.println(String.format("%-" + width + "s  %s", name, line).stripTrailing());
            }
            out.println();
            out.println("groundswell scenarios show NAME prints one in full; groundswell run --scenario NAME runs it.");
            out.flush();
            return ExitCodes.DONE;
        }
    }

    /** {@code groundswell scenarios show NAME}. */
    @Command(name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            sortOptions = false,
            header = "Print a scenario in full, as a YAML file you can copy, edit and load back.",
            description = {
                "",
                "Prints the scenario as resolved - what it extends, its own values and any --set applied - with "
                    + "every parameter written out. Above each value a comment says what it means, its unit, what "
                    + "it allows, its default in the calibrated community hospital and where that default comes "
                    + "from. Save the output to a file, change what you need, check it with 'groundswell "
                    + "scenarios validate FILE' and run it with 'groundswell run --scenario FILE'.",
                ""
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP},
            footerHeading = "%nExamples:%n",
            footer = {
                "  groundswell scenarios show community-hospital > my-hospital.yaml",
                "      The calibrated default, to edit.",
                "  groundswell scenarios show safety-net-understaffed --set strategy=frontline",
                "      A bundled scenario with a change applied."
            })
    static final class ShowScenario implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME|FILE", description = "A bundled scenario's name, or a scenario file.")
        private String scenario;

        @Option(names = "--set", paramLabel = "PATH=VALUE",
                description = "Change a parameter before showing the scenario, as in 'groundswell run'. "
                        + "Repeatable. Default: none.")
        private List<String> sets = new ArrayList<>();

        @Override
        public Integer call() throws ScenarioException {
            Scenario resolved = ScenarioLoader.load(scenario, sets);
            PrintWriter out = spec.commandLine().getOut();
            out.print(ScenarioLoader.toCommentedYaml(resolved));
            out.flush();
            return ExitCodes.DONE;
        }
    }

    /** {@code groundswell scenarios validate FILE}. */
    @Command(name = "validate",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            sortOptions = false,
            header = "Check a scenario file and report every error in it at once.",
            description = {
                "",
                "Reads the file as 'groundswell run --scenario FILE' would, without running anything. Each "
                    + "error names the file, the line, the parameter's path, the value given and what is "
                    + "allowed; a misspelt name comes with the closest valid one. When the file is valid, prints "
                    + "one line saying so and how many values differ from the calibrated default.",
                ""
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the scenario is valid", ExitCodes.INTERNAL_ERROR_HELP,
                "2:the scenario has errors, or cannot be found or read"},
            footerHeading = "%nExamples:%n",
            footer = {
                "  groundswell scenarios validate my-hospital.yaml",
                "      Every error in the file, or OK."
            })
    static final class ValidateScenario implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A scenario file (YAML or JSON), or a bundled scenario's name.")
        private String file;

        @Option(names = "--set", paramLabel = "PATH=VALUE",
                description = "Check these changes too, as 'groundswell run' would apply them. Repeatable. "
                        + "Default: none.")
        private List<String> sets = new ArrayList<>();

        @Override
        public Integer call() {
            Scenario resolved;
            try {
                resolved = ScenarioLoader.load(file, sets);
            } catch (ScenarioException e) {
                PrintWriter err = spec.commandLine().getErr();
                for (ScenarioException error : e.all()) {
                    err.println("error: " + error.getMessage());
                }
                int n = e.all().size();
                err.println(file + ": " + n + (n == 1 ? " error" : " errors") + "; the scenario cannot be used "
                        + "until " + (n == 1 ? "it is" : "they are") + " fixed.");
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            int differences = Differences.between(HospitalParameters.communityHospital(), resolved.parameters())
                    .size();
            PrintWriter out = spec.commandLine().getOut();
            out.println("OK: " + file + " is a valid scenario (" + resolved.name() + "; " + differences
                    + (differences == 1 ? " value differs" : " values differ") + " from "
                    + ScenarioLibrary.DEFAULT + ").");
            out.flush();
            return ExitCodes.DONE;
        }
    }
}
