package com.dxp.collector.backfill;

/** Names of a backfill run's figures in its run record. */
final class BackfillFigures {

    static final String WINDOWS_TOTAL = "windowsTotal";
    static final String API_CALLS = "apiCalls";
    static final String INSERTED = "inserted";
    static final String REPLACED = "replaced";
    static final String UNCHANGED = "unchanged";
    static final String SKIPPED = "skipped";
    static final String JOURNEY_SESSIONS = "journeySessions";
    static final String JOURNEY_SESSIONS_MISSING = "journeySessionsMissing";
    /** What the run's reconciliation found: days, of which complete, of which unchecked, the watermark (epoch s). */
    static final String RECONCILED_DAYS = "reconciledDays";
    static final String RECONCILED_COMPLETE = "reconciledCompleteDays";
    static final String RECONCILED_UNCHECKED = "reconciledUncheckedDays";
    static final String RECONCILED_THROUGH = "reconciledThroughEpochSeconds";
    /** The data-availability date an auto plan was made with (epoch ms), for a restart after a crash. */
    static final String AVAILABILITY_MILLIS = "planAvailabilityEpochMillis";

    private BackfillFigures() {
    }
}
