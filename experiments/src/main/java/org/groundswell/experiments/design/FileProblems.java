package org.groundswell.experiments.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.text.similarity.LevenshteinDistance;

import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.YamlDocument;

/**
 * The problems of one experiment or calibration file, each at the line of its field (or of its closest ancestor
 * that has one), reported all at once as a {@link ScenarioException}, sorted by line, with those of the files it
 * names after them — the way scenario files report theirs: file, line, field, value, what is allowed, and "did
 * you mean" for a near miss.
 */
public final class FileProblems {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final YamlDocument doc;
    private final List<ScenarioException> mine = new ArrayList<>();
    private final List<ScenarioException> others = new ArrayList<>();

    public FileProblems(YamlDocument doc) {
        this.doc = doc;
    }

    public String source() {
        return doc.source();
    }

    public void add(String field, String value, String problem) {
        mine.add(new ScenarioException(doc.source(), line(field), field, value, problem));
    }

    /** Problems found in another file (the scenario the calibration names). */
    public void addAll(ScenarioException e) {
        others.addAll(e.all());
    }

    public boolean none() {
        return mine.isEmpty() && others.isEmpty();
    }

    private int line(String field) {
        String f = field;
        while (!f.isEmpty()) {
            int line = doc.line(f);
            if (line > 0) {
                return line;
            }
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            f = cut < 0 ? "" : f.substring(0, cut);
        }
        return 0;
    }

    /** A number at {@code key} of {@code node}, between {@code min} and {@code max}; empty (and a problem) if not. */
    public Optional<Double> number(JsonNode node, String key, String at, double min, double max, String allowed) {
        JsonNode value = node.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue()) || value.doubleValue() < min
                || value.doubleValue() > max) {
            add(at, show(value), allowed);
            return Optional.empty();
        }
        return Optional.of(value.doubleValue());
    }

    /** A whole number at {@code key}, from {@code min} to {@code max}. */
    public Optional<Long> whole(JsonNode node, String key, String at, long min, long max) {
        JsonNode value = node.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            add(at, show(value), "a whole number from " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(value.asLong());
    }

    /** Text at {@code key} of the file's root, the key being its own field. */
    public Optional<String> text(JsonNode root, String key) {
        return text(root, key, key);
    }

    /** A whole number at {@code key} of the file's root, from {@code min} to {@code max}. */
    public Optional<Long> whole(JsonNode root, String key, long min, long max) {
        return whole(root, key, key, min, max);
    }

    /** Text at {@code key}. */
    public Optional<String> text(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            add(at, show(value), "text");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /** Reports every key of {@code node} not in {@code allowed}. */
    public boolean onlyKeys(JsonNode node, String at, List<String> allowed) {
        boolean ok = true;
        for (var keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                add(at.isEmpty() ? key : at + "." + key, null, unknown("field", key, allowed));
                ok = false;
            }
        }
        return ok;
    }

    public void throwIfAny() throws ScenarioException {
        if (none()) {
            return;
        }
        List<ScenarioException> all = new ArrayList<>(mine);
        all.sort(Comparator.comparingInt(e -> e.line() == 0 ? Integer.MAX_VALUE : e.line()));
        all.addAll(others);
        throw ScenarioException.of(all);
    }

    public static String unknown(String what, String key, List<String> allowed) {
        return "unknown " + what + closest(key, allowed).map(c -> "; did you mean " + c + "?")
                .orElse("; allowed here: " + String.join(", ", allowed));
    }

    /** The option closest to {@code typed}, if it is close enough to be a typo. */
    public static Optional<String> closest(String typed, List<String> options) {
        String lower = typed.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, typed.length() / 3);
        return options.stream()
                .filter(o -> DISTANCE.apply(lower, o.toLowerCase(Locale.ROOT)) <= threshold)
                .min(Comparator.comparingInt(o -> DISTANCE.apply(lower, o.toLowerCase(Locale.ROOT))));
    }

    public static String show(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + node.asText() + "\"";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        String json = node.toString();
        return json.length() <= 60 ? json : json.substring(0, 57) + "...";
    }
}
