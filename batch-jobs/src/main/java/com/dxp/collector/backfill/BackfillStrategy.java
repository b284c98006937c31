package com.dxp.collector.backfill;

import java.util.Locale;

/** Which method reads the windows: the job parameter {@code strategy}. */
public enum BackfillStrategy {
    /** Analytics jobs before the data-availability date, the query after it. */
    AUTO,
    /** The query for every window (at most 7 days a window, at most 100,000 results a window). */
    QUERY,
    /** Analytics jobs for every window (data after the data-availability date may be missing). */
    JOBS;

    /** Parses the job parameter; absent means {@link #AUTO}. */
    public static BackfillStrategy parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("strategy must be auto, query or jobs, was '" + value + "'", e);
        }
    }
}
