package com.dxp.collector.health;

import java.time.Instant;

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
public record RunState(long runId, String job, String status, String exitStatus, Instant startedAt,
                       Instant endedAt) {
}
