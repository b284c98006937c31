package com.dxp.collector.health;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.backfill.BackfillRuns;
import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * What an operator reads first: every tenant in the list carries its health in brief, and the overview counts the
 * tenants by status, the latest runs by state, the queues and the backlog, from the same snapshot.
 */
@MicroShedTest
class OverviewIT {

    private static final Set<String> STATUSES = Set.of("OK", "LATE", "DEGRADED", "ERROR", "PAUSED");

    static String verified;
    static String disabled;

    @BeforeAll
    static void tenants() throws Exception {
        verified = VerifiedTenant.create("overview", SimulatorForIts.FULL);
        HttpResponse<String> created = CollectorApi.postJson("/api/admin/tenants", "{\"name\":\"overview disabled "
                + UUID.randomUUID() + "\",\"apiBaseUrl\":\"http://127.0.0.1:1\",\"clientId\":\"c\","
                + "\"clientSecret\":\"it-secret-" + UUID.randomUUID() + "\"}", Account.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        disabled = CollectorApi.json(created).getString("id");
        assertEquals(200, CollectorApi.delete("/api/admin/tenants/" + disabled, Account.ADMIN).statusCode());
    }

    @AfterAll
    static void purge() throws Exception {
        for (String tenant : new String[] {verified, disabled}) {
            if (tenant != null) {
                VerifiedTenant.purge(tenant);
            }
        }
    }

    @Test
    void shouldShowEveryTenantsHealthInTheListAndCountItInTheOverview() throws Exception {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        BackfillRuns.completed(verified, BackfillRuns.start(verified, today.minus(Duration.ofDays(20)),
                today.minus(Duration.ofDays(19)), "query"), Duration.ofMinutes(3));

        // the health snapshot is worked out at most every HEALTH_TENANT_CACHE_SECONDS
        await("the overview counting the new tenants and the completed run").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
                    Map<String, String> health = healthInTheList();
                    JsonObject overview = overview();
                    return "PAUSED".equals(health.get(disabled)) && STATUSES.contains(health.get(verified))
                            && overview.getJsonObject("runsByStatus").getJsonNumber("COMPLETED").longValue() >= 1
                            && overview.getJsonNumber("tenants").longValue() >= 2;
                });

        JsonObject overview = overview();
        JsonObject byStatus = overview.getJsonObject("tenantsByStatus");
        assertEquals(STATUSES, byStatus.keySet(), "every status listed, zeros too");
        assertEquals(overview.getJsonNumber("tenants").longValue(), STATUSES.stream()
                .mapToLong(s -> byStatus.getJsonNumber(s).longValue()).sum(), "each tenant counted once");
        assertTrue(byStatus.getJsonNumber("PAUSED").longValue() >= 1, overview.toString());
        List<String> attention = overview.getJsonArray("attention").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("id")).toList();
        assertTrue(!attention.contains(disabled), "a paused tenant needs no attention: " + overview);
        List<String> queues = overview.getJsonArray("queues").getValuesAs(JsonObject.class).stream()
                .map(q -> q.getString("name")).toList();
        assertTrue(queues.contains(System.getProperty("it.sqs.queue", "collector-it-events")), overview.toString());
        assertTrue(overview.getJsonNumber("enrichmentBacklog").longValue() >= 0, overview.toString());
        assertTrue(overview.containsKey("quarantinedWaiting"), overview.toString());
    }

    /** The status of each tenant as {@code GET /api/admin/tenants} shows it, by tenant id. */
    private static Map<String, String> healthInTheList() throws Exception {
        HttpResponse<String> list = CollectorApi.get("/api/admin/tenants?limit=200", Account.VIEWER);
        assertEquals(200, list.statusCode(), list.body());
        return CollectorApi.json(list).getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.containsKey("health") && !t.isNull("health"))
                .collect(Collectors.toMap(t -> t.getString("id"), t -> t.getJsonObject("health").getString("status")));
    }

    private static JsonObject overview() throws Exception {
        HttpResponse<String> overview = CollectorApi.get("/api/admin/overview", Account.VIEWER);
        assertEquals(200, overview.statusCode(), overview.body());
        return CollectorApi.json(overview);
    }
}
