package com.dxp.collector.backfill;

/** Names of a backfill run's figures in its run record. */
final class BackfillFigures {

    static final String WINDOWS_TOTAL = "windowsTotal";
    static final String API_CALLS = "apiCalls";
    static final String INSERTED = "inserted";
    static final String REPLACED = "replaced";
    static final String UNCHANGED = "unchanged";
    static final String SKIPPED = "skipped";
    /** The data-availability date an auto plan was made with (epoch ms), for a restart after a crash. */
    static final String AVAILABILITY_MILLIS = "planAvailabilityEpochMillis";

    private BackfillFigures() {
    }
}
