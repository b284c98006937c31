package com.dxp.collector.health;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The latest run of one of a tenant's jobs, as the health shows it.
 *
 * @param runId      the run (job instance) id, as the job's own API names it
 * @param job        the job: {@code conversationBackfill}, {@code directorySync}
 * @param status     its latest execution's batch status (STARTED, COMPLETED, FAILED, STOPPED...)
 * @param exitStatus why it ended as it did, where the job said
 * @param startedAt  when its latest execution started
 * @param endedAt    when that ended; absent while it runs
 */
@Schema(description = "The latest run of one of a tenant's jobs, as the health shows it.")
public record RunState(
        @Schema(description = "The run (job instance) id, as the job's own API names it", example = "1017") long runId,
        @Schema(description = "The job: `conversationBackfill`, `directorySync`", example = "conversationBackfill")
        String job,
        @Schema(description = "Its latest execution's batch status (STARTED, COMPLETED, FAILED, STOPPED...)",
                example = "FAILED")
        String status,
        @Schema(description = "Why it ended as it did, where the job said",
                example = "REFUSED: window QUERY:2026-11-03T00:00:00Z/2026-11-04T00:00:00Z has 112480 conversations,"
                        + " more than the 100000 the query can page through; use strategy=jobs or a smaller windowSize")
        String exitStatus,
        @Schema(description = "When its latest execution started", example = "2026-12-01T02:30:00.274Z")
        Instant startedAt,
        @Schema(description = "When that ended; absent while it runs", example = "2026-12-01T02:34:18.650Z")
        Instant endedAt) {
}
