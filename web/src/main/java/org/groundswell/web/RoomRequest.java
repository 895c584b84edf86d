package org.groundswell.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.scenarios.Scenario;

/**
 * What the teacher asks for when opening a class's room, read from JSON and checked before anything is built:
 *
 * <pre>
 * {"scenario": "community-hospital", "strategy": "frontline", "seed": 7, "days": 365,
 *  "set": {"leadership.blameResponse": 0.6}, "timeLimit": 30, "standDays": 14}
 * </pre>
 *
 * The scenario, seed, calendar and overrides are those of watch mode ({@link WatchRequest}), checked the same
 * way; one strategy runs in both hospitals, the class's and the model's twin.
 */
final class RoomRequest {

    private static final List<String> FIELDS = List.of("scenario", "strategy", "seed", "days", "warmupDays", "set",
            "timeLimit", "standDays");

    /** The strategy of a room unless the teacher picks another: its teams give the managers time to release. */
    static final String DEFAULT_STRATEGY = "frontline";
    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory JSON =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

    private RoomRequest() {
    }

    /**
     * A request, checked.
     *
     * @param scenario  the scenario resolved with every override
     * @param strategy  the strategy of both hospitals
     * @param timeLimit seconds a student has for a decision
     * @param standDays days an answer stands
     */
    record Checked(Scenario scenario, String strategy, int timeLimit, int standDays) {
    }

    /**
     * Reads and checks {@code body}.
     *
     * @throws BadRequest naming the field, the value and what is allowed
     */
    static Checked parse(String body) {
        JsonNode root = WatchRequest.json(body);
        if (!root.isObject()) {
            throw new BadRequest("the body must be a JSON object such as {\"scenario\": \"community-hospital\", "
                    + "\"strategy\": \"frontline\"}");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new BadRequest(name + ": unknown field; the fields are " + String.join(", ", FIELDS));
            }
        });
        ObjectNode watch = ((ObjectNode) root).deepCopy();
        watch.remove(List.of("strategy", "timeLimit", "standDays"));
        JsonNode strategy = root.get("strategy");
        watch.putArray("strategies").add(strategy == null ? JSON.textNode(DEFAULT_STRATEGY) : strategy);
        WatchRequest.Checked checked = WatchRequest.parse(watch.toString());
        int limit = whole(root, "timeLimit", Room.DEFAULT_LIMIT, Room.MIN_LIMIT, Room.MAX_LIMIT, "seconds");
        int stand = whole(root, "standDays", Room.DEFAULT_STAND, 0, Room.MAX_STAND, "days");
        return new Checked(checked.scenario(), checked.strategies().get(0), limit, stand);
    }

    private static int whole(JsonNode root, String field, int otherwise, int min, int max, String unit) {
        JsonNode value = root.get(field);
        if (value == null) {
            return otherwise;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw new BadRequest(field + " = " + value + ": a whole number of " + unit + " from " + min + " to " + max);
        }
        return value.asInt();
    }
}
