package org.groundswell.experiments.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.groundswell.experiments.calibration.Calibration;
import org.groundswell.experiments.calibration.CalibrationLoader;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.ExperimentLoader;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLibrary;

/**
 * {@code groundswell experiments}: the bundled experiments, as {@code scenarios} lists the bundled scenarios.
 * {@code list} names them with their size, {@code show} prints one as shipped, comments and all: a file to
 * copy and edit.
 */
@Command(name = "experiments",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ExperimentsCommand.ListExperiments.class, ExperimentsCommand.ShowExperiment.class},
        synopsisSubcommandLabel = "(list | show NAME)",
        header = "List the bundled experiments, or show one as a file to edit.",
        description = {
            "",
            "An experiment file says what a sweep runs: a scenario, strategies, replications, the parameters "
                + "swept and how, and what to analyse (docs/experiments.md). Groundswell comes with a few; "
                + "'groundswell sweep NAME' runs one by name.",
            ""
        },
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP},
        footerHeading = "%nExamples:%n",
        footer = {
            "  groundswell experiments list",
            "      The bundled experiments, each with its number of runs and what it asks.",
            "  groundswell experiments show verdict-morris > my-sweep.yaml",
            "      An experiment as shipped, with its comments: a file to edit.",
            "  groundswell sweep my-sweep.yaml",
            "      Run the edited file."
        })
public final class ExperimentsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: say so, and show the usage. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing command: say what to do, e.g. 'groundswell experiments list'");
    }

    /** {@code groundswell experiments list}. */
    @Command(name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            header = "List the bundled experiments, each with its number of runs and one line about it.",
            description = {"", "Any of these names can be given to 'groundswell sweep' and to show.", ""},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP})
    static final class ListExperiments implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws ScenarioException {
            List<String> names = ExperimentLoader.LIBRARY.names();
            int width = java.util.stream.Stream.concat(names.stream(), CalibrationLoader.LIBRARY.names().stream())
                    .mapToInt(String::length).max().orElse(0);
            PrintWriter out = spec.commandLine().getOut();
            for (String name : names) {
                Experiment experiment = ExperimentLoader.load(name);
                long count = experiment.design().size(experiment.parameters()) * experiment.strategies().size()
                        * experiment.replications();
                String runs = String.format(Locale.ROOT, "%,d runs", count);
                out.println(String.format("%-" + width + "s  %11s  %s", name, runs,
                        headline(ExperimentLoader.LIBRARY.text(name).orElseThrow(), experiment)).stripTrailing());
            }
            for (String name : CalibrationLoader.LIBRARY.names()) {
                Calibration c = CalibrationLoader.load(name);
                String size = String.format(Locale.ROOT, "%,d particles", c.budget().particles());
                String text = CalibrationLoader.LIBRARY.text(name).orElseThrow();
                String first = text.lines().findFirst().orElse("").strip();
                out.println(String.format("%-" + width + "s  %11s  calibration: %s", name, size, first.startsWith("#")
                        ? first.substring(1).strip() : ScenarioLibrary.oneLine(c.description())).stripTrailing());
            }
            out.println();
            out.println("groundswell experiments show NAME prints one; groundswell sweep NAME runs an experiment, "
                    + "groundswell calibrate NAME a calibration.");
            out.flush();
            return ExitCodes.DONE;
        }
    }

    /** The question a bundled file asks in its first comment line, or else its description's first sentence. */
    static String headline(String text, Experiment experiment) {
        String first = text.lines().findFirst().orElse("").strip();
        return first.startsWith("#") && first.length() > 1 ? first.substring(1).strip()
                : ScenarioLibrary.oneLine(experiment.description());
    }

    /** {@code groundswell experiments show NAME}. */
    @Command(name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            header = "Print a bundled experiment as shipped, comments and all: a file to copy and edit.",
            description = {
                "",
                "Save the output to a file, change what you need and run it with 'groundswell sweep FILE'. The "
                    + "experiment is checked before it is printed, as 'groundswell sweep' would check it.",
                ""
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP},
            footerHeading = "%nExamples:%n",
            footer = {
                "  groundswell experiments show staffing-sweep > my-sweep.yaml",
                "      The staffing sweep, to edit."
            })
    static final class ShowExperiment implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME|FILE", description = "A bundled experiment's name, or an experiment file.")
        private String experiment;

        @Override
        public Integer call() throws ScenarioException {
            String text;
            if (CalibrationLoader.LIBRARY.lookup(experiment).isPresent()
                    && ExperimentLoader.LIBRARY.lookup(experiment).isEmpty()) {
                CalibrationLoader.Source source = CalibrationLoader.open(experiment);
                CalibrationLoader.parse(source.text(), source.name());
                text = source.text();
            } else {
                ExperimentLoader.Source source = ExperimentLoader.open(experiment);
                ExperimentLoader.parse(source.text(), source.name());
                text = source.text();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return ExitCodes.DONE;
        }
    }
}
