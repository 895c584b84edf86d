package org.groundswell.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SMALL = "{\"strategies\": [\"none\", \"partnership\"], \"warmupDays\": 5, \"days\": 30";

    private static ClassroomServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = ClassroomServer.start(new ClassroomServer.Options("127.0.0.1", 0, 3, Duration.ofMinutes(5)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("error").asText();
    }

    @Test
    void aSliderOutOfRangeIsRefusedWithTheMessageOfSet() throws Exception {
        HttpResponse<String> response = send("POST", "/api/watch", SMALL + ", \"set\": {\"staffing.patientsPerNurse\": 40}}");
        assertEquals(400, response.statusCode());
        ScenarioException cli = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("community-hospital", List.of("staffing.patientsPerNurse=40")));
        assertEquals(cli.getMessage(), error(response), "the same check, the same words, as --set");
    }

    @Test
    void badInputIsRefusedWithItsReason() throws Exception {
        HttpResponse<String> notJson = send("POST", "/api/watch", "{\"scenario\": ");
        assertEquals(400, notJson.statusCode());
        assertTrue(error(notJson).startsWith("the body is not valid JSON"), error(notJson));

        HttpResponse<String> unknownParameter = send("POST", "/api/watch", SMALL + ", \"set\": {\"culture.psychologicalSafty\": 0.5}}");
        assertEquals(400, unknownParameter.statusCode());
        assertTrue(error(unknownParameter).contains("did you mean culture.psychologicalSafety"), error(unknownParameter));

        HttpResponse<String> unknownField = send("POST", "/api/watch", SMALL + ", \"speed\": 3}");
        assertEquals(400, unknownField.statusCode());
        assertTrue(error(unknownField).startsWith("speed: unknown field"), error(unknownField));

        HttpResponse<String> file = send("POST", "/api/watch", "{\"scenario\": \"/etc/passwd\"}");
        assertEquals(400, file.statusCode(), "only bundled scenarios: the page cannot make the server read a file");

        HttpResponse<String> strategy = send("POST", "/api/watch", "{\"strategies\": [\"bottom-up\"]}");
        assertEquals(400, strategy.statusCode());
        assertTrue(error(strategy).contains("unknown strategy"), error(strategy));

        HttpResponse<String> tooLong = send("POST", "/api/watch", "{\"days\": 36000}");
        assertEquals(400, tooLong.statusCode());
        assertTrue(error(tooLong).contains("at most"), error(tooLong));
    }

    @Test
    void aPathCannotClimbOutOfTheAssets() throws Exception {
        for (String path : List.of("/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fWatch.class",
                "/org/groundswell/web/Watch.class", "/webjars/../org/groundswell/web/Watch.class")) {
            HttpURLish result = get(path);
            assertTrue(result.status() == 400 || result.status() == 404, path + " answered " + result.status());
            assertFalse(result.body().contains("root:") || result.body().contains("CAFEBABE"), path);
        }
        assertEquals(200, get("/").status());
        assertEquals(200, get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").status(), "the chart library, from the jar");
    }

    private record HttpURLish(int status, String body) {
    }

    /** A GET sent as typed, without the client normalising the path. */
    private static HttpURLish get(String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return new HttpURLish(Integer.parseInt(answer.substring(9, 12)), answer);
        }
    }

    @Test
    void eachSessionHasAModelOfItsOwn() throws Exception {
        String a = JSON.readTree(send("POST", "/api/watch", SMALL + "}").body()).get("id").asText();
        String b = JSON.readTree(send("POST", "/api/watch", SMALL + "}").body()).get("id").asText();
        try {
            JsonNode stepped = JSON.readTree(send("POST", "/api/watch/" + a + "/control", "{\"action\": \"step\", \"days\": 12}").body());
            assertEquals(12, stepped.get("daysSimulated").asInt());
            JsonNode other = JSON.readTree(send("GET", "/api/watch/" + b + "/state", null).body());
            assertEquals(0, other.get("daysSimulated").asInt(), "stepping one tab's run leaves another's alone");
            assertEquals(404, send("GET", "/api/watch/not-a-session/state", null).statusCode());
            HttpResponse<String> badStep = send("POST", "/api/watch/" + a + "/control", "{\"action\": \"step\", \"days\": 0}");
            assertEquals(400, badStep.statusCode());
            assertTrue(error(badStep).startsWith("days = 0"), error(badStep));
        } finally {
            // a and b stay until idle; the limit test below counts from what is held
        }
    }

    @Test
    void theServerHoldsNoMoreRunsThanItsLimit() throws Exception {
        int status = 0;
        for (int i = 0; i <= 3 && status != 503; i++) {
            status = send("POST", "/api/watch", SMALL + "}").statusCode();
        }
        assertEquals(503, status);
        assertEquals(3, server.sessions());
    }

    @Test
    void aRunNobodyUsesIsDropped() {
        AtomicLong now = new AtomicLong(0);
        Sessions sessions = new Sessions(5, 60_000, now::get);
        WatchRequest.Checked request = WatchRequest.parse(SMALL + "}");
        Watch used = sessions.create(request);
        Watch idle = sessions.create(request);
        now.set(50_000);
        sessions.get(used.id());
        now.set(90_000);
        sessions.tick(0.1);
        assertEquals(1, sessions.size());
        assertEquals(used, sessions.get(used.id()));
        BadRequest gone = assertThrows(BadRequest.class, () -> sessions.get(idle.id()));
        assertEquals(404, gone.status());
    }
}
