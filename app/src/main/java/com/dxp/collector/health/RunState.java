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
        @Schema(description = "The run (job instance) id, as the job's own API names it") long runId,
        @Schema(description = "The job: `conversationBackfill`, `directorySync`") String job,
        @Schema(description = "Its latest execution's batch status (STARTED, COMPLETED, FAILED, STOPPED...)")
        String status,
        @Schema(description = "Why it ended as it did, where the job said") String exitStatus,
        @Schema(description = "When its latest execution started") Instant startedAt,
        @Schema(description = "When that ended; absent while it runs") Instant endedAt) {
}
