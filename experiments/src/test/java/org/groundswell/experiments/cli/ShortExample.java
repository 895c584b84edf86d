package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.cli.RunCommandTest.Execution;

/**
 * A bundled example experiment made short enough for a test: a copy in a directory of its own, its scenario
 * swapped for a short one written beside it, and some of its lines edited, each edit checked to apply (so an
 * example that changes under a test fails it rather than silently running long).
 */
final class ShortExample {

    private ShortExample() {
    }

    /**
     * Writes the shortened copy.
     *
     * @param resource the example on the class path
     * @param dir      where to write the copy (created) and the short scenario beside it
     * @param warmup   the short scenario's warm-up days
     * @param edits    pairs of text in the example and its replacement
     * @return the copy's path
     */
    static Path write(String resource, Path dir, int warmup, String... edits) throws IOException {
        String text;
        try (InputStream in = ShortExample.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher scenario = java.util.regex.Pattern.compile("(?m)^scenario: (\\S+)").matcher(text);
        assertTrue(scenario.find(), "the example names its scenario");
        String base = scenario.group(1);
        text = replace(text, "scenario: " + base, "scenario: short.yaml");
        for (int i = 0; i < edits.length; i += 2) {
            text = replace(text, edits[i], edits[i + 1]);
        }
        Path experiment = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        Files.createDirectories(dir);
        Files.writeString(experiment, text);
        Files.writeString(dir.resolve("short.yaml"),
                "name: short\nextends: " + base + "\nwarmupDays: " + warmup + "\n");
        return experiment;
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "the example has " + from);
        return text.replace(from, to);
    }

    /** {@code groundswell sweep EXPERIMENT --out OUT} with {@code extra} arguments. */
    static Execution sweep(Path experiment, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", experiment.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return groundswell(args.toArray(String[]::new));
    }
}
