package com.dxp.collector.health;

import com.dxp.collector.conversation.CompletenessStore;
import com.dxp.collector.conversation.ConversationRepository;
import com.dxp.collector.conversation.RefusedConversationRepository;
import com.dxp.collector.events.EnrichmentQueue;
import com.dxp.collector.events.EventPollers;
import com.dxp.collector.events.EventStreamRepository;
import com.dxp.collector.events.EventTopic;
import com.dxp.collector.events.PendingEnrichment;
import com.dxp.collector.events.QuarantineService;
import com.dxp.collector.events.StreamCheck;
import com.dxp.collector.genesys.CallOutcome;
import com.dxp.collector.genesys.RecentCalls;
import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.JobRun;
import com.dxp.collector.platform.batch.JobRunRepository;
import com.dxp.collector.platform.batch.RunExecution;
import com.dxp.collector.tenant.TenantHealthLookup;
import com.dxp.collector.tenant.TenantHealthSummary;
import com.dxp.collector.tenant.TenantPage;
import com.dxp.collector.tenant.TenantService;
import com.dxp.collector.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works out tenant health from what the features record: a single tenant's fresh on every call (about fifteen
 * index reads), every tenant's at most every {@code health.tenant.cache-seconds} for the tenant list and the
 * overview, so a dashboard polling them costs the database nothing more.
 */
@ApplicationScoped
public class TenantHealthService implements TenantHealthLookup {

    private static final Logger LOG = Logger.getLogger(TenantHealthService.class.getName());
    private static final int TENANT_PAGE = 200;
    private static final int HOURS = 24;

    @Inject
    TenantService tenants;

    @Inject
    EventStreamRepository stream;

    @Inject
    EnrichmentQueue enrichment;

    @Inject
    QuarantineService quarantine;

    @Inject
    EventPollers pollers;

    @Inject
    ConversationRepository conversations;

    @Inject
    RefusedConversationRepository refused;

    @Inject
    CompletenessStore completeness;

    @Inject
    JobRunRepository runs;

    @Inject
    BatchRuns batchRuns;

    @Inject
    RecentCalls calls;

    @Inject
    HealthConfig config;

    Clock clock = Clock.systemUTC();

    private volatile Snapshot snapshot;

    /** Every tenant's health at one time, kept for the list and the overview. */
    private record Snapshot(Instant at, Map<UUID, TenantHealth> byTenant, Shared shared) {
    }

    /** What is read for all tenants at once: one grouped query each. */
    private record Shared(Map<UUID, PendingEnrichment> pending, Map<UUID, Long> quarantined,
                          Map<UUID, StreamCheck> checks) {
    }

    /** The tenant's health, worked out now. */
    public TenantHealth of(UUID tenantId) {
        TenantView tenant = tenants.find(tenantId);
        return judge(tenant, shared());
    }

    /** Every tenant's health, at most {@code health.tenant.cache-seconds} old. */
    public Collection<TenantHealth> all() {
        return current().byTenant().values();
    }

    /**
     * Every tenant's health (or only those of {@code status}), by name, at most {@code health.tenant.cache-seconds}
     * old.
     */
    public TenantHealths tenants(HealthStatus status) {
        Snapshot s = current();
        return new TenantHealths(s.at(), s.byTenant().values().stream()
                .filter(h -> status == null || h.status() == status)
                .sorted(Comparator.comparing(TenantHealth::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                        .thenComparing(TenantHealth::tenantId)).toList());
    }

    /** The tenant's health from every tenant's, at most {@code health.tenant.cache-seconds} old. */
    public Optional<TenantHealth> cached(UUID tenantId) {
        return Optional.ofNullable(current().byTenant().get(tenantId));
    }

    /**
     * {@inheritDoc} When the health cannot be worked out (the database is down), the tenants come without it rather
     * than the tenant list failing.
     */
    @Override
    public Map<UUID, TenantHealthSummary> summaries(Collection<UUID> tenantIds) {
        Map<UUID, TenantHealth> all;
        try {
            all = current().byTenant();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "health: tenants listed without their health: {0}", e.toString());
            return Map.of();
        }
        Map<UUID, TenantHealthSummary> summaries = new HashMap<>();
        for (UUID id : tenantIds) {
            TenantHealth h = all.get(id);
            if (h != null) {
                summaries.put(id, new TenantHealthSummary(h.status().name(),
                        h.reasons().stream().map(r -> r.code().name()).toList(), h.computedAt()));
            }
        }
        return summaries;
    }

