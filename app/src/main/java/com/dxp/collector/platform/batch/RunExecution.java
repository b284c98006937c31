package com.dxp.collector.platform.batch;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a run stands: its latest execution as Liberty's job repository has it.
 *
 * @param executionId the latest execution
 * @param executions  how many executions the run has had (1 + restarts)
 * @param status      the batch status: STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED
 * @param exitStatus  the job's exit status (the reason of a refused window, for example)
 * @param startedAt   when the latest execution started
 * @param endedAt     when it ended; null while it runs
 * @param firstStartedAt when the first execution started
 */
@Schema(description = "Where a run stands: its latest execution as Liberty's job repository has it.")
public record RunExecution(
        @Schema(description = "The latest execution", example = "1051") long executionId,
        @Schema(description = "How many executions the run has had (1 + restarts)", example = "1") int executions,
        @Schema(description = "The batch status: STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED",
                example = "COMPLETED")
        String status,
        @Schema(description = "The job's exit status (the reason of a refused window, for example)",
                example = "COMPLETED") String exitStatus,
        @Schema(description = "When the latest execution started", example = "2026-12-01T03:00:00.412Z")
        Instant startedAt,
        @Schema(description = "When it ended; null while it runs", example = "2026-12-01T03:01:12.908Z")
        Instant endedAt,
        @Schema(description = "When the first execution started", example = "2026-12-01T03:00:00.412Z")
        Instant firstStartedAt) {

    /** Whether the run is still going (or about to). */
    public boolean active() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    /** Whether it can be restarted: it stopped or failed. */
    public boolean restartable() {
        return status.equals("STOPPED") || status.equals("FAILED");
    }
}
