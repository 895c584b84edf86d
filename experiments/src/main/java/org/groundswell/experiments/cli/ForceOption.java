package org.groundswell.experiments.cli;

import picocli.CommandLine.Option;

/**
 * {@code --force}, shared by {@code run}, {@code compare} and {@code sweep}: whether an output directory that
 * exists and is not empty may be replaced. Described in {@link OptionDescriptions}.
 */
final class ForceOption {

    /** The key of the option's description. */
    static final String KEY = "force";

    @Option(names = "--force", descriptionKey = KEY)
    private boolean force;

    /** Whether {@code --force} was given. */
    boolean given() {
        return force;
    }
}
