package org.groundswell.web;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.param.Param;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ParameterPaths;
import org.groundswell.scenarios.ParameterReference;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLibrary;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * What the page asks for when it starts a run, read from JSON and checked before anything is built:
 *
 * <pre>
 * {"scenario": "cardiac-unit-crisis", "strategies": ["top-down", "partnership"], "seed": 7, "days": 365,
 *  "set": {"staffing.patientsPerNurse": 5.5, "leadership.blameResponse": 0.6}}
 * </pre>
 *
 * Only the bundled scenarios can be named (the page cannot make the server read a file). The overrides in
 * {@code set}, the seed and the calendar are applied exactly as {@code --set PATH=VALUE} applies them, so a
 * slider's value is checked against the same ranges and refused with the same message as on the command line.
 */
final class WatchRequest {

    /** The parameters the page shows as sliders: those of the desktop window's Model tab. */
    static final List<String> SLIDERS = List.of("staffing.patientsPerNurse", "workforce.initialVacancyRate",
            "coordination.initialRc", "culture.psychologicalSafety", "leadership.blameResponse", "network.rewiring");
    /** The longest run the browser may ask for (warm-up included), which bounds a session's memory. */
    static final int MAX_TOTAL_DAYS = 3 * 365 + 180;

    private static final Set<String> FIELDS = Set.of("scenario", "strategies", "seed", "days", "warmupDays", "set");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WatchRequest() {
    }

    /** A request, checked: the scenario resolved with every override, and the strategies side by side. */
    record Checked(Scenario scenario, List<String> strategies) {
    }

