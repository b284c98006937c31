package com.dxp.collector.genesys.simulator.api;

import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_CLIENT;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_SECRET;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import com.mypurecloud.sdk.v2.model.Organization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultInjectionTest extends RunningSimulatorTest.AsFullClient {

    private static final String ME = "/api/v2/organizations/me";

    @Test
    void shouldDelayMatchingRequests() {
        simulator.control().inject(Fault.latency(Duration.ofMillis(300)).on("GET", ME),
                Fault.randomLatency(Duration.ofMillis(50), Duration.ofMillis(100)).on("*", "/api/v2/organizations"));

        long started = System.nanoTime();
        HttpResponse<String> response = client.get(ME, token);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(200, response.statusCode());
        assertTrue(took.toMillis() >= 350, "took " + took);
    }

    @Test
    void shouldAnswerARateLimitStormWithRetryAfter() {
        simulator.control().inject(Fault.rateLimitStorm(7));

        HttpResponse<String> response = client.get(ME, token);

        assertEquals(429, response.statusCode());
        assertEquals("7", response.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("too.many.requests", GenesysSchemaOracle.read(response.body(), ErrorBody.class).getCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void shouldAnswerServerErrorsWithErrorBodies(int status) {
        simulator.control().inject(Fault.serverError(status).on("GET", "/api/v2/"));

        HttpResponse<String> response = client.get(ME, token);

        assertEquals(status, response.statusCode());
        assertEquals(status, GenesysSchemaOracle.read(response.body(), ErrorBody.class).getStatus());
        assertTrue(response.headers().firstValue("inin-correlation-id").isPresent());
    }

    @Test
    void shouldResetTheConnection() {
        simulator.control().inject(Fault.connectionReset().on("GET", ME));

        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> client.get(ME, token));

        assertTrue(failure.getCause() instanceof IOException);
    }

    @Test
    void shouldHoldARequestPastTheClientTimeoutThenDropIt() {
        simulator.control().inject(Fault.timeout(Duration.ofMillis(1500)).on("GET", ME));
        HttpClient http = HttpClient.newHttpClient();

        assertThrows(HttpTimeoutException.class, () -> http.send(client.authorized(ME, token)
                .timeout(Duration.ofMillis(200)).build(), HttpResponse.BodyHandlers.ofString()));
        CompletableFuture<HttpResponse<String>> patient = http.sendAsync(client.authorized(ME, token).build(),
                HttpResponse.BodyHandlers.ofString());

        await("held request dropped").atMost(Duration.ofSeconds(10)).until(patient::isDone);
        assertTrue(patient.isCompletedExceptionally());
        simulator.control().clearFaults();
        assertEquals(200, client.get(ME, token).statusCode());
    }

    @Test
    void shouldSendAMalformedBody() {
        simulator.control().inject(Fault.malformedBody().on("GET", ME));

        HttpResponse<String> response = client.get(ME, token);

        assertEquals(200, response.statusCode());
        assertThrows(UncheckedIOException.class, () -> SimClient.tree(response.body()));
    }

    @Test
    void shouldSendATruncatedBody() {
        String whole = client.get(ME, token).body();
        simulator.control().inject(Fault.truncatedBody().on("GET", ME));

        HttpResponse<String> response = client.get(ME, token);

        assertEquals(200, response.statusCode());
        assertTrue(whole.startsWith(response.body()) && response.body().length() < whole.length());
        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.read(response.body(), Organization.class));
    }

    @Test
    void shouldRetireAFaultAfterItsHits() {
        simulator.control().inject(Fault.serverError(503).on("POST", "/oauth/token").times(1));

        assertEquals(503, client.requestToken(FULL_CLIENT, FULL_SECRET, "grant_type=client_credentials")
                .statusCode());
        assertEquals(200, client.requestToken(FULL_CLIENT, FULL_SECRET, "grant_type=client_credentials")
                .statusCode());
        assertEquals(List.of(), simulator.control().faults());
    }

    @Test
    void shouldMisbehaveTheSameWayForTheSameSeed() {
        List<Integer> first = statuses(simulator, client, token);
        try (GenesysSimulator twin = SimulatorFixture.start(clock, SimulatorFixture.settings())) {
            SimClient twinClient = new SimClient(twin.baseUri());
            List<Integer> second = statuses(twin, twinClient, twinClient.token(FULL_CLIENT, FULL_SECRET));

            assertEquals(first, second);
            assertTrue(first.contains(200) && first.contains(503), first.toString());
        }
    }

    @Test
    void shouldTakeFaultsThroughTheControlApi() {
        HttpResponse<String> injected = control("POST", "/simulator/faults", "[{\"kind\":\"SERVER_ERROR\","
                + "\"status\":503,\"method\":\"GET\",\"pathPrefix\":\"/api/v2/users\"},{\"kind\":\"latency\","
                + "\"latencyMs\":10,\"maxLatencyMs\":20,\"probability\":0.5}]");

        assertEquals(204, injected.statusCode());
        assertTrue(control("GET", "/simulator/faults", null).body().contains("\"kind\":\"SERVER_ERROR\""));
        assertEquals(503, client.get("/api/v2/users", token).statusCode());
        assertEquals(200, client.get(ME, token).statusCode());
        assertEquals(204, control("DELETE", "/simulator/faults", null).statusCode());
        assertEquals(200, client.get("/api/v2/users", token).statusCode());
        assertEquals(400, control("POST", "/simulator/faults", "{\"kind\":\"GREMLINS\"}").statusCode());
    }

    private HttpResponse<String> control(String method, String path, String body) {
        return client.send(HttpRequest.newBuilder(client.uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static List<Integer> statuses(GenesysSimulator sim, SimClient simClient, String bearer) {
        sim.control().inject(Fault.serverError(503).on("GET", ME).withProbability(0.5));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(simClient.get(ME, bearer).statusCode());
        }
        return statuses;
    }
}
