package com.dxp.collector.directory;

import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.JobRun;
import com.dxp.collector.platform.batch.JobRunStore;
import com.dxp.collector.platform.batch.RunKind;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.tenant.TenantRuns;
import jakarta.enterprise.context.ApplicationScoped;
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
 * memberships; what a complete sync no longer sees is marked removed, never deleted. Listing, stopping and
 * restarting runs is {@link TenantRuns}'s, as for every kind.
 */
@ApplicationScoped
public class DirectorySyncService implements RunKind<DirectorySyncRun> {

    static final String JOB = "directorySync";

    /** Users and groups per listing page (the API's maximum is assumed to be 500). */
    static final int PAGE_SIZE = 500;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    BatchRuns batchRuns;

    @Inject
    JobRunStore runStore;

    @Inject
    TenantRuns runs;

    @Inject
    DirectoryRepository directory;

    @Inject
    DirectorySource source;

    @Inject
    GenesysGateway gateway;

    Clock clock = Clock.systemUTC();

    /** Starts a sync, unless {@code dryRun}: then only its estimate. */
    public DirectorySyncStart start(UUID tenantId, boolean dryRun, String requestedBy) {
        runs.requireRunnable(tenantId);
        DirectorySyncEstimate estimate = estimate(tenantId);
        if (dryRun) {
            return new DirectorySyncStart(estimate, null);
        }
        Instant syncStartedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Properties p = new Properties();
        p.setProperty("tenantId", tenantId.toString());
        p.setProperty("syncStartedAt", syncStartedAt.toString());
        p.setProperty("pageSize", Integer.toString(PAGE_SIZE));
        return new DirectorySyncStart(estimate, runs.start(this, tenantId, p, requestedBy,
                JSON.toJson(new RecordedSync(syncStartedAt, estimate))));
    }

    @Override
    public String jobName() {
        return JOB;
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

    @Override
    public DirectorySyncRun view(JobRun run) {
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
}
