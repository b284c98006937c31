package com.dxp.collector.backfill;

import java.time.Instant;
import java.util.UUID;

/**
 * The source of the backfill: a tenant's conversation history, implemented by the app over the Genesys gateway.
 * Each method is one API call. Transient failures are {@link HistoryUnavailableException} (retried by the
 * chunk), rate limits with a long Retry-After {@link HistoryPostponedException} (waited out), refusals
 * {@link HistoryRefusedException} (fail the window).
 */
public interface ConversationHistory {

    /** The instant before which the analytics jobs are guaranteed to have the data. */
    Instant dataAvailabilityDate(UUID tenantId);

    /**
     * One page (1-based) of the synchronous query over {@code [start, end)}, ordered by conversation start. The
     * API returns whole UTC days, so records outside the interval are expected.
     */
    QueryPage queryPage(UUID tenantId, Instant start, Instant end, int pageNumber, int pageSize);

    /**
     * Submits an analytics job over {@code [start, end)} whose results are ordered by conversation start,
     * ascending (the reader resumes an expired job from the last start it returned, which relies on that order).
     *
     * @return the job's id
     */
    String submitJob(UUID tenantId, Instant start, Instant end);

    /** The state of a submitted job. */
    JobStatus jobStatus(UUID tenantId, String jobId);

    /**
     * One page of a fulfilled job's results.
     *
     * @param cursor {@code null} for the first page, then the previous page's {@link JobPage#nextCursor()}
     * @throws JobResultsExpiredException when the job's results are gone
     */
    JobPage jobResults(UUID tenantId, String jobId, String cursor, int pageSize);
}
