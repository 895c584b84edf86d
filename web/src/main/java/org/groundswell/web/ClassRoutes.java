package org.groundswell.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The JSON API of class mode:
 *
 * <pre>
 * POST /api/rooms                              open a room: {"scenario", "strategy", "seed", "days", "set",
 *                                              "timeLimit", "standDays"}; answers its code and the teacher's token
 * GET  /api/rooms/{code}                       the room: seats, students, the decision waiting, the log
 * GET  /api/rooms/{code}/projector?teacher=T&amp;from=N  both hospitals as watch mode draws them, and the room
 * POST /api/rooms/{code}/control?teacher=T     {"action": "play" | "pause" | "step", "days": N, "speed": S}
 * GET  /api/rooms/{code}/report?teacher=T      the class's run against the model's, as a forwardable HTML file
 * POST /api/rooms/{code}/students              join: {"name": "Ana", "seat": 3}; answers the student's token
 * GET  /api/rooms/{code}/students/{token}      what the student sees: their unit, the decision waiting for them
 * POST /api/rooms/{code}/students/{token}/answer  {"prompt": id, "choice": "joint-analysis"}
 * </pre>
 */
final class ClassRoutes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClassRoutes() {
    }

    static void add(RoutesConfig routes, Rooms rooms, ClassReportWriter report) {
        routes.post("/api/rooms", ctx -> {
            Room room = rooms.open(RoomRequest.parse(ctx.body()));
            ObjectNode out = JSON.objectNode().put("code", room.code()).put("teacher", room.teacherToken());
            out.set("structure", room.structure());
            out.set("room", room.info());
            ctx.status(201);
            json(ctx, out);
        });
        routes.get("/api/rooms/{code}", ctx -> json(ctx, rooms.get(ctx.pathParam("code")).info()));
        routes.get("/api/rooms/{code}/structure", ctx -> json(ctx, rooms.get(ctx.pathParam("code")).structure()));
        routes.get("/api/rooms/{code}/projector", ctx -> {
            Room room = rooms.teach(ctx.pathParam("code"), ctx.queryParam("teacher"));
            json(ctx, room.projector(intParam(ctx, "from")));
        });
        routes.post("/api/rooms/{code}/control", ctx -> {
            Room room = rooms.teach(ctx.pathParam("code"), ctx.queryParam("teacher"));
            JsonNode body = WatchRequest.json(ctx.body());
            only(body, "action", "days", "speed");
            JsonNode action = body.get("action");
            JsonNode speed = body.get("speed");
            JsonNode days = body.path("days");
            if (action != null && !action.isTextual()) {
                throw new BadRequest("action = " + action + ": one of play, pause, step");
            }
            if (speed != null && !speed.isIntegralNumber()) {
                throw new BadRequest("speed = " + speed + ": a whole number of days a second");
            }
            if (action == null && speed == null) {
                throw new BadRequest("action: missing; one of play, pause, step");
            }
            int n = days.isMissingNode() ? 1 : days.isIntegralNumber() ? days.asInt() : -1;
            room.control(action == null ? null : action.asText(), n, speed == null ? null : speed.asInt());
            json(ctx, room.info());
        });
        routes.get("/api/rooms/{code}/report", ctx -> {
            Room room = rooms.teach(ctx.pathParam("code"), ctx.queryParam("teacher"));
            if (report == null) {
                throw new BadRequest(501, "this server was started without a report writer");
            }
            String html = report.render(room.classRun());
            ctx.header("Content-Disposition", "attachment; filename=\"groundswell-class-" + room.code() + ".html\"");
            ctx.contentType("text/html; charset=utf-8").result(html);
        });
        routes.post("/api/rooms/{code}/students", ctx -> {
            Room room = rooms.get(ctx.pathParam("code"));
            JsonNode body = WatchRequest.json(ctx.body());
            only(body, "name", "seat");
            JsonNode name = body.get("name");
            JsonNode seat = body.path("seat");
            if (name == null || !name.isTextual()) {
                throw new BadRequest("name = " + name + ": your name, as the class will see it");
            }
            if (!seat.isMissingNode() && !seat.isIntegralNumber()) {
                throw new BadRequest("seat = " + seat + ": a seat's number, or leave it out to be given one");
            }
            Seats.Student student = room.join(name.asText(), seat.isMissingNode() ? -1 : seat.asInt());
            ObjectNode out = room.student(student.token);
            out.put("token", student.token);
            ctx.status(201);
            json(ctx, out);
        });
        routes.get("/api/rooms/{code}/students/{token}", ctx ->
                json(ctx, rooms.get(ctx.pathParam("code")).student(ctx.pathParam("token"))));
        routes.post("/api/rooms/{code}/students/{token}/answer", ctx -> {
            Room room = rooms.get(ctx.pathParam("code"));
            JsonNode body = WatchRequest.json(ctx.body());
            only(body, "prompt", "choice");
            JsonNode prompt = body.path("prompt");
            JsonNode choice = body.path("choice");
            if (!prompt.isIntegralNumber()) {
                throw new BadRequest("prompt = " + prompt + ": the number of the decision you answer");
            }
            if (!choice.isTextual()) {
                throw new BadRequest("choice = " + choice + ": one of the decision's choices");
            }
            room.answer(ctx.pathParam("token"), prompt.asLong(), choice.asText());
            json(ctx, room.student(ctx.pathParam("token")));
        });
    }

    /** Refuses a body with fields other than {@code allowed}. */
    static void only(JsonNode body, String... allowed) {
        if (!body.isObject()) {
            throw new BadRequest("the body must be a JSON object");
        }
        List<String> names = List.of(allowed);
        body.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                throw new BadRequest(name + ": unknown field; the fields are " + String.join(", ", names));
            }
        });
    }

    private static int intParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " = " + value + ": a whole number");
        }
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json").result(node.toString());
    }
}
