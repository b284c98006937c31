package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.backfill.BackfillRuns;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A tenant's life as an admin drives it: a backfill started, stopped and restarted, a reconciliation, the refused
     * records retried, its credentials replaced (the secret never in the entry), and the purge; each is one entry with
     * its action, the caller and the request's correlation id.
     */
    @Test
    void shouldAuditEveryActionOnATenantsRunsItsCredentialsAndItsPurge() throws Exception {
        String tenant = VerifiedTenant.create("audited", SimulatorForIts.FULL);
        String secret = SimulatorForIts.secretOf(SimulatorForIts.FULL);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        String admin = "/api/admin/tenants/" + tenant;
        String run;
        HttpResponse<String> stopped;
        try {
            run = BackfillRuns.startSlowed(CollectorApi.root(), tenant, today.minus(Duration.ofDays(30)),
                    today.minus(Duration.ofDays(23)));
            stopped = postJson(run + "/stop", "", ADMIN);
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }
        assertEquals(200, stopped.statusCode(), stopped.body());
        await("the stopped run ended").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> List.of("STOPPED", "COMPLETED", "FAILED").contains(
                        json(get(run, VIEWER)).getString("status")));
        HttpResponse<String> restarted = postJson(run + "/restart", "", ADMIN);
        await("the restarted run ended").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> List.of("STOPPED", "COMPLETED", "FAILED").contains(
                        json(get(run, VIEWER)).getString("status")));
        HttpResponse<String> reconciled = postJson(admin + "/reconciliations", "{\"from\":\""
                + today.minus(Duration.ofDays(2)) + "\",\"to\":\"" + today.minus(Duration.ofDays(1)) + "\"}", ADMIN);
        HttpResponse<String> retried = postJson(admin + "/refused-conversations/retry", "", ADMIN);
        HttpResponse<String> replaced = CollectorApi.putJson(admin + "/credentials", "{\"clientId\":\""
                + SimulatorForIts.FULL + "\",\"clientSecret\":\"" + secret + "\"}", ADMIN);
        assertEquals(200, CollectorApi.delete(admin, ADMIN).statusCode());
        HttpResponse<String> purged = CollectorApi.delete(admin + "?purge=true", ADMIN);
        assertEquals(202, purged.statusCode(), purged.body());
        VerifiedTenant.awaitPurged(tenant, Duration.ofMinutes(3));

        Map<String, HttpResponse<String>> byAction = new LinkedHashMap<>();
        byAction.put("backfill.stopped", stopped);
        byAction.put("backfill.restarted", restarted);
        byAction.put("reconciliation.run", reconciled);
        byAction.put("refused-conversations.retried", retried);
        byAction.put("tenant.credentials-replaced", replaced);
        byAction.put("tenant.purged", purged);
        for (Map.Entry<String, HttpResponse<String>> action : byAction.entrySet()) {
            HttpResponse<String> answer = action.getValue();
            assertTrue(answer.statusCode() < 300, action.getKey() + ": " + answer.statusCode() + " " + answer.body());
            JsonObject entry = entryOf(answer);
            assertEquals(action.getKey(), entry.getString("action"), entry.toString());
            assertEquals("admin", entry.getString("actor"), entry.toString());
            assertFalse(entry.toString().contains(secret), entry.toString());
        }
        assertTrue(recent().stream().anyMatch(e -> "backfill.started".equals(e.getString("action"))
                && e.toString().contains(tenant)), "the start is audited too");
        String purge = purged.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertTrue(recent().stream().anyMatch(e -> "tenant.purge-started".equals(e.getString("action"))
                && purge.equals(e.getString("correlationId", ""))), "the purge's start is audited too");
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
