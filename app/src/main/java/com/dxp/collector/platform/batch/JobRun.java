package com.dxp.collector.platform.batch;

import java.time.Instant;
import java.util.UUID;

/**
 * A run of one of the app's batch jobs for one tenant, as recorded when it was asked for.
 *
 * @param instanceId  the Jakarta Batch job instance (its restarts are executions of it)
 * @param firstExecutionId its first execution, through which the job operator finds it
 * @param jobName     the job's XML name
 * @param tenantId    the tenant it is for
 * @param requestedBy who asked (an account name, or {@code schedule})
 * @param requestedAt when
 * @param requestJson the request as JSON, shown back as it was
 */
public record JobRun(long instanceId, long firstExecutionId, String jobName, UUID tenantId, String requestedBy,
                     Instant requestedAt, String requestJson) {
}
