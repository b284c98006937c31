package com.dxp.collector.genesys.simulator;

import java.time.Duration;

/**
 * The simulator's knobs, the same for every org. Defaults are the documented or most likely values of the
 * real service (reference/genesys-cloud.md); tests shorten the time-based ones.
 *
 * @param tokenLifetime          {@code expires_in} of issued tokens (real default 24 h)
 * @param requestsPerMinute      rate limit per token (real default 300)
 * @param maxQueryPageSize       largest {@code paging.pageSize} of the details query (100)
 * @param maxQueryResults        {@code pageSize * pageNumber} beyond which the query answers 400 (100,000)
 * @param maxBatchIds            most ids in one batch details GET (100)
 * @param maxJobPageSize         largest page of async job results (1000)
 * @param maxUsersPageSize       largest {@code pageSize} of users/groups listings (500)
 * @param completionDelay        how long after the customer leaves a conversation's record stays incomplete
 *                               (no {@code conversationEnd}, open agent segments)
 * @param jobQueuedFor           how long a submitted job stays QUEUED, then PENDING
 * @param jobPendingFor          how long a job stays PENDING before it is FULFILLED
 * @param jobExpiry              how long FULFILLED job results stay available before EXPIRED
 * @param maxConcurrentJobs      jobs per org QUEUED or PENDING at once before submission answers 429
 * @param dataAvailabilityLag    how far behind now the datalake ({@code dataAvailabilityDate}) is
 */
public record SimulatorSettings(Duration tokenLifetime, int requestsPerMinute, int maxQueryPageSize,
                                int maxQueryResults, int maxBatchIds, int maxJobPageSize, int maxUsersPageSize,
                                Duration completionDelay, Duration jobQueuedFor, Duration jobPendingFor,
                                Duration jobExpiry, int maxConcurrentJobs, Duration dataAvailabilityLag) {

    public static SimulatorSettings defaults() {
        return new SimulatorSettings(Duration.ofHours(24), 300, 100, 100_000, 100, 1000, 500,
                Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofHours(24), 5,
                Duration.ofHours(6));
    }

    public SimulatorSettings withTokenLifetime(Duration value) {
        return new SimulatorSettings(value, requestsPerMinute, maxQueryPageSize, maxQueryResults, maxBatchIds,
                maxJobPageSize, maxUsersPageSize, completionDelay, jobQueuedFor, jobPendingFor, jobExpiry,
                maxConcurrentJobs, dataAvailabilityLag);
    }

    public SimulatorSettings withRequestsPerMinute(int value) {
        return new SimulatorSettings(tokenLifetime, value, maxQueryPageSize, maxQueryResults, maxBatchIds,
                maxJobPageSize, maxUsersPageSize, completionDelay, jobQueuedFor, jobPendingFor, jobExpiry,
                maxConcurrentJobs, dataAvailabilityLag);
    }

    public SimulatorSettings withCompletionDelay(Duration value) {
        return new SimulatorSettings(tokenLifetime, requestsPerMinute, maxQueryPageSize, maxQueryResults,
                maxBatchIds, maxJobPageSize, maxUsersPageSize, value, jobQueuedFor, jobPendingFor, jobExpiry,
                maxConcurrentJobs, dataAvailabilityLag);
    }

    public SimulatorSettings withJobTiming(Duration queuedFor, Duration pendingFor, Duration expiry) {
        return new SimulatorSettings(tokenLifetime, requestsPerMinute, maxQueryPageSize, maxQueryResults,
                maxBatchIds, maxJobPageSize, maxUsersPageSize, completionDelay, queuedFor, pendingFor, expiry,
                maxConcurrentJobs, dataAvailabilityLag);
    }

    public SimulatorSettings withMaxConcurrentJobs(int value) {
        return new SimulatorSettings(tokenLifetime, requestsPerMinute, maxQueryPageSize, maxQueryResults,
                maxBatchIds, maxJobPageSize, maxUsersPageSize, completionDelay, jobQueuedFor, jobPendingFor,
                jobExpiry, value, dataAvailabilityLag);
    }

    public SimulatorSettings withDataAvailabilityLag(Duration value) {
        return new SimulatorSettings(tokenLifetime, requestsPerMinute, maxQueryPageSize, maxQueryResults,
                maxBatchIds, maxJobPageSize, maxUsersPageSize, completionDelay, jobQueuedFor, jobPendingFor,
                jobExpiry, maxConcurrentJobs, value);
    }
}