    /** The service at a glance. */
    public Overview overview() {
        Snapshot s = current();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (HealthStatus status : HealthStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        Map<String, Long> runsByStatus = new TreeMap<>();
        List<TenantHealth> attention = new ArrayList<>();
        for (TenantHealth h : s.byTenant().values()) {
            byStatus.merge(h.status().name(), 1L, Long::sum);
            h.facts().runs().forEach(r -> runsByStatus.merge(r.status(), 1L, Long::sum));
            if (h.status() != HealthStatus.OK && h.status() != HealthStatus.PAUSED) {
                attention.add(h);
            }
        }
        attention.sort(Comparator.comparing((TenantHealth h) -> h.status().ordinal()).reversed()
                .thenComparing(TenantHealth::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        long backlog = s.shared().pending().values().stream().mapToLong(PendingEnrichment::conversations).sum();
        Instant oldest = s.shared().pending().values().stream().map(PendingEnrichment::oldestRequestedAt)
                .filter(t -> t != null).min(Comparator.naturalOrder()).orElse(null);
        long quarantined = s.shared().quarantined().values().stream().mapToLong(Long::longValue).sum();
        long withoutTenant = s.shared().quarantined().entrySet().stream()
                .filter(e -> e.getKey() == null || !s.byTenant().containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new Overview(s.at(), s.byTenant().size(), byStatus, attention.stream()
                .map(h -> new TenantBrief(h.tenantId(), h.name(), h.status(),
                        h.reasons().stream().map(HealthReason::code).toList())).toList(),
                runsByStatus, pollers.statuses(), backlog, oldest, quarantined, withoutTenant);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && !s.at().plus(config.cache()).isBefore(now)) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s == null || s.at().plus(config.cache()).isBefore(clock.instant())) {
                s = workOutAll();
                snapshot = s;
            }
            return s;
        }
    }

    private Snapshot workOutAll() {
        Shared shared = shared();
        Map<UUID, TenantHealth> byTenant = new LinkedHashMap<>();
        String cursor = null;
        do {
            TenantPage page = tenants.page(null, null, cursor, TENANT_PAGE);
            for (TenantView t : page.tenants()) {
                try {
                    byTenant.put(t.id(), judge(t, shared));
                } catch (RuntimeException e) {
                    // one tenant's broken record must not hide every other tenant's health
                    LOG.log(Level.WARNING, "health: tenant {0}: health not worked out: {1}",
                            new Object[] {t.id(), e.toString()});
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Snapshot(clock.instant(), Map.copyOf(byTenant), shared);
    }

    private Shared shared() {
        return new Shared(enrichment.pendingWithAge(), quarantine.waitingByTenant(), stream.lastChecks());
    }

    private TenantHealth judge(TenantView t, Shared shared) {
        UUID id = t.id();
        Map<EventTopic, Instant> lastByTopic = new EnumMap<>(EventTopic.class);
        for (EventTopic topic : EventTopic.values()) {
            stream.lastReceived(id, topic).ifPresent(at -> lastByTopic.put(topic, at));
        }
        Instant lastEvent = lastByTopic.values().stream().max(Comparator.naturalOrder()).orElse(null);
        PendingEnrichment pending = shared.pending().get(id);
        HealthFacts facts = new HealthFacts(lastEvent, lastByTopic.get(EventTopic.CUSTOMER_END),
                conversations.latestStart(id).orElse(null), pending == null ? 0 : pending.conversations(),
                pending == null ? null : pending.oldestRequestedAt(), genesys(id), shared.checks().get(id),
                runs(id), completeness.watermark(id).orElse(null), shared.quarantined().getOrDefault(id, 0L),
                refused.count(id), perHour(id));
        return new TenantHealthRules(config).judge(t, facts, tenants.secretKeyProblem(id).orElse(null),
                tenants.endpointProblem(t).orElse(null), clock.instant());
    }

    private List<Long> perHour(UUID tenantId) {
        Instant current = clock.instant().truncatedTo(ChronoUnit.HOURS);
        return lastDay(conversations.hourly(tenantId, current.minus(Duration.ofHours(HOURS - 1)),
                current.plus(Duration.ofHours(1))), current);
    }

    /** The 24 hourly counts ending with {@code current}'s hour, oldest first, hours without conversations as 0. */
    static List<Long> lastDay(Map<Instant, Long> byHour, Instant current) {
        Instant first = current.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1));
        List<Long> hours = new ArrayList<>(HOURS);
        for (int i = 0; i < HOURS; i++) {
            hours.add(byHour.getOrDefault(first.plus(Duration.ofHours(i)), 0L));
        }
        return List.copyOf(hours);
    }

    private GenesysCalls genesys(UUID tenantId) {
        RecentCalls.Summary s = calls.lastHour(tenantId);
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (CallOutcome o : CallOutcome.values()) {
            if (s.count(o) > 0) {
                byOutcome.put(o.tag(), s.count(o));
            }
        }
        return new GenesysCalls(s.since(), byOutcome, s.lastFault(), s.lastSuccess());
    }

    private List<RunState> runs(UUID tenantId) {
        List<RunState> states = new ArrayList<>();
        for (JobRun run : runs.findLatestOfEachJob(tenantId)) {
            Optional<RunExecution> e = batchRuns.execution(run);
            states.add(new RunState(run.instanceId(), run.jobName(), e.map(RunExecution::status).orElse("UNKNOWN"),
                    e.map(RunExecution::exitStatus).orElse(null), e.map(RunExecution::startedAt).orElse(null),
                    e.map(RunExecution::endedAt).orElse(null)));
        }
        return states;
    }
}
