package com.dxp.collector.platform.audit;

import java.time.Instant;

/**
 * What the audit-retention job needs of the store, implemented by the app. Kept this small so the job runs
 * unchanged on Liberty and in plain unit tests.
 */
public interface AuditPurge {

    /**
     * Deletes up to {@code limit} audit entries that occurred before {@code cutoff}, oldest first, in a
     * transaction of its own.
     *
     * @return how many were deleted; less than {@code limit} means none is left
     */
    int purgeBefore(Instant cutoff, int limit);

    /** Records in the audit trail that a purge removed {@code purged} entries older than {@code cutoff}. */
    void recordPurge(String requestedBy, Instant cutoff, long purged);
}
