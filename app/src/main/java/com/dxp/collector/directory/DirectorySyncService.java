package com.dxp.collector.directory;

import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.JobRun;
import com.dxp.collector.platform.batch.RunFigureStore;
import com.dxp.collector.platform.batch.RunKind;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.tenant.TenantGate;
import com.dxp.collector.tenant.TenantRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * Starts and reports a tenant's directory syncs (the {@code directorySync} job): users of every state, groups and
 * memberships, and the optional kinds the tenant granted (teams with members, skills, flows, journey segments);
 * what a complete sync no longer sees is marked removed, never deleted. Listing, stopping and
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
    RunFigureStore runStore;

    @Inject
    TenantRuns runs;

    @Inject
    TenantGate gate;

    @Inject
    DirectoryConfig config;

    @Inject
    DirectoryRepository directory;

    @Inject
    DirectorySource source;

    @Inject
    GenesysGateway gateway;

    Clock clock = Clock.systemUTC();

    /**
     * Starts a sync, unless {@code dryRun}: then only its estimate. What it copies is decided now, from the
     * permissions the tenant's last verification found granted, and kept for every execution of the run.
     */
    public DirectorySyncStart start(UUID tenantId, boolean dryRun, String requestedBy) {
        runs.requireRunnable(tenantId);
        Set<DirectoryKind> parts = DirectoryPermissions.parts(gate.grantedPermissions(tenantId));
        DirectorySyncEstimate estimate = estimate(tenantId, parts);
        if (dryRun) {
            return new DirectorySyncStart(estimate, null);
        }
        Instant syncStartedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Properties p = new Properties();
        p.setProperty("tenantId", tenantId.toString());
        p.setProperty("syncStartedAt", syncStartedAt.toString());
        p.setProperty("pageSize", Integer.toString(PAGE_SIZE));
        p.setProperty("parts", DirectoryParts.format(parts));
        return new DirectorySyncStart(estimate, runs.start(this, tenantId, p, requestedBy,
                JSON.toJson(new RecordedSync(syncStartedAt, estimate))));
    }

    @Override
    public String jobName() {
        return JOB;
    }

    /**
     * From the stored directory when there is one, else from one single-entry page of each numbered listing (its
     * page count is then its size) and one full page of teams (a cursor listing has no count).
     */
    private DirectorySyncEstimate estimate(UUID tenantId, Set<DirectoryKind> parts) {
        Map<DirectoryKind, Long> counts = directory.counts(tenantId);
        String basis = "stored";
        if (counts.getOrDefault(DirectoryKind.USERS, 0L) == 0 && counts.getOrDefault(DirectoryKind.GROUPS, 0L) == 0) {
            counts = probe(tenantId, parts);
            basis = "probe";
        }
        Map<String, Long> entities = new LinkedHashMap<>();
        long calls = 0;
        for (DirectoryKind kind : parts) {
            long n = counts.getOrDefault(kind, 0L);
            entities.put(kind.label(), n);
            int pageSize = kind == DirectoryKind.TEAMS ? config.cursorPageSize() : PAGE_SIZE;
            calls += Math.max(1, (n + pageSize - 1) / pageSize) + (kind.hasMembers() ? n : 0);
        }
        int rpm = gateway.budget(tenantId).limit();
        return new DirectorySyncEstimate(entities.getOrDefault("users", 0L), entities.getOrDefault("groups", 0L),
                entities, basis, calls, rpm, Math.round(calls * 10.0 / rpm) / 10.0,
                parts.stream().map(DirectoryKind::label).toList(), DirectoryPermissions.leftOut(parts));
    }

    private Map<DirectoryKind, Long> probe(UUID tenantId, Set<DirectoryKind> parts) {
        Map<DirectoryKind, Long> counts = new EnumMap<>(DirectoryKind.class);
        try {
            for (DirectoryKind kind : parts) {
                long n = kind == DirectoryKind.TEAMS
                        ? source.page(tenantId, kind, PagePosition.FIRST, PAGE_SIZE).entities().size()
                        : source.page(tenantId, kind, PagePosition.FIRST, 1).pageCount();
                counts.put(kind, n);
            }
        } catch (RuntimeException e) {
            throw new ProblemException(503, "Service Unavailable", "Genesys did not list the tenant's"
                    + " directory: " + e.getMessage());
        }
        return counts;
    }

    @Override
    public DirectorySyncRun view(JobRun run) {
        RecordedSync recorded = JSON.fromJson(run.requestJson(), RecordedSync.class);
        DirectorySyncEstimate estimate = recorded.estimate();
        // a run recorded before the optional kinds copied users and groups only
        List<String> parts = estimate != null && estimate.parts() != null ? estimate.parts()
                : DirectoryParts.parse(null).stream().map(DirectoryKind::label).toList();
        Map<String, String> leftOut = estimate != null && estimate.leftOut() != null ? estimate.leftOut() : Map.of();
        return new DirectorySyncRun(run.instanceId(), run.tenantId(), run.requestedBy(), run.requestedAt(),
                recorded.syncStartedAt(), batchRuns.execution(run).orElse(null), runStore.figures(run.instanceId()),
                estimate, parts, leftOut);
    }

    /** What is recorded with a run. */
    public record RecordedSync(Instant syncStartedAt, DirectorySyncEstimate estimate) {
    }
}
