package com.dxp.collector.tenant;

import java.util.List;
import java.util.UUID;

/**
 * What the tenant-purge job needs of the store, implemented by the app: every method is a transaction of its own,
 * so a failure loses at most one chunk's work and a restart simply deletes what is left. Kept this small so the job
 * runs unchanged on Liberty and in plain unit tests.
 */
public interface TenantRows {

    /** Records that this job execution is the one purging the tenant now (the run operators poll names it). */
    void purging(UUID tenantId, long executionId);

    /** The tables holding the tenant's rows, in the order they must go (children before what they belong to). */
    List<String> tables();

    /**
     * Deletes up to {@code limit} of the tenant's rows of {@code table} and counts them in the purge's progress.
     *
     * @return how many were deleted; less than {@code limit} means the table holds none of the tenant's rows
     */
    int deleteChunk(UUID tenantId, String table, int limit);

    /**
     * The last chunk: whatever was written for the tenant since its table was emptied, then its permissions,
     * credentials and the tenant row, with the audit entry that records the purge.
     */
    void deleteTenant(UUID tenantId);
}
