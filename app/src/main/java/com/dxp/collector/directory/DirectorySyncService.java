package com.dxp.collector.directory;

import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.JobRun;
import com.dxp.collector.platform.batch.JobRunStore;
import com.dxp.collector.platform.batch.RunPage;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.tenant.TenantGate;
import com.dxp.collector.tenant.TenantService;
import com.dxp.collector.tenant.TenantStopping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.UUID;

/**
 * Starts and reports a tenant's directory syncs (the {@code directorySync} job): users of every state, groups and
 * memberships; what a complete sync no longer sees is marked removed, never deleted.
 */
@ApplicationScoped
public class DirectorySyncService {

    static final String JOB = "directorySync";

    /** Users and groups per listing page (the API's maximum is assumed to be 500). */
    static final int PAGE_SIZE = 500;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    BatchRuns batchRuns;

    @Inject
    JobRunStore runStore;

    @Inject
    TenantService tenants;

    @Inject
    TenantGate gate;

    @Inject
    DirectoryRepository directory;

    @Inject
    DirectorySource source;

    @Inject
    GenesysGateway gateway;

    Clock clock = Clock.systemUTC();

    /** Starts a sync, unless {@code dryRun}: then only its estimate. */
    public DirectorySyncStart start(UUID tenantId, boolean dryRun, String requestedBy) {
        tenants.requireTenant(tenantId);
        gate.requireRunnable(tenantId);
        DirectorySyncEstimate estimate = estimate(tenantId);
        if (dryRun) {
            return new DirectorySyncStart(estimate, null);
        }
        Instant syncStartedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Properties p = new Properties();
        p.setProperty("tenantId", tenantId.toString());
        p.setProperty("syncStartedAt", syncStartedAt.toString());
        p.setProperty("pageSize", Integer.toString(PAGE_SIZE));
        long id = batchRuns.start(JOB, tenantId, p, requestedBy,
                JSON.toJson(new RecordedSync(syncStartedAt, estimate)));
        return new DirectorySyncStart(estimate, find(tenantId, id));
    }

    public DirectorySyncRun find(UUID tenantId, long runId) {
        tenants.requireTenant(tenantId);
        return view(batchRuns.run(JOB, tenantId, runId));
    }

    public RunPage<DirectorySyncRun> page(UUID tenantId, String cursor, int limit) {
        tenants.requireTenant(tenantId);
        return batchRuns.page(JOB, tenantId, cursor, limit, this::view);
    }

    public DirectorySyncRun stop(UUID tenantId, long runId) {
        tenants.requireTenant(tenantId);
        batchRuns.stop(batchRuns.run(JOB, tenantId, runId));
        return find(tenantId, runId);
    }

    public DirectorySyncRun restart(UUID tenantId, long runId) {
        tenants.requireTenant(tenantId);
        gate.requireRunnable(tenantId);
        batchRuns.restart(batchRuns.run(JOB, tenantId, runId));
        return find(tenantId, runId);
    }

    /** From the stored directory when there is one, else from one single-entry page of each listing. */
    private DirectorySyncEstimate estimate(UUID tenantId) {
        long[] stored = directory.counts(tenantId);
        long users = stored[0];
        long groups = stored[1];
        String basis = "stored";
        if (users == 0 && groups == 0) {
            try {
                users = source.users(tenantId, 1, 1).pageCount();
                groups = source.groups(tenantId, 1, 1).pageCount();
                basis = "probe";
            } catch (RuntimeException e) {
                throw new ProblemException(503, "Service Unavailable", "Genesys did not list the tenant's"
                        + " directory: " + e.getMessage());
            }
        }
        long calls = Math.max(1, ceil(users)) + Math.max(1, ceil(groups)) + groups;
        int rpm = gateway.budget(tenantId).limit();
        return new DirectorySyncEstimate(users, groups, basis, calls, rpm, Math.round(calls * 10.0 / rpm) / 10.0);
    }

    private DirectorySyncRun view(JobRun run) {
        RecordedSync recorded = JSON.fromJson(run.requestJson(), RecordedSync.class);
        return new DirectorySyncRun(run.instanceId(), run.tenantId(), run.requestedBy(), run.requestedAt(),
                recorded.syncStartedAt(), batchRuns.execution(run).orElse(null), runStore.figures(run.instanceId()),
                recorded.estimate());
    }

    private static long ceil(long n) {
        return (n + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /** What is recorded with a run. */
    public record RecordedSync(Instant syncStartedAt, DirectorySyncEstimate estimate) {
    }

    /** A purge of the tenant first stops its directory sync run, if any, and waits until it has ended. */
    void onTenantStopping(@Observes TenantStopping stopping) {
        batchRuns.stopAndAwait(JOB, stopping.tenantId(), stopping.deadline());
    }
}
