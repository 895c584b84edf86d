package org.groundswell.experiments.cli;

import org.groundswell.experiments.execution.LocalBackend;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --threads T}, shared by {@code compare} and {@code sweep}: how many runs at the same time; without it,
 * one per core. Described in {@link OptionDescriptions}.
 */
final class ThreadsOption {

    /** The key of the option's description. */
    static final String KEY = "threads";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--threads", paramLabel = "T", descriptionKey = KEY)
    private Integer threads;

    /**
     * The threads to run on.
     *
     * @return the number given, or every core of this machine
     * @throws ParameterException if the number given is below 1
     */
    int workers() {
        int workers = threads == null ? LocalBackend.defaultThreads() : threads;
        if (workers < 1) {
            throw new ParameterException(command.commandLine(), "--threads " + workers + ": a whole number from 1");
        }
        return workers;
    }
}
