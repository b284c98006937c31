package com.dxp.collector.backfill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The backfill's figures for operators, implemented by the app. Keyed by job instance id so figures add up over
 * the restarts of one instance. Partitions call it in parallel, so implementations must be thread-safe.
 */
public interface BackfillProgress {

    /** The plan of an instance; called once per job instance (not again on restart). */
    void windowsPlanned(long jobInstanceId, List<BackfillWindow> windows);

    /**
     * The data-availability date an {@code auto} plan was made with, kept so a restart after a crash (when the
     * runtime may not have kept the step's own data) makes the same plan.
     */
    void availabilityPlanned(long jobInstanceId, Instant availability);

    /** What {@link #availabilityPlanned} kept for the instance, if anything. */
    Optional<Instant> plannedAvailability(long jobInstanceId);

    /** {@code calls} more calls made to the history API (submissions, status polls and pages). */
    void apiCalls(long jobInstanceId, int calls);

    /** What the store did with one chunk. */
    void stored(long jobInstanceId, StoredConversations outcome);

    /** A window has been read and stored completely; may be called twice for a window, must then count once. */
    void windowCompleted(long jobInstanceId, BackfillWindow window);

    /** A record was skipped (unreadable) or refused by the store; {@code detail} names it and says why. */
    void skipped(long jobInstanceId, String detail);

    /** {@code fetched} more journey sessions stored, {@code missing} more that Genesys had none of by their id. */
    void journeySessions(long jobInstanceId, int fetched, int missing);
}
