package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** The audit-retention batch job, run by Liberty's batch runtime from the job XML in the batch-jobs jar. */
@MicroShedTest
class AuditRetentionIT {

    @Test
    void shouldPurgeEntriesOlderThanTheRetentionAndRecordThePurge() throws Exception {
        HttpResponse<String> note = postJson("/api/admin/audit/notes", "{\"text\":\"to be purged\"}", ADMIN);
        String notePath = URI.create(note.headers().firstValue("Location").orElseThrow()).getPath();

        JsonObject run = RetentionRuns.runToCompletion(0);

        assertTrue(run.getJsonNumber("purged").longValue() >= 1, run.toString());
        assertEquals(404, get(notePath, ADMIN).statusCode(), "the note outlived a purge of everything");
        JsonObject newest = json(get("/api/admin/audit?limit=1", VIEWER)).getJsonArray("entries").getJsonObject(0);
        assertEquals("audit.purged", newest.getString("action"));
        assertEquals("admin", newest.getString("actor"));
    }

    @Test
    void shouldKeepEntriesYoungerThanTheRetention() throws Exception {
        HttpResponse<String> note = postJson("/api/admin/audit/notes", "{\"text\":\"recent\"}", ADMIN);
        String notePath = URI.create(note.headers().firstValue("Location").orElseThrow()).getPath();

        RetentionRuns.runToCompletion(30);

        assertEquals(200, get(notePath, ADMIN).statusCode());
    }

    /** JSON-B narrowed 1e309 to 0, which passed @Min(0) and deleted the whole audit trail. */
    @ParameterizedTest
    @ValueSource(strings = {"1e309", "4294967296", "1.5", "\"30\""})
    void shouldRefuseARetentionItsFieldCannotHoldExactlyAndDeleteNothing(String days) throws Exception {
        HttpResponse<String> refused = postJson("/api/admin/audit/retention-runs", "{\"retentionDays\":" + days + "}",
                ADMIN);

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(json(refused).getString("detail").contains("not a whole number"), refused.body());
    }

    @Test
    void shouldRefuseANegativeRetention() throws Exception {
        HttpResponse<String> refused = postJson("/api/admin/audit/retention-runs", "{\"retentionDays\":-1}", ADMIN);

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("request.retentionDays",
                json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void shouldForbidTheViewerToPurge() throws Exception {
        assertEquals(403, postJson("/api/admin/audit/retention-runs", "{\"retentionDays\":1}", VIEWER).statusCode());
    }

    /** Starting a run and waiting for it, shared with the restart test. */
    static final class RetentionRuns {

        private RetentionRuns() {
        }

        /** Starts a run and returns its final state once COMPLETED. */
        static JsonObject runToCompletion(int retentionDays) throws Exception {
            HttpResponse<String> started = postJson("/api/admin/audit/retention-runs",
                    "{\"retentionDays\":" + retentionDays + "}", ADMIN);
            assertEquals(202, started.statusCode(), started.body());
            String runPath = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
            await("audit retention run " + runPath + " completed").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> json(get(runPath, VIEWER)).getString("status"),
                            status -> status.equals("COMPLETED") || status.equals("FAILED"));
            JsonObject run = json(get(runPath, VIEWER));
            assertEquals("COMPLETED", run.getString("status"), run.toString());
            return run;
        }
    }
}
