package org.groundswell.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;

import org.groundswell.experiments.output.OutputExistsException;
import org.groundswell.scenarios.ScenarioException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Exit codes, and what the user reads on standard error when a command fails. Bad input (a usage error, a bad
 * scenario, experiment file or parameter, an output directory in the way or with nothing to resume) is the
 * user's to fix: a message that says what and
 * where, exit code {@value #BAD_INPUT}. Anything else is Groundswell's fault: exit code {@value #INTERNAL_ERROR}
 * and a request to report it.
 */
final class ExitCodes {

    /** The command did what it was asked. */
    static final int DONE = 0;
    /** Something went wrong that is not the user's input: a bug, or the output could not be written. */
    static final int INTERNAL_ERROR = 1;
    /** The input was wrong: usage, scenario, parameter value, output directory. */
    static final int BAD_INPUT = 2;

    /** The exit-code lines of every command's usage help (picocli's "code:description" form). */
    static final String DONE_HELP = "0:done";
    static final String INTERNAL_ERROR_HELP = "1:internal error (a bug: please report it)";
    static final String BAD_INPUT_HELP = "2:bad input: usage, scenario or experiment file, parameter, output directory";

    private ExitCodes() {
    }

    /** The exit code for a command that failed with {@code failure}. */
    static int of(Throwable failure) {
        if (failure instanceof ParameterException
                || failure instanceof ScenarioException
                || failure instanceof OutputExistsException
                || failure instanceof org.groundswell.model.param.ParameterException) {
            return BAD_INPUT;
        }
        return INTERNAL_ERROR;
    }

    /** Usage errors: the message, suggestions for a mistyped option, and where to find help. */
    static int onBadUsage(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        if (!cmd.getSubcommands().isEmpty()) {
            err.println();
            cmd.usage(err, cmd.getColorScheme());
        } else {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return of(ex);
    }

    /** Failures while a command ran: bad scenarios and output directories are the user's, the rest are bugs. */
    static int onFailure(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof ScenarioException se) {
            err.println("error: " + se.getMessage());
            for (ScenarioException other : se.others()) {
                err.println("error: " + other.getMessage());
            }
        } else if (ex instanceof OutputExistsException || ex instanceof org.groundswell.model.param.ParameterException) {
            err.println("error: " + ex.getMessage());
        } else if (ex instanceof IOException) {
            err.println("error: could not write the output: " + ex);
            err.println("Check that the output directory's file system is writable and has space, then try again.");
        } else {
            err.println("internal error: " + ex);
            ex.printStackTrace(err);
            err.println("This is a bug in Groundswell. Please report it, with the command you ran and the output "
                    + "above.");
        }
        err.flush();
        return of(ex);
    }
}
