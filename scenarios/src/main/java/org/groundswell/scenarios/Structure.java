package org.groundswell.scenarios;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Checks a resolved scenario tree against the shape of the parameter records before binding, so that every
 * unknown key, wrong type, missing value and number out of its {@link Param} range in a file is found in one
 * pass (Jackson stops at the first). The range check reads the same annotation {@link Requires#valid} does;
 * the rules a record's constructor states in code (unit names, transfer shares, an unknown strategy) are
 * left to the records, which the loader binds afterwards.
 */
final class Structure {

    /** A problem at a dotted path; {@code value} is as shown to the user, or null. */
    record Problem(String path, String value, String problem) {
    }

    private static final LevenshteinDistance CLOSE = new LevenshteinDistance(3);

    private Structure() {
    }

    /**
     * Adds to {@code out} every problem of {@code node} as a value of {@code type}.
     *
     * @param extraKeys keys also allowed at this level (the root's name, description and extends)
     */
    static void check(JsonNode node, Type type, Param param, String path, List<String> extraKeys,
            List<Problem> out) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            if (!node.isObject()) {
                out.add(new Problem(path, show(node), describe(type, param)));
                return;
            }
            RecordComponent[] components = raw.getRecordComponents();
            List<String> names = new ArrayList<>(extraKeys);
            Arrays.stream(components).map(RecordComponent::getName).forEach(names::add);
            for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!names.contains(key)) {
                    out.add(new Problem(join(path, key), null, unknown(key, path, names)));
                }
            }
            for (RecordComponent c : components) {
                JsonNode child = node.get(c.getName());
                Param childParam = c.getAnnotation(Param.class);
                if (child == null || child.isNull()) {
                    out.add(new Problem(join(path, c.getName()), null,
                            "a value is required: " + describe(c.getGenericType(), childParam)));
                } else {
                    check(child, c.getGenericType(), childParam, join(path, c.getName()), List.of(), out);
                }
            }
        } else if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                out.add(new Problem(path, show(node), describe(type, param)));
                return;
            }
            Type element = elementType(type);
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = node.get(i);
                String childPath = path + "[" + i + "]";
                if (child.isNull()) {
                    out.add(new Problem(childPath, null, "a value is required: " + describe(element, null)));
                } else {
                    check(child, element, null, childPath, List.of(), out);
                }
            }
        } else if (!fits(node, raw)) {
            out.add(new Problem(path, show(node), describe(type, param)));
        } else if (param != null && node.isNumber() && outside(node.doubleValue(), param)) {
            out.add(new Problem(path, show(node), Requires.allowed(param, raw)));
        }
    }

    /** Whether a number breaks its {@link Param} range, as {@link Requires#valid} would find. */
    private static boolean outside(double value, Param param) {
        return !Double.isFinite(value) || value < param.min() || value > param.max();
    }

    private static boolean fits(JsonNode node, Class<?> raw) {
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return node.isNumber();
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return node.isIntegralNumber() && node.canConvertToInt();
        }
        if (raw == long.class || raw == Long.class) {
            return node.isIntegralNumber() && node.canConvertToLong();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.isBoolean();
        }
        if (raw == String.class) {
            return node.isTextual();
        }
        if (raw.isEnum()) {
            return node.isTextual() && Arrays.stream(raw.getEnumConstants())
                    .anyMatch(e -> ((Enum<?>) e).name().equals(node.asText()));
        }
        return true;
    }

    /** What a value of {@code type} must be, in words, with its range when it has one. */
    static String describe(Type type, Param param) {
        Class<?> raw = raw(type);
        boolean numeric = raw.isPrimitive() && raw != boolean.class || Number.class.isAssignableFrom(raw);
        if (numeric && param != null
                && (param.min() != Double.NEGATIVE_INFINITY || param.max() != Double.POSITIVE_INFINITY)) {
            return Requires.allowed(param, raw);
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return "a number";
        }
        if (numeric) {
            return "a whole number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw.isEnum()) {
            return "one of " + String.join(", ",
                    Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        }
        if (raw.isRecord()) {
            return "an object with the fields " + fields(raw);
        }
        if (List.class.isAssignableFrom(raw)) {
            Class<?> element = raw(elementType(type));
            String of = element.isRecord() ? " of objects with the fields " + fields(element)
                    : " of " + describe(element, null).replaceFirst("^an? ", "") + "s";
            String size = "";
            if (param != null && param.min() != Double.NEGATIVE_INFINITY && param.max() != Double.POSITIVE_INFINITY) {
                size = ", " + Requires.format(param.min()) + " to " + Requires.format(param.max()) + " entries";
            } else if (param != null && param.max() != Double.POSITIVE_INFINITY) {
                size = ", at most " + Requires.format(param.max()) + " entries";
            }
            return "a list" + of + size;
        }
        return "a " + raw.getSimpleName();
    }

    private static String fields(Class<?> record) {
        return String.join(", ", Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    /** "unknown parameter; did you mean X?", or the list of what is allowed there. */
    static String unknown(String key, String parent, List<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = CLOSE.apply(key.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        if (best != null) {
            return "unknown parameter; did you mean " + best + "?";
        }
        return "unknown parameter; " + (parent.isEmpty() ? "a scenario" : parent) + " has: " + String.join(", ", names);
    }

    /** A value as shown in a message: text in quotes, numbers as written, containers abbreviated. */
    static String show(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + node.asText() + "\"";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        String json = node.toString();
        return json.length() <= 60 ? json : json.substring(0, 57) + "...";
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    static Type elementType(Type listType) {
        if (listType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }
}
