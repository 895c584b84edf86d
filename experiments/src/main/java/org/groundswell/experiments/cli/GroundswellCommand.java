package org.groundswell.experiments.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code groundswell}: the top command. It does nothing itself; its subcommands do the work.
 *
 * {@snippet :
 * int exitCode = GroundswellCommand.newCommandLine().execute("run", "--seed", "7");
 * }
 */
@Command(name = "groundswell",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, CalibrateCommand.class,
            ScenariosCommand.class,
            ExperimentsCommand.class,
            GuiCommand.class, ServeCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        header = "Agent-based simulation of change in hospitals: top-down or from the front line?",
        description = {
            "",
            "Groundswell simulates a hospital day by day - patients arriving and being harmed or healed, nurses "
                + "staffing shifts, burning out and quitting, costs adding up - and asks whether change works "
                + "better when it is rolled out from the top or when it starts at the point of care and "
                + "spreads through the staff's own networks. A scenario (a bundled one by name, or a YAML "
                + "file) describes the hospital; any of its parameters can be changed on the command line "
                + "with --set PATH=VALUE. The same scenario and seed always give the same results.",
            ""
        },
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP},
        footerHeading = "%nExamples:%n",
        footer = {
            "  groundswell compare",
            "      Every strategy, 30 paired replications, with a report.",
            "  groundswell sweep staffing-sweep",
            "      A bundled experiment (or your file); --resume goes on.",
            "  groundswell experiments list",
            "      The bundled experiments; 'experiments show NAME' prints one.",
            "  groundswell run",
            "      The default scenario (community-hospital), seed 1, into results/.",
            "  groundswell run --seed 7 --days 365 --set staffing.patientsPerNurse=6",
            "      A year with six patients per nurse.",
            "  groundswell scenarios show community-hospital > my-hospital.yaml",
            "      The default scenario as a file to edit.",
            "  groundswell run --scenario my-hospital.yaml --out results/mine --force",
            "      Your own scenario file, replacing earlier results.",
            "  groundswell serve",
            "      The classroom in the browser, at http://127.0.0.1:7070/.",
            "  groundswell scenarios list",
            "      The bundled scenarios; 'scenarios show NAME' prints one in full.",
            "  groundswell run --help",
            "      Everything about a run: options, files written."
        })
public final class GroundswellCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /**
     * The command line with Groundswell's error handling: usage errors, bad scenarios and an output directory
     * in the way exit with 2 and a message; anything else is an internal error, exit 1. Every command gets the
     * help text of the shared options ({@link OptionDescriptions}).
     *
     * @return a command line ready to {@link CommandLine#execute(String...) execute}
     */
    public static CommandLine newCommandLine() {
        return new CommandLine(new GroundswellCommand())
                .setResourceBundle(new OptionDescriptions())
                .setExitCodeExceptionMapper(ExitCodes::of)
                .setParameterExceptionHandler(ExitCodes::onBadUsage)
                .setExecutionExceptionHandler(ExitCodes::onFailure);
    }

    /** Runs {@code groundswell} with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine command = newCommandLine();
        java.nio.charset.Charset console = ConsoleText.consoleCharset();
        command.setOut(ConsoleText.writer(System.out, console));
        command.setErr(ConsoleText.writer(System.err, console));
        System.exit(command.execute(args));
    }

    /** Without a command there is nothing to do: say so, and show the usage. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: say what to do, e.g. 'groundswell run'");
    }
}
