package com.dxp.collector.tenant;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.api.Fault;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.FaultFigures;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A purge stops the tenant's work before its rows go, then deletes them in the background: a backfill running when
 * the tenant is purged is stopped and waited for, the purge answers 202 at once, the tenant is PURGING and refuses
 * every change while its rows go chunk by chunk (the test server deletes 50 a transaction), and once it is gone
 * nothing of it is left or written afterwards (counted straight in the database on PostgreSQL; the embedded H2 lives
 * inside the server).
 */
@MicroShedTest
class TenantPurgeIT {

    private static final String QUERY_PATH = "/api/v2/analytics/conversations/details/query";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Enough stored that the purge takes many chunks of the test server's 50 rows. */
    private static final long STORED_BEFORE_PURGE = 300;

    @Test
    void shouldStopARunningBackfillThenPurgeInTheBackgroundShowingProgressUntilNothingOfTheTenantIsLeft()
            throws Exception {
        String tenant = VerifiedTenant.create("Purged mid-run", SimulatorForIts.FULL);
        String path = "/api/admin/tenants/" + tenant;
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        // slow pages, so the run is busy writing when the purge comes
        SimulatorForIts.start().control().inject(Fault.latency(Duration.ofMillis(250)).on("POST", QUERY_PATH));
        try {
            HttpResponse<String> started = CollectorApi.postJson(path + "/backfills",
                    "{\"from\":\"" + today.minus(Duration.ofDays(14)) + "\",\"to\":\"" + today
                            + "\",\"strategy\":\"query\"}", Account.ADMIN);
            assertEquals(202, started.statusCode(), started.body());
            await("the backfill has stored " + STORED_BEFORE_PURGE + " conversations").atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(200)).until(() -> stored(tenant, today) >= STORED_BEFORE_PURGE);

            long storedAtPurge = stored(tenant, today);
            assertEquals(200, CollectorApi.delete(path, Account.ADMIN).statusCode());
            HttpResponse<String> purge = CollectorApi.delete(path + "?purge=true", Account.ADMIN);

            assertEquals(202, purge.statusCode(), purge.body());
            assertEquals(path + "/purge", purge.headers().firstValue("Location").orElse(""));
            JsonObject accepted = CollectorApi.json(purge);
            assertEquals(tenant, accepted.getString("tenantId"));
            assertTrue(accepted.getJsonNumber("executionId").longValue() > 0, purge.body());
            assertRefusedWhilePurging(tenant);

            List<Long> totalsWhileRunning = new ArrayList<>();
            JsonObject done = awaitCompleted(path + "/purge", totalsWhileRunning);

            long total = done.getJsonNumber("deletedTotal").longValue();
            assertTrue(done.getJsonObject("deleted").getJsonNumber("conversation").longValue() >= storedAtPurge,
                    done.toString());
            assertTrue(totalsWhileRunning.stream().anyMatch(t -> t > 0 && t < total), "progress seen moving"
                    + " between 0 and " + total + ": " + totalsWhileRunning);
            assertTrue(done.containsKey("endedAt") && !done.isNull("endedAt"), done.toString());
            assertEquals(404, CollectorApi.get(path, Account.ADMIN).statusCode());
            assertEquals(200, CollectorApi.get(path + "/purge", Account.VIEWER).statusCode(),
                    "the purge is still there to read");
            List<String> audited = CollectorApi.json(CollectorApi.get("/api/admin/audit?tenantId=" + tenant
                    + "&limit=100", Account.ADMIN)).getJsonArray("entries").stream()
                    .map(e -> e.asJsonObject().getString("action")).toList();
            assertTrue(audited.indexOf("tenant.purged") >= 0
                    && audited.indexOf("tenant.purged") < audited.indexOf("tenant.purge-started"),
                    "started, then purged (newest first): " + audited);
            if ("postgres".equals(System.getProperty("it.db.kind"))) {
                await("nothing of the purged tenant in any table, however long one looks")
                        .during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                        .until(() -> rowsOf(UUID.fromString(tenant)) == 0);
            }
            FaultFigures.print("TenantPurgeIT.shouldStopARunningBackfillThenPurgeInTheBackgroundShowingProgressUntilNothingOfTheTenantIsLeft",
                    "purged with at least " + storedAtPurge + " conversations stored and the backfill running: 202, "
                            + total + " rows deleted, progress seen at " + totalsWhileRunning.size() + " totals, "
                            + ("postgres".equals(System.getProperty("it.db.kind"))
                                    ? rowsOf(UUID.fromString(tenant)) + " rows of the tenant in any table 5 s later"
                                    : "rows not counted (the embedded H2 lives inside the server)"));
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }
    }

    /** While it is PURGING the tenant cannot be enabled, changed, verified or purged again: 409 naming the purge. */
    private static void assertRefusedWhilePurging(String tenant) throws Exception {
        String path = "/api/admin/tenants/" + tenant;
        JsonObject read = CollectorApi.json(CollectorApi.get(path, Account.ADMIN));
        assertEquals("PURGING", read.getString("state"), read.toString());
        List<HttpResponse<String>> refused = List.of(
                CollectorApi.putJson(path, "{\"version\":" + read.getJsonNumber("version") + ",\"name\":\""
                        + read.getString("name") + "\",\"apiBaseUrl\":\"" + read.getString("apiBaseUrl")
                        + "\",\"enabled\":true}", Account.ADMIN),
                CollectorApi.postJson(path + "/verify", "", Account.ADMIN),
                CollectorApi.delete(path + "?purge=true", Account.ADMIN));
        for (HttpResponse<String> answer : refused) {
            assertEquals(409, answer.statusCode(), answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            assertTrue(CollectorApi.json(answer).getString("detail").contains(path + "/purge"), answer.body());
        }
    }

    /** Polls the purge until it completed (bounded), noting the totals it showed while it ran. */
    private static JsonObject awaitCompleted(String run, List<Long> totalsWhileRunning) {
        JsonObject[] last = new JsonObject[1];
        await("the purge completes").atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> {
            last[0] = CollectorApi.json(CollectorApi.get(run, Account.VIEWER));
            String status = last[0].getString("status");
            assertTrue(List.of("STARTING", "STARTED", "COMPLETED").contains(status), last[0].toString());
            if (!status.equals("COMPLETED")) {
                totalsWhileRunning.add(last[0].getJsonNumber("deletedTotal").longValue());
            }
            return status.equals("COMPLETED");
        });
        return last[0];
    }

    private static long stored(String tenant, Instant today) throws Exception {
        HttpResponse<String> summary = CollectorApi.get("/api/tenants/" + tenant + "/summary?from="
                + today.minus(Duration.ofDays(14)) + "&to=" + today, Account.VIEWER);
        return CollectorApi.json(summary).getJsonNumber("conversations").longValue();
    }

    /** Rows of the tenant in every table with a tenant_id but the audit trail and the purge's own record. */
    private static long rowsOf(UUID tenant) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + System.getProperty("it.db.host") + ":"
                + System.getProperty("it.db.port") + "/" + System.getProperty("it.db.name"), "postgres", "")) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.columns"
                    + " WHERE column_name = 'tenant_id' AND table_schema = current_schema() AND table_name NOT IN"
                    + " ('audit_entry', 'tenant_purge', 'tenant_purge_count')"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.contains("conversation") && tables.contains("job_run"), tables.toString());
            long rows = 0;
            for (String table : tables) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table
                        + " WHERE tenant_id = ?")) {
                    s.setObject(1, tenant);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM tenant WHERE id = ?")) {
                s.setObject(1, tenant);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rows + rs.getLong(1);
                }
            }
        }
    }
}
