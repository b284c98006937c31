package com.dxp.collector.backfill;

import java.util.List;

/**
 * The pages of one window, as one method fetches them. The reader walks the records and filters by window; the
 * method decides which page comes next, which records it has already returned, and how to name the position.
 */
interface WindowPages {

    /** The next page's records; {@code null} when the window has no more. */
    List<HistoricalConversation> next();

    /**
     * Where to start in the page {@link #next()} just returned: the checkpoint's index for the page a restart
     * resumes in, 0 otherwise.
     */
    int takeResumeIndex();

    /** Whether this in-window record is returned (false for one already returned in this window). */
    boolean accept(HistoricalConversation conversation);

    /** What {@link #accept} would answer now, without recording anything. */
    boolean wouldAccept(HistoricalConversation conversation);

    /**
     * The position of the record at {@code index} in the page {@link #next()} returned last; before the first page
     * (or after a resubmission) the position of the page to fetch next.
     */
    BackfillCheckpoint checkpoint(int index);
}
