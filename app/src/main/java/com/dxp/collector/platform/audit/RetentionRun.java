package com.dxp.collector.platform.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One run of the audit-retention job as the API shows it.
 *
 * @param executionId the batch job execution id
 * @param status      the batch status: STARTING, STARTED, COMPLETED, FAILED, STOPPING, STOPPED, ABANDONED
 * @param startedAt   when it started; absent while still queued
 * @param endedAt     when it ended; absent while running
 * @param purged      how many entries it deleted; absent until it completed
 */
@Schema(description = "One run of the audit-retention job as the API shows it.")
public record RetentionRun(
        @Schema(description = "The batch job execution id", example = "1060") long executionId,
        @Schema(description = "The batch status: STARTING, STARTED, COMPLETED, FAILED, STOPPING, STOPPED, ABANDONED",
                example = "COMPLETED")
        String status,
        @Schema(description = "When it started; absent while still queued", example = "2026-12-01T04:00:00.318Z")
        Instant startedAt,
        @Schema(description = "When it ended; absent while running", example = "2026-12-01T04:00:02.741Z")
        Instant endedAt,
        @Schema(description = "How many entries it deleted; absent until it completed", example = "18204")
        Long purged) {
}