    /**
     * Reads and checks {@code body}.
     *
     * @throws BadRequest naming the field, the value and what is allowed, for malformed JSON, an unknown field
     *                    or parameter, a value of the wrong type or out of range
     */
    static Checked parse(String body) {
        JsonNode root = json(body);
        if (!root.isObject()) {
            throw new BadRequest("the body must be a JSON object such as {\"scenario\": \"community-hospital\", "
                    + "\"strategies\": [\"top-down\", \"partnership\"]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new BadRequest(name + ": unknown field; the fields are scenario, strategies, seed, days, "
                        + "warmupDays and set");
            }
        }
        String scenario = root.path("scenario").isMissingNode() ? ScenarioLibrary.DEFAULT : text(root, "scenario");
        if (!ScenarioLibrary.contains(scenario)) {
            throw new BadRequest("scenario = " + scenario + ": one of " + String.join(", ", ScenarioLibrary.names()));
        }
        List<String> strategies = strategies(root.get("strategies"));
        List<String> sets = new ArrayList<>();
        sets.add("strategy=" + strategies.get(0));
        for (String field : List.of("seed", "days", "warmupDays")) {
            JsonNode value = root.get(field);
            if (value != null) {
                if (!value.isIntegralNumber()) {
                    throw new BadRequest(field + " = " + value + ": a whole number");
                }
                sets.add(field + "=" + value.asText());
            }
        }
        JsonNode set = root.get("set");
        if (set != null) {
            if (!set.isObject()) {
                throw new BadRequest("set = " + set + ": an object of parameter paths and values, such as "
                        + "{\"staffing.patientsPerNurse\": 5}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = set.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (!value.isValueNode() || value.isNull()) {
                    throw new BadRequest(field.getKey() + " = " + value + ": a number, true or false, or a word");
                }
                String text = value.isFloatingPointNumber()
                        ? BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString() : value.asText();
                sets.add(field.getKey() + "=" + text);
            }
        }
        Scenario resolved;
        try {
            resolved = ScenarioLoader.load(scenario, sets);
        } catch (ScenarioException e) {
            throw new BadRequest(reason(e));
        }
        if (resolved.parameters().totalDays() > MAX_TOTAL_DAYS) {
            throw new BadRequest("warmupDays + days = " + resolved.parameters().totalDays() + ": at most "
                    + MAX_TOTAL_DAYS + " in the browser; longer runs are for groundswell run");
        }
        return new Checked(resolved, strategies);
    }

    /** Every error of a scenario exception, as {@code --set} would print them. */
    private static String reason(ScenarioException e) {
        List<String> lines = new ArrayList<>();
        for (ScenarioException one : e.all()) {
            lines.add(one.getMessage());
        }
        return String.join("\n", lines);
    }

    /** The body as JSON. */
    static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequest("the body is empty: send a JSON object");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    /** The text of {@code field} of {@code node}. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BadRequest(field + " = " + value + ": a text");
        }
        return value.asText();
    }

    private static List<String> strategies(JsonNode node) {
        if (node == null) {
            return List.of(HospitalParameters.communityHospital().strategy());
        }
        if (!node.isArray() || node.isEmpty() || node.size() > 2) {
            throw new BadRequest("strategies = " + node + ": one or two strategies, such as [\"top-down\", "
                    + "\"partnership\"]");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode one : node) {
            if (!one.isTextual() || !Strategies.isKnown(one.asText())) {
                throw new BadRequest("strategies: " + one + ": unknown strategy; the strategies are "
                        + String.join(", ", Strategies.ids()));
            }
            out.add(one.asText());
        }
        return List.copyOf(out);
    }

    /** What the page needs to build its form: scenarios, strategies, sliders with their ranges, speeds. */
    static ObjectNode options() {
        ObjectNode out = JSON.objectNode();
        ArrayNode scenarios = out.putArray("scenarios");
        for (String name : ScenarioLibrary.names()) {
            scenarios.addObject().put("name", name).put("default", name.equals(ScenarioLibrary.DEFAULT));
        }
        ArrayNode strategies = out.putArray("strategies");
        Strategies.ids().forEach(strategies::add);
        ArrayNode sliders = out.putArray("sliders");
        for (String path : SLIDERS) {
            Param param = param(path);
            ParameterReference.Entry entry = ParameterReference.find(path).orElseThrow();
            sliders.addObject().put("path", path).put("description", entry.description()).put("unit", entry.unit())
                    .put("min", param.min()).put("max", param.max());
        }
        ArrayNode speeds = out.putArray("speeds");
        Watch.SPEEDS.forEach(speeds::add);
        out.put("maxTotalDays", MAX_TOTAL_DAYS);
        return out;
    }

    /** The sliders' values in the bundled scenario {@code name}, and its description and strategy. */
    static ObjectNode scenario(String name) {
        if (!ScenarioLibrary.contains(name)) {
            throw new BadRequest(404, "scenario " + name + ": no such scenario; the scenarios are "
                    + String.join(", ", ScenarioLibrary.names()));
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(name);
        } catch (ScenarioException e) {
            throw new IllegalStateException("a bundled scenario does not load: " + e.getMessage(), e);
        }
        JsonNode tree = ScenarioLoader.toTree(scenario.parameters());
        ObjectNode out = JSON.objectNode();
        out.put("name", name).put("description", scenario.description())
                .put("strategy", scenario.parameters().strategy()).put("seed", scenario.parameters().seed())
                .put("days", scenario.parameters().days()).put("warmupDays", scenario.parameters().warmupDays());
        ObjectNode values = out.putObject("values");
        for (String path : SLIDERS) {
            values.set(path, ParameterPaths.get(tree, path).orElseThrow());
        }
        return out;
    }

    /** The {@link Param} annotation of the parameter at the dotted {@code path} of {@link HospitalParameters}. */
    static Param param(String path) {
        Class<?> type = HospitalParameters.class;
        Param found = null;
        for (String step : path.split("\\.")) {
            RecordComponent match = null;
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(step)) {
                    match = c;
                }
            }
            if (match == null) {
                throw new IllegalArgumentException(path + ": no such parameter");
            }
            found = match.getAnnotation(Param.class);
            type = match.getType();
        }
        if (found == null) {
            throw new IllegalArgumentException(path + ": not an annotated parameter");
        }
        return found;
    }
}
