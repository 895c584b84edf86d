package org.groundswell.experiments.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --out DIR}, shared by {@code run}, {@code compare} and {@code sweep}: where the results go; without it,
 * a directory under {@code results/} named by the command. Each command's default is in
 * {@link OptionDescriptions}.
 */
final class OutOption {

    /** The key of the option's description. */
    static final String KEY = "out";

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = KEY)
    private Path out;

    /** Whether --out was given. */
    boolean given() {
        return out != null;
    }

    /** The directory given, or {@code fallback}. */
    Path orElse(Path fallback) {
        return out != null ? out : fallback;
    }
}
