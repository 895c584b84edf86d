package org.groundswell.experiments.cli;

import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.Backends;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --backend NAME}, shared by {@code compare} and {@code sweep}: where runs happen. Described in
 * {@link OptionDescriptions}.
 */
final class BackendOption {

    /** The key of the option's description. */
    static final String KEY = "backend";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = Backends.LOCAL, descriptionKey = KEY)
    private String name;

    /**
     * Makes the backend. A Spark backend starts Spark, so a command makes it once its input is checked.
     *
     * @param threads runs at the same time, for the local backend
     * @return the backend; the caller closes it
     * @throws ParameterException if this build or machine has no such backend, saying which it has
     */
    Backend create(int threads) {
        try {
            return Backends.create(name, threads);
        } catch (Backends.UnavailableException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }
}
