package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.PostponedException;
import java.time.Duration;

/**
 * The history API asked us to come back after {@code waitFor} (a 429 with a long Retry-After, such as a daily cap).
 * The reader waits without failing and without using up the chunk's retry limit, then repeats the same call.
 */
public class HistoryPostponedException extends PostponedException {

    public HistoryPostponedException(Duration waitFor) {
        super(waitFor, "history API postponed the call for " + waitFor);
    }

    public HistoryPostponedException(Duration waitFor, String message) {
        super(waitFor, message);
    }
}
