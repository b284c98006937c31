package com.dxp.collector.platform.audit;

import java.time.Instant;

/**
 * One run of the audit-retention job as the API shows it.
 *
 * @param executionId the batch job execution id
 * @param status      the batch status: STARTING, STARTED, COMPLETED, FAILED, STOPPING, STOPPED, ABANDONED
 * @param startedAt   when it started; absent while still queued
 * @param endedAt     when it ended; absent while running
 * @param purged      how many entries it deleted; absent until it completed
 */
public record RetentionRun(long executionId, String status, Instant startedAt, Instant endedAt, Long purged) {
}
