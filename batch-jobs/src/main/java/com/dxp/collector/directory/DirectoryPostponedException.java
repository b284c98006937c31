package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.PostponedException;
import java.time.Duration;

/** The directory API asked us to come back after {@code waitFor}; the reader waits, then repeats the call. */
public class DirectoryPostponedException extends PostponedException {

    public DirectoryPostponedException(Duration waitFor) {
        super(waitFor, "directory API postponed the call for " + waitFor);
    }
}
