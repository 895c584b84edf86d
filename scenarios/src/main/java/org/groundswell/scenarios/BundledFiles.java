package org.groundswell.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A library of YAML files shipped as resources and reached by name: the bundled scenarios, the bundled
 * experiments and (later) calibrations all resolve the same way. The folder holds {@code NAME.yaml} for each
 * name listed in its {@code index.txt} (one name a line; {@code #} starts a comment).
 *
 * <p>How a reference given by a user resolves ({@link #lookup}): a file that exists always wins; otherwise a
 * bare name — {@code staffing-sweep}, or {@code staffing-sweep.yaml} as a file name without a folder — is
 * looked up in the library. A reference with a folder in it ({@code my/sweep.yaml}) is only ever a file.
 *
 * {@snippet :
 * BundledFiles experiments = new BundledFiles(Sweep.class, "/org/groundswell/experiments/examples/", "experiment");
 * Optional<String> name = experiments.lookup("staffing-sweep.yaml");   // Optional[staffing-sweep]
 * }
 */
public final class BundledFiles {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");
    private static final LevenshteinDistance CLOSE = new LevenshteinDistance(4);

    private final Class<?> anchor;
    private final String folder;
    private final String kind;

    /**
     * A library in a resource folder.
     *
     * @param anchor a class whose class loader sees the folder
     * @param folder the folder, an absolute resource path ending in {@code /}
     * @param kind   what its files are, singular, as messages name them: {@code scenario}, {@code experiment}
     * @throws IllegalArgumentException if the folder does not start and end with {@code /}
     */
    public BundledFiles(Class<?> anchor, String folder, String kind) {
        if (!folder.startsWith("/") || !folder.endsWith("/")) {
            throw new IllegalArgumentException("folder = " + folder + ": an absolute resource path ending in /");
        }
        this.anchor = anchor;
        this.folder = folder;
        this.kind = kind;
    }

    /** What the files are, as messages name them. */
    public String kind() {
        return kind;
    }

    /** The names in the library's index, sorted. */
    public List<String> names() {
        String index = read(folder + "index.txt")
                .orElseThrow(() -> new IllegalStateException("the " + kind + " library's index.txt is missing"));
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

    /** The text of the bundled file {@code name}, as shipped; empty if there is none. */
    public Optional<String> text(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            return Optional.empty();
        }
        return read(folder + name + ".yaml");
    }

    /**
     * The bundled name that {@code reference} stands for when it is not an existing file: the reference itself,
     * or without its {@code .yaml}, {@code .yml} or {@code .json} extension; empty when it has a folder in it or
     * the library has no such name. Callers check for an existing file first: a file wins.
     */
    public Optional<String> lookup(String reference) {
        if (reference == null || hasFolder(reference)) {
            return Optional.empty();
        }
        String name = reference.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (lower.endsWith(extension)) {
                name = name.substring(0, name.length() - extension.length());
                break;
            }
        }
        return text(name).isPresent() ? Optional.of(name) : Optional.empty();
    }

    /** How a bundled file is named as the source of an error: {@code bundled:NAME}. */
    public static String source(String name) {
        return "bundled:" + name;
    }

    /** Whether a reference names a file rather than a bundled name: it has a folder or a YAML/JSON extension. */
    public static boolean looksLikeFile(String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        return hasFolder(reference) || EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /**
     * What to say when {@code reference} is neither a file nor a bundled name: that, the closest bundled name
     * if one is near, and every bundled name.
     */
    public String notFound(String reference) {
        List<String> names = names();
        String stem = reference.replaceFirst("(?i)\\.(yaml|yml|json)$", "");
        Optional<String> closest = hasFolder(reference) ? Optional.empty()
                : names.stream().filter(n -> CLOSE.apply(n, stem) >= 0)
                        .min(Comparator.comparingInt((String n) -> CLOSE.apply(n, stem)).thenComparing(n -> n));
        return "no such file, and no bundled " + kind + " of that name"
                + closest.map(n -> "; did you mean " + n + "? The").orElse("; the")
                + " bundled " + kind + "s are: " + String.join(", ", names);
    }

    private static boolean hasFolder(String reference) {
        return reference.contains("/") || reference.contains("\\");
    }

    private Optional<String> read(String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled resource " + resource, e);
        }
    }
}
