package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Admin actions that are not one transaction with an audit entry of their own are audited once they succeed, with
 * the caller, the target and the request's correlation id, never a secret; failed logins are audited with the user
 * tried and the caller's address, never the password.
 */
@MicroShedTest
class AuditedActionsIT {

    @Test
    void shouldAuditStoppingAndStartingAQueue() throws Exception {
        String name;
        try (JsonReader queues = Json.createReader(new StringReader(get("/api/admin/event-queues", VIEWER).body()))) {
            name = queues.readArray().getJsonObject(0).getString("name");
        }

        HttpResponse<String> stopped = postJson("/api/admin/event-queues/" + name + "/stop", "", ADMIN);
        HttpResponse<String> started = postJson("/api/admin/event-queues/" + name + "/start", "", ADMIN);

        assertEquals(200, stopped.statusCode(), stopped.body());
        assertEquals(200, started.statusCode(), started.body());
        JsonObject stop = entryOf(stopped);
        assertEquals("event-queue.stopped", stop.getString("action"));
        assertEquals("admin", stop.getString("actor"));
        assertEquals(name, stop.getString("targetId"));
        assertEquals("event-queue.started", entryOf(started).getString("action"));
    }

    @Test
    void shouldAuditADryRunVerificationWithoutItsSecret() throws Exception {
        String secret = SimulatorForIts.secretOf(SimulatorForIts.FULL);
        HttpResponse<String> verified = postJson("/api/admin/genesys/verifications", "{\"apiBaseUrl\":\""
                + SimulatorForIts.start().baseUri() + "\",\"clientId\":\"" + SimulatorForIts.FULL
                + "\",\"clientSecret\":\"" + secret + "\"}", ADMIN);

        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject entry = entryOf(verified);
        assertEquals("genesys.verification-dry-run", entry.getString("action"));
        assertFalse(entry.toString().contains(secret), entry.toString());
    }

    @Test
    void shouldAuditAFailedLoginWithTheUserTriedButNotThePassword() throws Exception {
        String user = "mallory-" + UUID.randomUUID();
        String password = "guess-" + UUID.randomUUID();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(CollectorApi.root() + "/api/admin/tenants")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, refused.statusCode());
        JsonObject entry = recent().stream().filter(e -> "login.failed".equals(e.getString("action"))
                && user.equals(e.getString("targetId", ""))).findFirst().orElseThrow(() ->
                        new AssertionError("no login.failed entry for " + user + " in " + recent()));
        assertTrue(entry.getString("detail").contains(user), entry.toString());
        assertFalse(entry.toString().contains(password), entry.toString());
    }

    /** The audit entry with the response's correlation id. */
    private static JsonObject entryOf(HttpResponse<String> response) throws Exception {
        String correlation = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        return recent().stream().filter(e -> correlation.equals(e.getString("correlationId", "")))
                .findFirst().orElseThrow(() -> new AssertionError("no audit entry with correlation id "
                        + correlation));
    }

    private static List<JsonObject> recent() {
        try {
            return json(get("/api/admin/audit?limit=100", VIEWER)).getJsonArray("entries").stream()
                    .map(v -> v.asJsonObject()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
