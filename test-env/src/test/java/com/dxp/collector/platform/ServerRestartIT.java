package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A real stop and start of the Liberty server: what was committed before is there after, and so is the batch
 * job repository (it lives in the application database, not in memory).
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
}
