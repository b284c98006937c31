package com.dxp.collector.backfill;

import java.time.Instant;
import java.util.UUID;

/**
 * The last step of a backfill, implemented by the app: for each whole UTC day of the period, compare the stored
 * conversations with the API's count, fetch again what is missing or still incomplete, and move the tenant's
 * completeness watermark when the days agree. Runs only after every window was read and stored.
 */
public interface Reconciliation {

    /**
     * Reconciles the whole UTC days of {@code [from, to)} that have ended.
     *
     * @param jobInstanceId the run, to which the calls made are added
     */
    ReconciledDays reconcile(long jobInstanceId, UUID tenantId, Instant from, Instant to);
}
