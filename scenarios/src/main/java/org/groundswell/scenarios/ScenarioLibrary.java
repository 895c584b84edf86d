package org.groundswell.scenarios;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenarios bundled with Groundswell, as resources under {@code org/groundswell/scenarios/library/}:
 * {@code NAME.yaml} for each name listed in that folder's {@code index.txt} (one name per line; a test
 * checks that the index and the folder agree), resolved by {@link BundledFiles} as every bundled library is.
 */
public final class ScenarioLibrary {

    /** The scenario used when none is named. */
    public static final String DEFAULT = "community-hospital";

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?] (?=[A-Z])");

    private ScenarioLibrary() {
    }

    /** The scenarios' library: where {@code --scenario NAME} is looked up. */
    public static final BundledFiles FILES =
            new BundledFiles(ScenarioLibrary.class, "/org/groundswell/scenarios/library/", "scenario");

    /** The bundled scenarios' names, sorted. */
    public static List<String> names() {
        return FILES.names();
    }

    /** Whether {@code name} is a bundled scenario. */
    public static boolean contains(String name) {
        return text(name).isPresent();
    }

    /** The text of the bundled scenario {@code name}, as shipped; empty if there is none. */
    public static Optional<String> text(String name) {
        return FILES.text(name);
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
        return BundledFiles.source(name);
    }
}
