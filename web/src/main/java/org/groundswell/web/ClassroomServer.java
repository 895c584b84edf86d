package org.groundswell.web;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

/**
 * {@code groundswell serve}: the classroom in the browser, on Javalin (Jetty 12). The page and the chart
 * library are static files served from the jar (no CDN: it works offline); each browser session starts runs of
 * its own through a small JSON API, and the server streams each run's days to its page by server-sent events
 * while it plays. Listens on {@code 127.0.0.1} unless told otherwise.
 *
 * <pre>
 * GET  /api/options                   scenarios, strategies, sliders (with their ranges), speeds
 * GET  /api/scenarios/{name}          a bundled scenario's description and slider values
 * POST /api/watch                     start a run: {"scenario", "strategies", "seed", "days", "set": {...}}
 * GET  /api/watch/{id}                the run's structure: units, people, the ties drawn, the charts
 * GET  /api/watch/{id}/state          the run as it stands (?from=N&amp;run=R: only days from the N-th)
 * POST /api/watch/{id}/control        {"action": "play" | "pause" | "step", "days": N, "speed": S}
 * POST /api/watch/{id}/interventions  {"type": "huddles", "hospital": 0 | 1 | -1}: from the next day on
 * POST /api/watch/{id}/show           {"hospital": i}: a region's member i on show; answers its structure
 * SSE  /api/watch/{id}/events         "state" events as the run goes
 * </pre>
 *
 * Every refusal is a JSON {@code {"error": reason}} with status 400 (bad JSON, an unknown field or parameter,
 * a value out of range), 404 (no such run or file) or 503 (the server is full).
 */
public final class ClassroomServer implements AutoCloseable {

    /** How often the server's clock steps the playing runs. */
    static final Duration TICK = Duration.ofMillis(100);
    /** The largest request body accepted. */
    static final long MAX_BODY_BYTES = 64 * 1024;
    /** The most days one step request may ask for. */
    static final int MAX_STEP_DAYS = 365;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * How the server runs.
     *
     * @param host        the address to listen on ({@code 127.0.0.1}: this machine only; {@code 0.0.0.0}: every
     *                    network the machine is on, for a class)
     * @param port        the port, or 0 for any free one
     * @param maxSessions the most runs held at once
     * @param idle        how long a run or class room nobody uses is kept
     * @param maxRooms    the most class rooms open at once
     * @param maxStudents the most students in one room
     */
    public record Options(String host, int port, int maxSessions, Duration idle, int maxRooms, int maxStudents) {

        /** The defaults of {@code groundswell serve}. */
        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 7070;
        public static final int DEFAULT_MAX_SESSIONS = 40;
        public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
        public static final int DEFAULT_MAX_ROOMS = 10;
        public static final int DEFAULT_MAX_STUDENTS = 60;

