package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's purge as the API shows it: where it stands and how many rows it deleted so far, per table and in all,
 * so an operator polling it sees it move.
 *
 * @param tenantId     the tenant purged
 * @param tenantName   its name when the purge started
 * @param status       STARTING, STARTED, STOPPING while it deletes; COMPLETED once the tenant is gone; STOPPED,
 *                     FAILED or ABANDONED when it ended early (purge again to continue)
 * @param executionId  the batch job execution deleting now, or last
 * @param requestedBy  who asked for it
 * @param startedAt    when it was asked for
 * @param endedAt      when the tenant row went; absent until then
 * @param deleted      rows deleted so far per table, in the order the purge deletes them
 * @param deletedTotal rows deleted so far in all
 */
@Schema(description = "A tenant's purge: where it stands and how many rows it deleted so far.")
public record TenantPurgeRun(
        @Schema(description = "The tenant purged", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID tenantId,
        @Schema(description = "Its name when the purge started", example = "Acme") String tenantName,
        @Schema(description = "STARTING, STARTED, STOPPING while it deletes; COMPLETED once the tenant is gone;"
                + " STOPPED, FAILED or ABANDONED when it ended early (purge again to continue)", example = "STARTED")
        String status,
        @Schema(description = "The batch job execution deleting now, or last", example = "1187") Long executionId,
        @Schema(description = "Who asked for it", example = "admin") String requestedBy,
        @Schema(description = "When it was asked for", example = "2026-12-01T09:12:44.507Z") Instant startedAt,
        @Schema(description = "When the tenant row went; absent until then", example = "2026-12-01T09:19:02.118Z")
        Instant endedAt,
        @Schema(description = "Rows deleted so far per table, in the order the purge deletes them",
                example = "{\"job_run_counter\": 42, \"segment\": 1840000, \"participant\": 1210000,"
                        + " \"conversation\": 600000, \"directory_user\": 0}")
        Map<String, Long> deleted,
        @Schema(description = "Rows deleted so far in all", example = "3650042") long deletedTotal) {

    /** Whether the purge is over: its tenant is gone. */
    public boolean completed() {
        return endedAt != null;
    }
}
