package com.dxp.collector.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.events.EventBridgeSettings;
import com.dxp.collector.platform.CollectorApi.Account;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A tenant of one of the simulator's orgs, created through the admin API and verified (so its Genesys org id is
 * bound to it and it may run), then purged with everything stored for it. An org belongs to one tenant at a time,
 * so a test class creates its tenant before its tests and purges it after them.
 */
public final class VerifiedTenant {

    private VerifiedTenant() {
    }

    /** A new verified tenant using {@code clientId}'s credentials; its id. */
    public static String create(String namePrefix, String clientId) throws Exception {
        String id = unverified(namePrefix, clientId);
        verify(id);
        return id;
    }

    /**
     * A new verified tenant using {@code clientId}'s credentials that names the EventBridge source the test
     * publisher's envelopes carry, as a tenant whose events come does (the event-stream check watches only those);
     * its id.
     */
    public static String createWithEventSource(String namePrefix, String clientId) throws Exception {
        EventBridgeSettings source = EventBridgeSettings.defaults();
        String id = unverified(namePrefix, clientId, ",\"eventBridge\":{\"awsAccountId\":\"" + source.account()
                + "\",\"awsRegion\":\"" + source.region() + "\",\"eventSourceSuffix\":\"" + source.eventSourceSuffix()
                + "\"}");
        verify(id);
        return id;
    }

    /** A new tenant using {@code clientId}'s credentials, not verified yet; its id. */
    public static String unverified(String namePrefix, String clientId) throws Exception {
        return unverified(namePrefix, clientId, "");
    }

    private static String unverified(String namePrefix, String clientId, String moreJson) throws Exception {
        HttpResponse<String> created = CollectorApi.postJson("/api/admin/tenants", "{\"name\":\"" + namePrefix + " "
                + UUID.randomUUID() + "\",\"apiBaseUrl\":\"" + SimulatorForIts.start().baseUri()
                + "\",\"clientId\":\"" + clientId + "\",\"clientSecret\":\"" + SimulatorForIts.secretOf(clientId)
                + "\"" + moreJson + "}", Account.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return CollectorApi.json(created).getString("id");
    }

    /** Sets the tenant's {@code journeySessions} on (backfills fetch the journey sessions conversations name). */
    public static void optIntoJourneySessions(String id) throws Exception {
        String path = "/api/admin/tenants/" + id;
        JsonObject t = CollectorApi.json(CollectorApi.get(path, Account.ADMIN));
        HttpResponse<String> r = CollectorApi.putJson(path, "{\"version\":" + t.getJsonNumber("version")
                + ",\"name\":\"" + t.getString("name") + "\",\"apiBaseUrl\":\"" + t.getString("apiBaseUrl")
                + "\",\"loginBaseUrl\":\"" + t.getString("loginBaseUrl") + "\",\"enabled\":true,"
                + "\"journeySessions\":true}", Account.ADMIN);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(CollectorApi.json(r).getBoolean("journeySessions"), r.body());
    }

    /** Verifies the tenant, which also adopts its org's rate limit as its budget. */
    public static void verify(String id) throws Exception {
        HttpResponse<String> verified = CollectorApi.postJson("/api/admin/tenants/" + id + "/verify", "",
                Account.ADMIN);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("VERIFIED", CollectorApi.json(verified).getString("outcome"), verified.body());
    }

    /**
     * Disables and purges the tenant with everything stored for it, and waits (at most five minutes) until the
     * background purge has completed. A purge that fails fails the test class that leaves the tenant behind, not the
     * next class to verify the same org.
     */
    public static void purge(String id) throws Exception {
        purge(id, Duration.ofMinutes(5));
    }

    /** {@link #purge(String)} waiting at most {@code patience} for the purge to complete (a benchmark's tenant). */
    public static void purge(String id, Duration patience) throws Exception {
        HttpResponse<String> disabled = CollectorApi.delete("/api/admin/tenants/" + id, Account.ADMIN);
        assertEquals(200, disabled.statusCode(), "disable before the purge: " + disabled.body());
        HttpResponse<String> purged = CollectorApi.delete("/api/admin/tenants/" + id + "?purge=true",
                Account.ADMIN, Duration.ofMinutes(5));
        assertEquals(202, purged.statusCode(), "purge: " + purged.body());
        awaitPurged(id, patience);
    }

    /** Waits (at most {@code patience}) until the tenant's purge has completed; fails at once if it ended early. */
    public static JsonObject awaitPurged(String id, Duration patience) {
        JsonObject[] run = new JsonObject[1];
        await("the purge of tenant " + id + " completes").atMost(patience).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    HttpResponse<String> read = CollectorApi.get("/api/admin/tenants/" + id + "/purge",
                            Account.ADMIN);
                    assertEquals(200, read.statusCode(), read.body());
                    run[0] = CollectorApi.json(read);
                    String status = run[0].getString("status");
                    assertTrue(!status.equals("FAILED") && !status.equals("STOPPED"), "the purge ended early: "
                            + read.body());
                    return status.equals("COMPLETED");
                });
        return run[0];
    }
}
