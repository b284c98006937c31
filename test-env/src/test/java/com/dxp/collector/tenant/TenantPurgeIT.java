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
 * the tenant is purged is stopped and waited for, the purge answers 202 at once, its rows go chunk by chunk (the
 * test server deletes 1,000 a transaction), and once it is gone nothing of it is left or written afterwards. On
 * PostgreSQL the test holds one of the tenant's rows locked, so the purge is caught half-way without a race: STARTED,
 * its progress shown, the tenant PURGING and refusing every change; and it counts the rows left straight in the
 * database (the embedded H2 lives inside the server, and a purge there is over too soon to be caught half-way).
 */
@MicroShedTest
class TenantPurgeIT {

    private static final String QUERY_PATH = "/api/v2/analytics/conversations/details/query";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Enough stored that the purge takes several chunks of the test server's 1,000 rows. */
    private static final long STORED_BEFORE_PURGE = 300;
    private static final boolean POSTGRES = "postgres".equals(System.getProperty("it.db.kind"));

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
            List<Long> totalsWhileRunning = new ArrayList<>();
            JsonObject done;
            if (POSTGRES) {
                // a set-aside record of the tenant, locked here: the purge deletes the tables before it (its
                // conversations among them), then waits at that row, STARTED, until this transaction ends
                try (Connection held = database()) {
                    holdASetAsideRecord(held, UUID.fromString(tenant));
                    startPurge(path);
                    await("the purge waits at the held record").atMost(PATIENCE)
                            .pollInterval(Duration.ofMillis(100)).until(TenantPurgeIT::purgeWaitsForTheHeldRecord);
                    JsonObject midway = CollectorApi.json(CollectorApi.get(path + "/purge", Account.VIEWER));
                    assertTrue(midway.getJsonObject("deleted").getJsonNumber("conversation").longValue()
                            >= storedAtPurge, "the conversations went before: " + midway);
                    assertEquals("STARTED", midway.getString("status"), midway.toString());
                    totalsWhileRunning.add(midway.getJsonNumber("deletedTotal").longValue());
                    assertRefusedWhilePurging(tenant);
                    held.rollback();
                }
                done = awaitCompleted(path + "/purge", totalsWhileRunning);
            } else {
                // on the embedded H2 a purge of this size takes a moment: only what cannot race it is checked
                startPurge(path);
                done = awaitCompleted(path + "/purge", totalsWhileRunning);
            }

            long total = done.getJsonNumber("deletedTotal").longValue();
            assertTrue(done.getJsonObject("deleted").getJsonNumber("conversation").longValue() >= storedAtPurge,
                    done.toString());
            if (POSTGRES) {
                assertTrue(totalsWhileRunning.stream().anyMatch(t -> t > 0 && t < total), "progress seen between 0"
                        + " and " + total + ": " + totalsWhileRunning);
            }
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
            if (POSTGRES) {
                await("nothing of the purged tenant in any table, however long one looks")
                        .during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                        .until(() -> rowsOf(UUID.fromString(tenant)) == 0);
            }
            FaultFigures.print("TenantPurgeIT.shouldStopARunningBackfillThenPurgeInTheBackgroundShowingProgressUntilNothingOfTheTenantIsLeft",
                    "purged with at least " + storedAtPurge + " conversations stored and the backfill running: 202, "
                            + total + " rows deleted, progress seen at " + totalsWhileRunning.size() + " totals, "
                            + (POSTGRES ? "held at a locked set-aside record: STARTED and refusing changes with "
                                    + totalsWhileRunning.get(0) + " rows deleted; " + rowsOf(UUID.fromString(tenant)) + " rows of the tenant in any table 5 s later"
                                    : "rows not counted (the embedded H2 lives inside the server)"));
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }
    }

    /** Asks for the purge: 202 with the run, its URL in {@code Location}. */
    private static void startPurge(String path) throws Exception {
        HttpResponse<String> purge = CollectorApi.delete(path + "?purge=true", Account.ADMIN);
        assertEquals(202, purge.statusCode(), purge.body());
        assertEquals(path + "/purge", purge.headers().firstValue("Location").orElse(""));
        JsonObject accepted = CollectorApi.json(purge);
        assertEquals(path.substring(path.lastIndexOf('/') + 1), accepted.getString("tenantId"));
        assertTrue(accepted.getJsonNumber("executionId").longValue() > 0, purge.body());
    }

    /**
     * Sets a record aside for the tenant (as the store does with one the database refuses) and locks it in a
     * transaction of {@code held} that stays open: no work of the tenant touches that row, only its purge.
     */
    private static void holdASetAsideRecord(Connection held, UUID tenant) throws Exception {
        try (PreparedStatement s = held.prepareStatement("INSERT INTO refused_conversation (tenant_id, record_key,"
                + " conversation_id, source, reason, raw_json, first_refused, last_refused, refusals) VALUES (?,"
                + " 'held-by-the-test', NULL, 'IMPORT', 'held by TenantPurgeIT', '{}', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 1)")) {
            s.setObject(1, tenant);
            s.executeUpdate();
        }
        held.setAutoCommit(false);
        try (PreparedStatement s = held.prepareStatement("SELECT record_key FROM refused_conversation"
                + " WHERE tenant_id = ? FOR UPDATE")) {
            s.setObject(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the record to hold");
            }
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

    /** Whether a purge's delete of set-aside records is waiting for a lock (the test's, as nothing else holds one). */
    private static boolean purgeWaitsForTheHeldRecord() throws Exception {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM"
                + " pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'DELETE FROM refused_conversation%'");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** The test server's PostgreSQL database, as its superuser. */
    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://" + System.getProperty("it.db.host") + ":"
                + System.getProperty("it.db.port") + "/" + System.getProperty("it.db.name"), "postgres", "");
    }

    /** Rows of the tenant in every table with a tenant_id but the audit trail and the purge's own record. */
    private static long rowsOf(UUID tenant) throws Exception {
        try (Connection c = database()) {
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
