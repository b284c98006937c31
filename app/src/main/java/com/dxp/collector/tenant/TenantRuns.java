package com.dxp.collector.tenant;

import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.RunKind;
import com.dxp.collector.platform.batch.RunPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.UUID;

/**
 * The lifecycle every kind of per-tenant run shares, written once: a start only for a tenant that may run, reading
 * and listing runs within the tenant, stopping, restarting from checkpoints, and stopping every kind's active run
 * before the tenant is purged. A kind ({@link RunKind}: a backfill, a directory sync) plans and estimates its own
 * starts and says how its runs read.
 */
@ApplicationScoped
public class TenantRuns {

    @Inject
    TenantService tenants;

    @Inject
    TenantGate gate;

    @Inject
    BatchRuns batchRuns;

    @Inject
    @Any
    Instance<RunKind<?>> kinds;

    /**
     * Refuses a start for a tenant that is unknown (404) or may not run (409, {@link TenantGate}); called before a
     * kind plans its run, so no planning call reaches Genesys for such a tenant.
     */
    public void requireRunnable(UUID tenantId) {
        tenants.requireTenant(tenantId);
        gate.requireRunnable(tenantId);
    }

    /**
     * Starts a planned run; 409 when the tenant already has an active run of the kind.
     *
     * @param parameters   the job parameters
     * @param recordedJson what is recorded with the run for its view (the request as planned, its estimate)
     */
    public <V> V start(RunKind<V> kind, UUID tenantId, Properties parameters, String requestedBy,
            String recordedJson) {
        long id = batchRuns.start(kind.jobName(), tenantId, parameters, requestedBy, recordedJson);
        return kind.view(batchRuns.run(kind.jobName(), tenantId, id));
    }

    /** The tenant's run of the kind; 404 when the tenant or the run is unknown, or the run is another's. */
    public <V> V find(RunKind<V> kind, UUID tenantId, long runId) {
        tenants.requireTenant(tenantId);
        return kind.view(batchRuns.run(kind.jobName(), tenantId, runId));
    }

    /** A page of the tenant's runs of the kind, newest first. */
    public <V> RunPage<V> page(RunKind<V> kind, UUID tenantId, String cursor, int limit) {
        tenants.requireTenant(tenantId);
        return batchRuns.page(kind.jobName(), tenantId, cursor, limit, kind::view);
    }

    /** Asks the run to stop; 409 when it is not running. */
    public <V> V stop(RunKind<V> kind, UUID tenantId, long runId) {
        tenants.requireTenant(tenantId);
        batchRuns.stop(batchRuns.run(kind.jobName(), tenantId, runId));
        return find(kind, tenantId, runId);
    }

    /** Restarts a stopped or failed run from its checkpoints; 409 when the tenant may not run or it is not over. */
    public <V> V restart(RunKind<V> kind, UUID tenantId, long runId) {
        requireRunnable(tenantId);
        batchRuns.restart(batchRuns.run(kind.jobName(), tenantId, runId));
        return find(kind, tenantId, runId);
    }

    /** A purge of the tenant first stops its active run of every kind and waits until each has ended. */
    void onTenantStopping(@Observes TenantStopping stopping) {
        stopAll(kinds, stopping);
    }

    void stopAll(Iterable<? extends RunKind<?>> all, TenantStopping stopping) {
        for (RunKind<?> kind : all) {
            batchRuns.stopAndAwait(kind.jobName(), stopping.tenantId(), stopping.deadline());
        }
    }
}
