package org.groundswell.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.groundswell.model.Hospital;
import org.groundswell.model.RunListener;
import org.groundswell.model.culture.Decisions;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Class mode through its JSON API, without a browser: students' answers reach the model, the model decides when
 * time runs out, the class's hospital is a run of the model with those decisions (a headless replay of them
 * gives the same days) and its twin a run of the model's own; bad requests are refused with the reason.
 */
class ClassRoomTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String SMALL = "{\"strategy\": \"frontline\", \"seed\": 4, \"warmupDays\": 20, \"days\": 45, "
            + "\"timeLimit\": 5, \"standDays\": 7";

    private static ClassroomServer server;

    @BeforeAll
    static void start() {
        server = ClassroomServer.start(new ClassroomServer.Options("127.0.0.1", 0, 3, Duration.ofMinutes(5), 2, 4),
                run -> "<html>" + run.decisions().size() + " decisions</html>");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return send(server, method, path, body);
    }

    static HttpResponse<String> send(ClassroomServer to, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("error").asText();
    }

    /** Replays a class's decisions in a headless hospital: the same choice at the same decision point. */
    record Replay(Map<String, String> choices, Map<String, Integer> seen) implements Decisions {
        static Replay of(List<ClassRun.Decision> decisions) {
            Map<String, String> choices = new HashMap<>();
            for (ClassRun.Decision d : decisions) {
                if (!d.choice().equals("model")) {
                    choices.put(d.kind() + ":" + d.unit() + ":" + d.day() + ":" + d.occurrence(), d.choice());
                }
            }
            return new Replay(choices, new HashMap<>());
        }

        private String choice(String kind, int unit, int day) {
            if (day < 0) {
                return null;
            }
            int n = seen.merge(kind + ":" + unit + ":" + day, 1, Integer::sum) - 1;
            return choices.get(kind + ":" + unit + ":" + day + ":" + n);
        }

        @Override
        public HarmResponse answerHarm(int unit, int day, HarmResponse drawn) {
            String c = choice("harm", unit, day);
            return c == null ? drawn : ClassDecisions.harm(c);
        }

        @Override
        public double releaseTime(int unit, int day, double share) {
            String c = choice("release", unit, day);
            return c == null ? share : ClassDecisions.released(c);
        }

        @Override
        public boolean speakUp(int unit, ProblemType type, int day, boolean drawn) {
            String c = choice("speak-up", unit, day);
            return c == null ? drawn : ClassDecisions.raised(c);
        }
    }

    @Test
    void studentsDecideTheModelDecidesOnTimeoutAndTheRunIsTheModelsWithThoseDecisions() throws Exception {
        JsonNode opened = ok(send("POST", "/api/rooms", SMALL + "}"));
        String code = opened.path("code").asText();
        String teacher = opened.path("teacher").asText();
        assertEquals(Rooms.CODE_LENGTH, code.length());
        // Every seat of the hospital's manager and frontline roles: a student in each of two units' seats.
        String ana = ok(send("POST", "/api/rooms/" + code.toLowerCase() + "/students", "{\"name\": \"Ana\", \"seat\": 0}"))
                .path("token").asText();
        String ben = ok(send("POST", "/api/rooms/" + code + "/students", "{\"name\": \"Ben\", \"seat\": 1}"))
                .path("token").asText();
        ok(send("POST", "/api/rooms/" + code + "/control?teacher=" + teacher, "{\"action\": \"play\", \"speed\": 25}"));
        long benSkipped = -1;
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            JsonNode a = ok(send("GET", "/api/rooms/" + code + "/students/" + ana, null));
            if (a.has("prompt")) {
                String choice = a.path("prompt").path("kind").asText().equals("harm") ? "blame" : "hold";
                ok(send("POST", "/api/rooms/" + code + "/students/" + ana + "/answer",
                        "{\"prompt\": " + a.path("prompt").path("id") + ", \"choice\": \"" + choice + "\"}"));
            }
            JsonNode b = ok(send("GET", "/api/rooms/" + code + "/students/" + ben, null));
            if (b.has("prompt")) {
                long id = b.path("prompt").path("id").asLong();
                if (benSkipped < 0) {
                    benSkipped = id;   // Ben lets his first decision time out: the model decides it
                } else if (id != benSkipped) {
                    ok(send("POST", "/api/rooms/" + code + "/students/" + ben + "/answer",
                            "{\"prompt\": " + b.path("prompt").path("id") + ", \"choice\": \"raise\"}"));
                }
            }
            if (ok(send("GET", "/api/rooms/" + code, null)).path("finished").asBoolean()) {
                break;
            }
            Thread.sleep(40);
        }
        Room room = server.room(code);
        ClassRun run = room.classRun();
        assertTrue(run.finished(), "the run ended");
        List<String> hows = run.decisions().stream().map(d -> d.by() + " " + d.how()).distinct().toList();
        assertTrue(hows.contains("Ana answered") && hows.contains("Ben answered") && hows.contains("Ben timed out"),
                "students answered, and the model decided once time ran out: " + hows);
        long blamed = run.decisions().stream().filter(d -> d.choice().equals("blame")).count();
        assertTrue(run.decisions().stream().anyMatch(d -> d.choice().equals("hold") || d.choice().equals("blame")),
                "Ana's decisions: " + run.decisions());
        // The class's hospital is the model's with the class's decisions; the twin, the model's own.
        HospitalParameters p = room.lockstep().running();
        assertSameDays(headless(p.withStrategy("frontline"), Replay.of(run.decisions())), run.classDays());
        assertSameDays(headless(p.withStrategy("frontline"), Decisions.MODEL), run.modelDays());
        Hospital mine = room.lockstep().hospitals().get(0);
        Hospital twin = room.lockstep().hospitals().get(1);
        assertTrue(blamed == 0 || mine.culture().blames(0) >= blamed, "each blame reached the model");
        assertTrue(!Arrays.equals(run.classDays().get(run.classDays().size() - 1).values(),
                run.modelDays().get(run.modelDays().size() - 1).values()) || twin.culture().blames(0) != mine.culture().blames(0),
                "the class's decisions changed its hospital");
        HttpResponse<String> report = send("GET", "/api/rooms/" + code + "/report?teacher=" + teacher, null);
        assertEquals(200, report.statusCode());
        assertEquals("<html>" + run.decisions().size() + " decisions</html>", report.body());
    }

    private static List<DayRecord> headless(HospitalParameters p, Decisions who) {
        List<DayRecord> days = new ArrayList<>();
        Hospital h = new Hospital(p, false);
        h.decideBy(who);
        h.addListener(new RunListener() {
            @Override
            public void onDay(DayRecord day) {
                days.add(day);
            }
        });
        h.runToEnd();
        return days;
    }

    private static void assertSameDays(List<DayRecord> expected, List<DayRecord> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).values(), actual.get(i).values(), 0.0, "day " + expected.get(i).day());
            assertEquals(Arrays.deepToString(expected.get(i).unitValues()),
                    Arrays.deepToString(actual.get(i).unitValues()), "day " + expected.get(i).day());
        }
    }

    @Test
    void silentStudentsAndIdleRoomsAreDropped() {
        long[] now = {1_000_000};
        Rooms rooms = new Rooms(2, 10, 600_000, () -> now[0]);
        Room room = rooms.open(RoomRequest.parse(SMALL + "}"));
        Seats.Student ana = room.join("Ana", 0);
        room.join("Ben", 0);
        now[0] += Rooms.STUDENT_SILENCE_MILLIS / 2;
        room.student(ana.token);
        now[0] += Rooms.STUDENT_SILENCE_MILLIS / 2 + 1;
        rooms.tick();
        assertEquals(List.of("Ana"), names(room.info()), "Ben, silent for too long, left his seat; Ana stayed");
        assertEquals(1, rooms.size());
        now[0] += 600_001;
        rooms.tick();
        assertEquals(0, rooms.size(), "a room nobody has projected for the idle time is closed");
        BadRequest gone = org.junit.jupiter.api.Assertions.assertThrows(BadRequest.class, () -> rooms.get(room.code()));
        assertEquals(404, gone.status());
    }

    private static List<String> names(JsonNode info) {
        List<String> out = new ArrayList<>();
        info.path("seats").forEach(seat -> seat.path("students").forEach(n -> out.add(n.asText())));
        return out;
    }

    @Test
    void badRequestsAreRefusedWithTheReason() throws Exception {
        HttpResponse<String> r = send("POST", "/api/rooms", SMALL + ", \"colour\": 1}");
        assertEquals(400, r.statusCode());
        assertTrue(error(r).startsWith("colour: unknown field"), error(r));
        r = send("POST", "/api/rooms", "{\"timeLimit\": 1}");
        assertEquals(400, r.statusCode());
        assertEquals("timeLimit = 1: a whole number of seconds from 5 to 120", error(r));
        r = send("POST", "/api/rooms", "{\"strategy\": \"sideways\"}");
        assertEquals(400, r.statusCode());
        assertTrue(error(r).contains("unknown strategy"), error(r));
        r = send("POST", "/api/rooms", "{\"set\": {\"staffing.patientsPerNurse\": 40}}");
        assertEquals("--set: staffing.patientsPerNurse = 40: a number from 1 to 12", error(r));
        r = send("POST", "/api/rooms", "{\"days\": ");
        assertEquals(400, r.statusCode());
        assertTrue(error(r).startsWith("the body is not valid JSON"), error(r));
        assertEquals(404, send("GET", "/api/rooms/ZZZZZZ", null).statusCode());

        JsonNode opened = ok(send("POST", "/api/rooms", SMALL + "}"));
        String code = opened.path("code").asText();
        assertEquals(403, send("POST", "/api/rooms/" + code + "/control?teacher=guess", "{\"action\": \"play\"}").statusCode());
        assertEquals(403, send("GET", "/api/rooms/" + code + "/report", null).statusCode());
        r = send("POST", "/api/rooms/" + code + "/students", "{\"name\": \"<script>\"}");
        assertEquals(400, r.statusCode());
        assertTrue(error(r).startsWith("name = \"<script>\": 1 to 30 letters"), error(r));
        r = send("POST", "/api/rooms/" + code + "/students", "{\"name\": \"Cy\", \"seat\": 99}");
        assertTrue(error(r).startsWith("seat = 99: 0 to "), error(r));
        String cy = ok(send("POST", "/api/rooms/" + code + "/students", "{\"name\": \"Cy\"}")).path("token").asText();
        r = send("POST", "/api/rooms/" + code + "/students/" + cy + "/answer", "{\"prompt\": 1, \"choice\": \"blame\"}");
        assertEquals(409, r.statusCode());
        r = send("POST", "/api/rooms/" + code + "/control?teacher=" + opened.path("teacher").asText(), "{\"speed\": 3}");
        assertEquals("speed = 3: one of [1, 2, 5, 10, 25] days a second", error(r));
        for (int i = 0; i < 3; i++) {
            ok(send("POST", "/api/rooms/" + code + "/students", "{\"name\": \"S" + i + "\"}"));
        }
        r = send("POST", "/api/rooms/" + code + "/students", "{\"name\": \"One too many\"}");
        assertEquals(503, r.statusCode());
        assertTrue(error(r).contains("its limit (--max-students)"), error(r));
        try (ClassroomServer one = ClassroomServer.start(new ClassroomServer.Options("127.0.0.1", 0, 3,
                Duration.ofMinutes(5), 1, 4))) {
            ok(send(one, "POST", "/api/rooms", SMALL + "}"));
            HttpResponse<String> third = send(one, "POST", "/api/rooms", SMALL + "}");
            assertEquals(503, third.statusCode());
            assertTrue(error(third).contains("(--max-rooms)"), error(third));
        }
    }
}
