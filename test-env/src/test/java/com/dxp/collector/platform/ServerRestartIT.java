package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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

        server("stop");
        server("start");
        await("server ready again after restart").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> get("/health/ready", NOBODY).statusCode() == 200);

        HttpResponse<String> read = get(entryPath, ADMIN);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(text, json(read).getString("detail"));
        HttpResponse<String> runAfter = get("/api/admin/audit/retention-runs/" + run.getJsonNumber("executionId"), ADMIN);
        assertEquals(200, runAfter.statusCode(), runAfter.body());
        assertEquals("COMPLETED", json(runAfter).getString("status"));
        assertEquals(run.getJsonNumber("purged"), json(runAfter).getJsonNumber("purged"));
    }

    /** Runs {@code bin/server <action>} on the test server, as an operator would. */
    private static void server(String action) throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("it.wlp.dir"));
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action,
                System.getProperty("it.server.name"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " did not finish within 3 minutes");
        }
        assertEquals(0, process.exitValue(), "server " + action + " failed");
    }
}
