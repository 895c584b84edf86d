package org.groundswell.scenarios;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.InterventionType;

/**
 * Every scenario parameter as the model declares it: one walk over the record components of
 * {@link HospitalParameters} and their {@link Param} annotations, giving each parameter's path, meaning,
 * unit, allowed values, default and source. The parameter reference ({@code docs/parameters.md}) and the
 * comments of {@code groundswell scenarios show} are written from it, so neither can drift from the code.
 *
 * <p>Fields of list elements have paths with empty brackets: {@code units[].beds} stands for
 * {@code units[2].beds} or {@code units.icu.beds}; {@code interventions[].type} for
 * {@code interventions[0].type}.
 */
public final class ParameterReference {

    private static final JsonNode DEFAULTS = ScenarioLoader.toTree(HospitalParameters.communityHospital());
    private static final List<Entry> ALL = walk();
    /** A bound this large ({@code Long.MAX_VALUE} for the seed) is no bound a reader needs to see. */
    private static final double UNBOUNDED = 1e15;

    private ParameterReference() {
    }

    /**
     * One parameter, or one group of parameters (a nested record, or a list of them).
     *
     * @param path         dotted path, with {@code []} for any element of a list
     * @param section      the top-level key it belongs to ({@code staffing}; {@code seed} for itself)
     * @param depth        how many records it is nested in (0 for a top-level key)
     * @param kind         whether it is a value, a group, or a list of groups
     * @param description  what it means
     * @param unit         its unit, or ""
     * @param allowed      what values it takes, in words
     * @param defaultValue its value in the calibrated default (community-hospital) as a scenario file writes
     *                     it; "" for fields of list elements, which have no single default
     * @param source       where the default comes from, or "" (a modelling choice, as the description says)
     */
    public record Entry(String path, String section, int depth, Kind kind, String description, String unit,
            String allowed, String defaultValue, String source) {

        /** The last step of the path: the key a scenario file writes. */
        public String key() {
            int cut = path.lastIndexOf('.');
            return cut < 0 ? path : path.substring(cut + 1);
        }
    }

    /** What an entry is. */
    public enum Kind {
        /** A number, a switch or a text. */
        VALUE,
        /** A nested record: a group of parameters. */
        GROUP,
        /** A list of records: units, transfers, interventions. */
        LIST
    }

    /** Every entry, groups before their parameters, in record order. */
    public static List<Entry> all() {
        return ALL;
    }

    /** The top-level entries, in record order: the sections of a scenario file. */
    public static List<Entry> sections() {
        return ALL.stream().filter(e -> e.depth() == 0).toList();
    }

    /**
     * The entry of {@code path}, written either as the reference writes it ({@code units[].beds}) or as a
     * scenario addresses it ({@code units[2].beds}).
     */
    public static Optional<Entry> find(String path) {
        String general = path.replaceAll("\\[\\d+]", "[]");
        return ALL.stream().filter(e -> e.path().equals(general)).findFirst();
    }

    /** The value of a scalar node as a scenario file writes it: numbers without exponent or trailing ".0". */
    public static String format(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            BigDecimal exact = BigDecimal.valueOf(node.doubleValue()).stripTrailingZeros();
            return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
        }
        return node.asText();
    }

    private static List<Entry> walk() {
        List<Entry> out = new ArrayList<>();
        walk(HospitalParameters.class, "", "", 0, DEFAULTS, out);
        return List.copyOf(out);
    }

    private static void walk(Class<?> record, String prefix, String section, int depth, JsonNode defaults,
            List<Entry> out) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix.isEmpty() ? c.getName() : prefix + "." + c.getName();
            String top = depth == 0 ? c.getName() : section;
            Param param = c.getAnnotation(Param.class);
            Type type = c.getGenericType();
            Class<?> raw = Structure.raw(type);
            JsonNode value = defaults == null ? null : defaults.get(c.getName());
            String description = param == null ? "" : param.description();
            String unit = param == null ? "" : param.unit();
            String source = param == null ? "" : param.source();
            if (raw == HospitalParameters.class) {
                // A region's member: a hospital's whole parameters, the paths listed from the top of this list.
                out.add(new Entry(path, top, depth, Kind.GROUP, description + "; every path of this reference "
                        + "from seed on (the member's seed, calendar and region are the region's)", unit, "", "",
                        source));
            } else if (raw.isRecord()) {
                out.add(new Entry(path, top, depth, Kind.GROUP, description, unit, "", "", source));
                walk(raw, path, top, depth + 1, value, out);
            } else if (List.class.isAssignableFrom(raw) && Structure.raw(Structure.elementType(type)).isRecord()) {
                out.add(new Entry(path, top, depth, Kind.LIST, description, unit, Structure.describe(type, param),
                        value == null ? "" : listDefault(value), source));
                walk(Structure.raw(Structure.elementType(type)), path + "[]", top, depth + 1, null, out);
            } else {
                out.add(new Entry(path, top, depth, Kind.VALUE, description, unit, allowed(path, type, param),
                        value == null ? "" : format(value), source));
            }
        }
    }

    /** What a value may be; for the ids checked by the model's own registries, the ids that exist. */
    private static String allowed(String path, Type type, Param param) {
        return switch (path) {
            case "strategy" -> "one of " + String.join(", ", Strategies.ids()) + ", or a plug-in's id";
            case "interventions[].type" -> "one of " + String.join(", ", InterventionType.ids());
            case "units[].transfers[].to" -> "the name of another unit of the scenario";
            default -> param != null && param.max() >= UNBOUNDED && param.min() > -UNBOUNDED
                    ? Structure.describe(type, null) + " of at least " + Requires.format(param.min())
                    : Structure.describe(type, param);
        };
    }

    private static String listDefault(JsonNode list) {
        if (list.isEmpty()) {
            return "none";
        }
        List<String> names = new ArrayList<>();
        list.forEach(element -> names.add(element.has("name") ? element.get("name").asText() : "?"));
        return list.size() + ": " + String.join(", ", names);
    }
}
