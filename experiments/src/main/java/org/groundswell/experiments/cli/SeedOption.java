package org.groundswell.experiments.cli;

import picocli.CommandLine.Option;

/**
 * {@code --seed S}, shared by {@code run}, {@code compare} and {@code gui}: the seed the command's runs start
 * from; without it, the scenario's. What it seeds is the command's to say, so each command's description is in
 * {@link OptionDescriptions}.
 */
final class SeedOption {

    /** The key of the option's description. */
    static final String KEY = "seed";

    @Option(names = "--seed", paramLabel = "S", descriptionKey = KEY)
    private Long seed;

    /** The seed given, or null for the scenario's. */
    Long value() {
        return seed;
    }
}
