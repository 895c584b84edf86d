package org.groundswell.scenarios;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.groundswell.model.parameters.HospitalParameters;

/**
 * How one set of parameters differs from another, value by value: what {@code docs/scenarios.md} shows for
 * each bundled scenario against the calibrated default, and what {@code scenarios validate} counts.
 *
 * <p>Lists of named elements (units) with the same names in the same order are compared element by element,
 * each addressed by name ({@code units.cardiology.highAcuityShare}); other lists that differ (units added or
 * renamed, interventions) are one difference, shown whole.
 */
public final class Differences {

    private Differences() {
    }

    /**
     * One value that differs.
     *
     * @param path  the parameter's dotted path, list elements by name where they have one
     * @param base  the value in the base, as a scenario file writes it
     * @param value the value in the other parameters
     */
    public record Difference(String path, String base, String value) {
    }

    /** The values of {@code other} that differ from {@code base}, in record order. */
    public static List<Difference> between(HospitalParameters base, HospitalParameters other) {
        List<Difference> out = new ArrayList<>();
        compare(ScenarioLoader.toTree(base), ScenarioLoader.toTree(other), "", out);
        return List.copyOf(out);
    }

    private static void compare(JsonNode base, JsonNode other, String path, List<Difference> out) {
        if (base.equals(other)) {
            return;
        }
        if (base.isObject() && other.isObject()) {
            for (Iterator<String> keys = other.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                compare(base.get(key), other.get(key), path.isEmpty() ? key : path + "." + key, out);
            }
        } else if (base.isArray() && other.isArray() && sameNames(base, other)) {
            for (int i = 0; i < other.size(); i++) {
                compare(base.get(i), other.get(i), path + "." + other.get(i).get("name").asText(), out);
            }
        } else {
            out.add(new Difference(path, show(base), show(other)));
        }
    }

    private static boolean sameNames(JsonNode a, JsonNode b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            JsonNode x = a.get(i).get("name");
            JsonNode y = b.get(i).get("name");
            if (x == null || y == null || !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** A value in a line: scalars as a file writes them; lists by their names, or their elements in brief. */
    static String show(JsonNode node) {
        if (node.isValueNode()) {
            return ParameterReference.format(node);
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                return "none";
            }
            List<String> items = new ArrayList<>();
            boolean named = true;
            for (JsonNode element : node) {
                named &= element.has("name");
                items.add(element.has("name") ? element.get("name").asText() : brief(element));
            }
            return named ? node.size() + ": " + String.join(", ", items) : String.join("; ", items);
        }
        return brief(node);
    }

    private static String brief(JsonNode node) {
        if (!node.isObject()) {
            return show(node);
        }
        List<String> fields = new ArrayList<>();
        node.fields().forEachRemaining(f -> fields.add(f.getKey() + " " + show(f.getValue())));
        return String.join(", ", fields);
    }
}
