package com.dxp.collector.backfill;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a window's reader is, small enough to store after every chunk. The position is the page and the index of
 * the next record in it, so a restart re-fetches at most the page it points into. Fields of the other method are
 * {@code null} (or 0).
 *
 * @param pageNumber query: the 1-based page the index points into (0 before the first page)
 * @param jobId jobs: the analytics job being read ({@code null} before submission)
 * @param cursor jobs: the cursor that fetched the current page ({@code null} for the first page)
 * @param index the index of the next record to read within the page
 * @param jobStart jobs: the start of the job's interval (later than the window's start after a resubmission)
 * @param lastStart jobs: the latest conversation start returned so far, where a resubmission resumes
 */
public record BackfillCheckpoint(int pageNumber, String jobId, String cursor, int index, Instant jobStart,
        Instant lastStart) implements Serializable {

    /** A query position. */
    public static BackfillCheckpoint query(int pageNumber, int index) {
        return new BackfillCheckpoint(pageNumber, null, null, index, null, null);
    }

    /** A jobs position. */
    public static BackfillCheckpoint jobs(String jobId, String cursor, int index, Instant jobStart, Instant lastStart) {
        return new BackfillCheckpoint(0, jobId, cursor, index, jobStart, lastStart);
    }
}
