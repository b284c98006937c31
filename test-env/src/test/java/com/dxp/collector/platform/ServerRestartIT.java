package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.backfill.BackfillRuns;
import com.dxp.collector.genesys.SimulatorForIts;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A real stop and start of the Liberty server: what was committed before is there after, and so is the batch
 * job repository (it lives in the application database, not in memory); a run under way goes on by itself.
 */
@MicroShedTest
class ServerRestartIT {

    @Test
    void shouldKeepCommittedWritesAndBatchJobRunsAcrossARestart() throws Exception {
        JsonObject run = AuditRetentionIT.RetentionRuns.runToCompletion(3650);
        String text = "survives restart " + UUID.randomUUID();
        HttpResponse<String> created = postJson("/api/admin/audit/notes", "{\"text\":\"" + text + "\"}", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        String entryPath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

        TestServer.restart();

        HttpResponse<String> read = get(entryPath, ADMIN);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(text, json(read).getString("detail"));
        HttpResponse<String> runAfter = get("/api/admin/audit/retention-runs/" + run.getJsonNumber("executionId"), ADMIN);
        assertEquals(200, runAfter.statusCode(), runAfter.body());
        assertEquals("COMPLETED", json(runAfter).getString("status"));
        assertEquals(run.getJsonNumber("purged"), json(runAfter).getJsonNumber("purged"));
    }

    /**
     * A backfill under way when its only server is restarted on purpose (an upgrade, a configuration change) is
     * handed over as the server stops and taken back when it is up again: it completes by itself, exactly. The H2
     * run covers it: what happens is the same on PostgreSQL, where the two-server tests hand runs over too.
     */
    @Test
    void shouldResumeABackfillUnderWayWhenTheServerIsRestartedOnPurpose() throws Exception {
        TestServer.onlyOnTheEmbeddedDatabase();
        String tenant = VerifiedTenant.create("Restarted on purpose", SimulatorForIts.FULL);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant from = today.minus(Duration.ofDays(49));
        Instant to = today.minus(Duration.ofDays(43));
        try {
            String run = BackfillRuns.underWay(CollectorApi.root(), tenant, from, to);

            TestServer.restart();

            BackfillRuns.resumedAndCompleted(tenant, run, from, to, Duration.ofMinutes(4));
        } finally {
            SimulatorForIts.start().control().clearFaults();
            VerifiedTenant.purge(tenant);
        }
    }
}
