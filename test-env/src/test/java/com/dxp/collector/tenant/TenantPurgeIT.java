package com.dxp.collector.tenant;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.api.Fault;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.FaultFigures;
import com.dxp.collector.platform.VerifiedTenant;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A purge stops the tenant's work before its rows go: a backfill running when the tenant is purged is stopped and
 * waited for, so nothing is written for the tenant afterwards (counted straight in the database on PostgreSQL; the
 * embedded H2 lives inside the server).
 */
@MicroShedTest
class TenantPurgeIT {

    private static final String QUERY_PATH = "/api/v2/analytics/conversations/details/query";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void shouldStopARunningBackfillBeforePurgingAndWriteNothingForTheTenantAfterwards() throws Exception {
        String tenant = VerifiedTenant.create("Purged mid-run", SimulatorForIts.FULL);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        // slow pages, so the run is busy writing when the purge comes
        SimulatorForIts.start().control().inject(Fault.latency(Duration.ofMillis(250)).on("POST", QUERY_PATH));
        try {
            HttpResponse<String> started = CollectorApi.postJson("/api/admin/tenants/" + tenant + "/backfills",
                    "{\"from\":\"" + today.minus(Duration.ofDays(14)) + "\",\"to\":\"" + today
                            + "\",\"strategy\":\"query\"}", Account.ADMIN);
            assertEquals(202, started.statusCode(), started.body());
            await("the backfill has stored conversations").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> stored(tenant, today) > 0);

            long storedAtPurge = stored(tenant, today);
            assertEquals(200, CollectorApi.delete("/api/admin/tenants/" + tenant, Account.ADMIN).statusCode());
            HttpResponse<String> purged = CollectorApi.delete("/api/admin/tenants/" + tenant + "?purge=true",
                    Account.ADMIN);

            assertEquals(204, purged.statusCode(), purged.body());
            assertEquals(404, CollectorApi.get("/api/admin/tenants/" + tenant, Account.ADMIN).statusCode());
            if ("postgres".equals(System.getProperty("it.db.kind"))) {
                await("nothing written for the purged tenant, however long one looks").during(Duration.ofSeconds(5))
                        .atMost(Duration.ofSeconds(10)).until(() -> rowsOf(UUID.fromString(tenant)) == 0);
            }
            FaultFigures.print("TenantPurgeIT.shouldStopARunningBackfillBeforePurgingAndWriteNothingForTheTenantAfterwards",
                    "purged with at least " + storedAtPurge + " conversations stored and the backfill running: 204, "
                            + ("postgres".equals(System.getProperty("it.db.kind"))
                                    ? rowsOf(UUID.fromString(tenant)) + " rows of the tenant 5 s later"
                                    : "rows not counted (the embedded H2 lives inside the server)"));
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }
    }

    private static long stored(String tenant, Instant today) throws Exception {
        HttpResponse<String> summary = CollectorApi.get("/api/tenants/" + tenant + "/summary?from="
                + today.minus(Duration.ofDays(14)) + "&to=" + today, Account.VIEWER);
        return CollectorApi.json(summary).getJsonNumber("conversations").longValue();
    }

    /** Rows of the tenant in the tables every path writes, read as the database's owner. */
    private static long rowsOf(UUID tenant) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + System.getProperty("it.db.host") + ":"
                + System.getProperty("it.db.port") + "/" + System.getProperty("it.db.name"), "postgres", "");
                PreparedStatement s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM conversation WHERE tenant_id"
                        + " = ?) + (SELECT COUNT(*) FROM participant WHERE tenant_id = ?) + (SELECT COUNT(*) FROM"
                        + " job_run WHERE tenant_id = ?) + (SELECT COUNT(*) FROM completeness_day WHERE tenant_id"
                        + " = ?)")) {
            for (int i = 1; i <= 4; i++) {
                s.setObject(i, tenant);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
