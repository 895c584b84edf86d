package org.groundswell.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The dotted paths by which any scenario parameter is addressed, in scenario files' error messages, in
 * {@code --set PATH=VALUE} and in sweeps.
 *
 * <p>Object keys are addressed by name ({@code staffing.patientsPerNurse}); list elements by index,
 * written {@code units[2].beds} or {@code units.2.beds}, or, in a list of objects that have a {@code name},
 * by that name ({@code units.icu.beds}). The canonical form, used in error messages and output, is the
 * index form: {@code units[1].beds}.
 */
public final class ParameterPaths {

    private ParameterPaths() {
    }

    /** One step of a path: a key, or a list element by index or name. */
    record Step(String text, boolean bracketed) {
    }

    /**
     * Every leaf of {@code tree} (a scalar, or an empty list or object), in tree order; elements of a list of
     * named objects are listed twice, by index and by name ({@code units[1].beds}, {@code units.icu.beds}).
     */
    public static List<String> leafPaths(JsonNode tree) {
        List<String> out = new ArrayList<>();
        walk(tree, "", out, false);
        return List.copyOf(out);
    }

    /** Every path of {@code tree}, containers and leaves, in tree order, by index and by name. */
    public static List<String> allPaths(JsonNode tree) {
        List<String> out = new ArrayList<>();
        walk(tree, "", out, true);
        return List.copyOf(out);
    }

    /**
     * The canonical (index) form of {@code path} in {@code tree}: {@code units.icu.beds} →
     * {@code units[1].beds}; empty if the path does not lead to a node of the tree.
     */
    public static Optional<String> canonical(JsonNode tree, String path) {
        return resolve(tree, path).map(Resolved::path);
    }

    /** The node at {@code path} in {@code tree}, if there is one. */
    public static Optional<JsonNode> get(JsonNode tree, String path) {
        return resolve(tree, path).map(Resolved::node);
    }

    /** A node found by a path, with the path's canonical form. */
    record Resolved(String path, JsonNode node) {
    }

    static Optional<Resolved> resolve(JsonNode tree, String path) {
        List<Step> steps = parse(path);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = tree;
        StringBuilder canonical = new StringBuilder();
        for (Step step : steps) {
            if (node.isObject() && !step.bracketed() && node.has(step.text())) {
                if (canonical.length() > 0) {
                    canonical.append('.');
                }
                canonical.append(step.text());
                node = node.get(step.text());
            } else if (node.isArray()) {
                int index = indexOf(node, step);
                if (index < 0) {
                    return Optional.empty();
                }
                canonical.append('[').append(index).append(']');
                node = node.get(index);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Resolved(canonical.toString(), node));
    }

    private static int indexOf(JsonNode array, Step step) {
        String text = step.text();
        if (isIndex(text)) {
            int index = text.length() > 9 ? -1 : Integer.parseInt(text);
            return index < array.size() ? index : -1;
        }
        if (step.bracketed()) {
            return -1;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode name = array.get(i).get("name");
            if (name != null && name.isTextual() && name.asText().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Splits a path into steps: {@code units[2].beds} → units, [2], beds. Empty if the path is malformed
     * (empty, an empty step, an unclosed bracket).
     */
    static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        for (String part : path.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            if (key.isEmpty() && (bracket != 0 || steps.isEmpty())) {
                return List.of();
            }
            if (!key.isEmpty()) {
                steps.add(new Step(key, false));
            }
            String rest = bracket < 0 ? "" : part.substring(bracket);
            while (!rest.isEmpty()) {
                int close = rest.indexOf(']');
                if (!rest.startsWith("[") || close < 2) {
                    return List.of();
                }
                steps.add(new Step(rest.substring(1, close), true));
                rest = rest.substring(close + 1);
            }
        }
        return List.copyOf(steps);
    }

    private static boolean isIndex(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Up to {@code max} paths of {@code tree} closest to {@code path}: first those within a small edit
     * distance of the whole path, then those whose last step is close to its last step: the "did you mean"
     * of an unknown path.
     */
    public static List<String> suggestions(JsonNode tree, String path, int max) {
        String typed = path.toLowerCase(Locale.ROOT);
        String typedLast = lastStep(typed);
        int threshold = Math.max(1, Math.min(6, typed.length() / 4));
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        record Candidate(String path, int score, int order) {
        }
        List<Candidate> candidates = new ArrayList<>();
        List<String> all = allPaths(tree);
        for (int i = 0; i < all.size(); i++) {
            String candidate = all.get(i).toLowerCase(Locale.ROOT);
            int d = distance.apply(typed, candidate);
            if (d <= threshold) {
                candidates.add(new Candidate(all.get(i), d, i));
            } else if (distance.apply(typedLast, lastStep(candidate)) <= (typedLast.length() <= 4 ? 1 : 2)) {
                candidates.add(new Candidate(all.get(i), threshold + 1 + d, i));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).thenComparingInt(Candidate::order));
        return candidates.stream().limit(max).map(Candidate::path).toList();
    }

    private static String lastStep(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf(']'));
        return path.substring(cut + 1);
    }

    private static void walk(JsonNode node, String path, List<String> out, boolean containers) {
        if (node.isObject() && node.size() > 0) {
            if (containers && !path.isEmpty()) {
                out.add(path);
            }
            node.fieldNames().forEachRemaining(
                    key -> walk(node.get(key), path.isEmpty() ? key : path + "." + key, out, containers));
        } else if (node.isArray() && node.size() > 0) {
            if (containers) {
                out.add(path);
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                walk(element, path + "[" + i + "]", out, containers);
                JsonNode name = element.get("name");
                if (name != null && name.isTextual() && !isIndex(name.asText()) && !name.asText().contains(".")) {
                    walk(element, path + "." + name.asText(), out, containers);
                }
            }
        } else if (!path.isEmpty()) {
            out.add(path);
        }
    }
}
