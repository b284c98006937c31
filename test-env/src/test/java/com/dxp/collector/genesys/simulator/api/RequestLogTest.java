package com.dxp.collector.genesys.simulator.api;

import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_CLIENT;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestLogTest extends RunningSimulatorTest {

    private static final String QUERY = "POST /api/v2/analytics/conversations/details/query";
    private static final String SINGLE = "GET /api/v2/analytics/conversations/{conversationId}/details";

    @Test
    void shouldCountRequestsPerEndpointTemplateAndClient() {
        String token = client.token(FULL_CLIENT, FULL_SECRET);
        String body = "{\"interval\":\"2026-05-13T00:00:00Z/2026-05-14T00:00:00Z\"}";
        client.post("/api/v2/analytics/conversations/details/query", token, body);
        client.post("/api/v2/analytics/conversations/details/query", token, body);
        client.get("/api/v2/analytics/conversations/c-voice-1/details", token);
        client.get("/api/v2/analytics/conversations/c-msg-1/details", token);
        client.get("/api/v2/users", null);

        RequestLog log = simulator.control().requests();

        assertEquals(2, log.count(QUERY));
        assertEquals(2, log.count(FULL_CLIENT, SINGLE));
        assertEquals(1, log.count(FULL_CLIENT, "POST /oauth/token"));
        assertEquals(1, log.count(RequestLog.ANONYMOUS, "GET /api/v2/users"));
        assertEquals(6, log.snapshot().total());
    }

    @Test
    void shouldServeAndResetTheLogThroughTheControlApi() {
        String token = client.token(FULL_CLIENT, FULL_SECRET);
        client.get("/api/v2/organizations/me", token);
        client.get("/api/v2/no/such/thing", token);

        JsonNode counts = SimClient.tree(client.send(HttpRequest.newBuilder(client.uri("/simulator/requests")))
                .body());

        assertEquals(3, counts.get("total").asLong());
        assertEquals(1, counts.get("byEndpoint").get("GET (unknown)").asLong());
        assertEquals(1, counts.get("byClient").get(FULL_CLIENT).get("GET /api/v2/organizations/me").asLong());
        assertEquals(204, client.send(HttpRequest.newBuilder(client.uri("/simulator/requests")).DELETE())
                .statusCode());
        assertEquals(0, simulator.control().requests().snapshot().total());
    }

    @Test
    void shouldFindTheBusiestMinuteOfAClientBySecond() {
        RequestLog log = new RequestLog();
        Instant start = Instant.parse("2026-12-06T20:00:00Z");
        for (int second = 0; second < 180; second++) {
            Instant at = start.plusSeconds(second);
            int calls = second >= 50 && second < 70 ? 10 : 1;
            for (int i = 0; i < calls; i++) {
                log.recordLimited("busy", at);
            }
            log.recordLimited("other", at);
        }
        Instant end = start.plusSeconds(180);

        assertEquals(60 - 20 + 200, log.busiestMinute("busy", start, end), "a minute over seconds 50 to 69");
        assertEquals(60, log.busiestMinute("other", start, end));
        assertEquals(180 + 180, log.count("busy", start, end));
        assertEquals(0, log.busiestMinute("nobody", start, end));
    }

    @Test
    void shouldCountOnlyTheApiRequestsTheLimitLetThroughPerSecond() {
        String token = client.token(FULL_CLIENT, FULL_SECRET);
        Instant before = clock.instant().minusSeconds(1);
        client.get("/api/v2/organizations/me", token);
        client.get("/api/v2/organizations/me", token);

        assertEquals(2, simulator.control().requests().count(FULL_CLIENT, before, clock.instant().plusSeconds(2)),
                "the token request is not counted against the limit");
    }
}
