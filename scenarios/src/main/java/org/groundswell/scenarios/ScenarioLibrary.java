package org.groundswell.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenarios bundled with Groundswell, as resources under {@code org/groundswell/scenarios/library/}:
 * {@code NAME.yaml} for each name listed in that folder's {@code index.txt} (one name per line; a test
 * checks that the index and the folder agree).
 */
public final class ScenarioLibrary {

    /** The scenario used when none is named. */
    public static final String DEFAULT = "community-hospital";

    private static final String FOLDER = "/org/groundswell/scenarios/library/";
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?] (?=[A-Z])");

    private ScenarioLibrary() {
    }

    /** The bundled scenarios' names, sorted. */
    public static List<String> names() {
        String index = read(FOLDER + "index.txt")
                .orElseThrow(() -> new IllegalStateException("the scenario library's index.txt is missing"));
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        names.sort(null);
        return List.copyOf(names);
    }

    /** Whether {@code name} is a bundled scenario. */
    public static boolean contains(String name) {
        return text(name).isPresent();
    }

    /** The text of the bundled scenario {@code name}, as shipped; empty if there is none. */
    public static Optional<String> text(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            return Optional.empty();
        }
        return read(FOLDER + name + ".yaml");
    }

    /**
     * The first sentence of a description, on one line: the summary {@code groundswell scenarios list} shows.
     * A sentence ends at a full stop, question or exclamation mark followed by a capital letter, so
     * "Aiken et al. 2002" does not end one.
     */
    public static String oneLine(String description) {
        String text = description.strip().replaceAll("\\s+", " ");
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    /** How a bundled scenario is named as the source of an error: {@code bundled:NAME}. */
    public static String source(String name) {
        return "bundled:" + name;
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled resource " + resource, e);
        }
    }
}
