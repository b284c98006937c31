package com.dxp.collector.tenant;

import com.dxp.collector.platform.batch.BatchParameters;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Purges a tenant table by table, each chunk of at most {@code chunkSize} rows in a transaction of its own, so no
 * transaction holds many locks or runs long however much the tenant holds. The tenant row goes last: until then the
 * tenant stays visibly {@code PURGING}. Deleting is idempotent, so a restarted (or newly started) execution just
 * continues. Stoppable between chunks; a stopped run leaves the tenant in place. Its exit status is
 * {@code PURGED=<rows>} (rows this execution deleted) or {@code STOPPED=<rows>}.
 */
@Named("tenantPurgeBatchlet")
@Dependent
public class TenantPurgeBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(TenantPurgeBatchlet.class.getName());

    @Inject
    TenantRows rows;

    @Inject
    JobContext jobContext;

    /** The tenant (UUID). Required. */
    @Inject
    @BatchProperty
    String tenantId;

    /** Rows deleted per transaction; default 1000. */
    @Inject
    @BatchProperty
    String chunkSize;

    private volatile boolean stopRequested;

    @Override
    public String process() {
        UUID tenant = BatchParameters.uuid("tenantId", tenantId);
        int chunk = BatchParameters.positiveInt("chunkSize", chunkSize, 1000);
        rows.purging(tenant, jobContext.getExecutionId());
        long deleted = 0;
        for (String table : rows.tables()) {
            int last;
            do {
                if (stopRequested) {
                    LOG.log(Level.INFO, "Purge of tenant {0} stopped after {1} rows; the tenant stays PURGING",
                            new Object[] {tenant, deleted});
                    return "STOPPED=" + deleted;
                }
                last = rows.deleteChunk(tenant, table, chunk);
                deleted += last;
            } while (last >= chunk);
        }
        rows.deleteTenant(tenant);
        LOG.log(Level.INFO, "Purge of tenant {0} deleted {1} rows and the tenant", new Object[] {tenant, deleted});
        return "PURGED=" + deleted;
    }

    @Override
    public void stop() {
        stopRequested = true;
    }
}