        /**
         * @throws IllegalArgumentException if the port is not 0-65535, the session limit not 1-1000, or the idle
         *                                  time not positive
         */
        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port = " + port + ": 0 to 65535 (0: any free port)");
            }
            if (maxSessions < 1 || maxSessions > 1000) {
                throw new IllegalArgumentException("max sessions = " + maxSessions + ": 1 to 1000");
            }
            if (idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("idle = " + idle + ": a positive time");
            }
            if (maxRooms < 1 || maxRooms > 100) {
                throw new IllegalArgumentException("max rooms = " + maxRooms + ": 1 to 100");
            }
            if (maxStudents < 1 || maxStudents > 500) {
                throw new IllegalArgumentException("max students = " + maxStudents + ": 1 to 500");
            }
        }

        /** Watch mode's bounds, and class mode's defaults. */
        public Options(String host, int port, int maxSessions, Duration idle) {
            this(host, port, maxSessions, idle, DEFAULT_MAX_ROOMS, DEFAULT_MAX_STUDENTS);
        }

        /** The defaults, on {@code port}. */
        public static Options onPort(int port) {
            return new Options(DEFAULT_HOST, port, DEFAULT_MAX_SESSIONS, DEFAULT_IDLE);
        }
    }

    private final Javalin app;
    private final Sessions sessions;
    private final Rooms rooms;
    private final ScheduledExecutorService clock;
    private final String host;

    private ClassroomServer(Javalin app, Sessions sessions, Rooms rooms, ScheduledExecutorService clock, String host) {
        this.app = app;
        this.sessions = sessions;
        this.rooms = rooms;
        this.clock = clock;
        this.host = host;
    }

    /**
     * Starts the server and its clock, and returns once it listens.
     *
     * @throws io.javalin.util.JavalinBindException if the port is taken
     */
    public static ClassroomServer start(Options options) {
        return start(options, null);
    }

    /**
     * Starts the server and its clock, and returns once it listens; a class's report is written by
     * {@code report} (without one, the report is refused with status 501).
     *
     * @throws io.javalin.util.JavalinBindException if the port is taken
     */
    public static ClassroomServer start(Options options, ClassReportWriter report) {
        Sessions sessions = new Sessions(options.maxSessions(), options.idle().toMillis(), System::currentTimeMillis);
        Rooms rooms = new Rooms(options.maxRooms(), options.maxStudents(), options.idle().toMillis(),
                System::currentTimeMillis);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/groundswell/web/public";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            routes(config.routes, sessions);
            ClassRoutes.add(config.routes, rooms, report);
        });
        app.start(options.host(), options.port());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "groundswell-serve-clock");
            thread.setDaemon(true);
            return thread;
        });
        long period = TICK.toMillis();
        clock.scheduleAtFixedRate(() -> {
            try {
                sessions.tick(period / 1000.0);
                rooms.tick();
            } catch (RuntimeException e) {
                // One run's failure must not stop the clock of the others; the page sees its run stop.
                System.err.println("groundswell serve: " + e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
        return new ClassroomServer(app, sessions, rooms, clock, options.host());
    }

    private static void routes(io.javalin.config.RoutesConfig routes, Sessions sessions) {
        routes.exception(BadRequest.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                refuse(ctx, 404, "not found: " + ctx.path());
            }
        });
        routes.get("/api/options", ctx -> json(ctx, WatchRequest.options()));
        routes.get("/api/scenarios/{name}", ctx -> json(ctx, WatchRequest.scenario(ctx.pathParam("name"))));
        routes.post("/api/watch", ctx -> {
            Watch watch = sessions.create(WatchRequest.parse(ctx.body()));
            ctx.status(201);
            json(ctx, watch.structure());
        });
        routes.get("/api/watch/{id}", ctx -> json(ctx, sessions.get(ctx.pathParam("id")).structure()));
        routes.get("/api/watch/{id}/state", ctx -> {
            Watch watch = sessions.get(ctx.pathParam("id"));
            json(ctx, watch.state(intParam(ctx, "from", 0), intParam(ctx, "run", -1)));
        });
        routes.post("/api/watch/{id}/control", ctx -> {
            Watch watch = sessions.get(ctx.pathParam("id"));
            control(watch, WatchRequest.json(ctx.body()));
            sessions.changed(watch);
            json(ctx, watch.latest());
        });
        routes.post("/api/watch/{id}/interventions", ctx -> {
            Watch watch = sessions.get(ctx.pathParam("id"));
            JsonNode body = WatchRequest.json(ctx.body());
            only(body, "type", "hospital");
            JsonNode hospital = body.path("hospital");
            if (!hospital.isMissingNode() && !hospital.isIntegralNumber()) {
                throw new BadRequest("hospital = " + hospital + ": 0, 1, or -1 for every hospital");
            }
            watch.intervene(WatchRequest.text(body, "type"), hospital.isMissingNode() ? -1 : hospital.asInt());
            sessions.changed(watch);
            json(ctx, watch.latest());
        });
        routes.post("/api/watch/{id}/show", ctx -> {
            Watch watch = sessions.get(ctx.pathParam("id"));
            JsonNode body = WatchRequest.json(ctx.body());
            only(body, "hospital");
            JsonNode hospital = body.path("hospital");
            if (!hospital.isIntegralNumber()) {
                throw new BadRequest("hospital = " + hospital + ": the number of a member of the region, from 0");
            }
            watch.show(hospital.asInt());
            sessions.changed(watch);
            json(ctx, watch.structure());
        });
        routes.sse("/api/watch/{id}/events", client -> {
            client.keepAlive();
            try {
                sessions.listen(client.ctx().pathParam("id"), client);
            } catch (BadRequest e) {
                client.sendEvent("refused", e.getMessage());
                client.close();
            }
        });
    }

    /** Play, pause, step, speed: checked, then done. */
    private static void control(Watch watch, JsonNode body) {
        only(body, "action", "days", "speed");
        JsonNode speed = body.get("speed");
        if (speed != null) {
            if (!speed.isIntegralNumber()) {
                throw new BadRequest("speed = " + speed + ": a whole number of days a second");
            }
            watch.speed(speed.asInt());
        }
        JsonNode action = body.get("action");
        if (action == null) {
            if (speed == null) {
                throw new BadRequest("action: missing; one of play, pause, step");
            }
            return;
        }
        switch (action.asText()) {
            case "play" -> watch.play(true);
            case "pause" -> watch.play(false);
            case "step" -> {
                JsonNode days = body.path("days");
                int n = days.isMissingNode() ? 1 : days.isIntegralNumber() ? days.asInt() : -1;
                if (n < 1 || n > MAX_STEP_DAYS) {
                    throw new BadRequest("days = " + days + ": a whole number from 1 to " + MAX_STEP_DAYS);
                }
                watch.play(false);
                watch.step(n);
            }
            default -> throw new BadRequest("action = " + action + ": one of play, pause, step");
        }
    }

    /** Refuses a body with fields other than {@code allowed}. */
    private static void only(JsonNode body, String... allowed) {
        if (!body.isObject()) {
            throw new BadRequest("the body must be a JSON object");
        }
        java.util.List<String> names = java.util.List.of(allowed);
        body.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                throw new BadRequest(name + ": unknown field; the fields are " + String.join(", ", names));
            }
        });
    }

    private static int intParam(Context ctx, String name, int otherwise) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return otherwise;
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

    private static void refuse(Context ctx, int status, String reason) {
        ObjectNode body = JSON.objectNode().put("error", reason);
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port() + "/";
    }

    /** Runs held now. */
    int sessions() {
        return sessions.size();
    }

    /** Stops the clock and the server. */
    /** Class rooms open now. */
    int rooms() {
        return rooms.size();
    }

    /** The room with {@code code}, for tests. */
    Room room(String code) {
        return rooms.get(code);
    }

    @Override
    public void close() {
        clock.shutdownNow();
        rooms.closeAll();
        app.stop();
    }
}
