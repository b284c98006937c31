package com.dxp.collector.events;

import com.dxp.collector.conversation.ConversationRecord;
import com.dxp.collector.conversation.ConversationRecordParser;
import com.dxp.collector.conversation.ConversationSource;
import com.dxp.collector.conversation.ConversationWriteService;
import com.dxp.collector.conversation.IncomingConversation;
import com.dxp.collector.conversation.RawConversations;
import com.dxp.collector.conversation.RefusedConversation;
import com.dxp.collector.conversation.UpsertResult;
import com.dxp.collector.genesys.AnalyticsDetailsClient;
import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.genesys.GenesysPostponedException;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.Lane;
import com.dxp.collector.platform.PeriodicTask;
import com.dxp.collector.platform.TenantWorkGuard;
import com.dxp.collector.platform.jdbc.UnitOfWork;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.tenant.TenantConnection;
import com.dxp.collector.tenant.TenantGate;
import com.dxp.collector.tenant.TenantNotRunnableException;
import com.dxp.collector.tenant.TenantService;
import com.dxp.collector.tenant.TenantStopping;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Fetches the conversations customer.end events asked for, once they are due: per tenant, up to 100 ids per batch
 * details call on the live lane of the tenant's API budget, so at load the calls per event fall far below one.
 * Complete records end the task; incomplete or not-yet-visible ones come back later with a doubling delay, until
 * they are too old, when the last record stays stored as incomplete and the task says so.
 */
@ApplicationScoped
public class EnrichmentWorker {

    private static final Logger LOG = Logger.getLogger(EnrichmentWorker.class.getName());

    /** How long a claimed batch is reserved for this worker. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    /** Batches per tenant and run at most, so one tenant's share of a run stays short. */
    private static final int MAX_BATCHES_PER_RUN = 20;

    /** Tenants served per run at most; the rest are served by the next run. */
    private static final int MAX_TENANTS_PER_RUN = 1_000;



    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

    /** Threads of the container, for the worker's own pool of tenant shares (no other work waits on it). */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    EventsConfig config;

    @Inject
    EnrichmentQueue queue;

    @Inject
    GenesysGateway gateway;

    @Inject
    TenantService tenants;

    @Inject
    TenantGate gate;

    @Inject
    ConversationWriteService writer;

    @Inject
    EventMetrics metrics;

    @Inject
    UnitOfWork units;

    Clock clock = Clock.systemUTC();

    private final ConversationRecordParser parser = new ConversationRecordParser();
    /** Tenants with a share queued or running: one at a time each, and a purge waits until its tenant has none. */
    private final TenantWorkGuard shares = new TenantWorkGuard("Enrichment", () -> clock.instant());
    /** When each tenant's last share here ended: what this server's heartbeat lists as its enrichment work. */
    private final Map<UUID, Instant> servedAt = new ConcurrentHashMap<>();
    private PeriodicTask runs;
    /** The pool of tenant shares, made on first use; a test may give its own. */
    ExecutorService tenantPool;

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        runs = PeriodicTask.start(scheduler, config.enrichmentPoll(), config.enrichmentPoll(), LOG,
                "enrichment: run (due conversations stay due)", this::run);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel();
        }
        if (tenantPool != null) {
            tenantPool.shutdownNow();
        }
    }

    /** The pool of tenant shares: {@code events.enrichment.parallel-tenants} container threads. */
    private synchronized ExecutorService tenantPool() {
        if (tenantPool == null) {
            tenantPool = Executors.newFixedThreadPool(config.enrichmentParallelTenants(), threads);
        }
        return tenantPool;
    }

    /**
     * Starts a share for each tenant with due conversations that may run and has none in flight or queued, and
     * returns at once: up to {@code events.enrichment.parallel-tenants} shares run at a time, each tenant's one after
     * another, so one tenant's slow or failing API (a share can take minutes of budget waits) never holds up the next
     * share of another. A tenant the gate refuses (disabled, credentials rejected) has nothing claimed: its tasks
     * wait, unaged by attempts, until it may run again.
     *
     * @return the shares started, for tests to wait on
     */
    List<Future<?>> run() {
        Instant now = clock.instant();
        List<Future<?>> started = new ArrayList<>();
        for (UUID tenantId : queue.dueTenants(now, MAX_TENANTS_PER_RUN)) {
            if (shares.stopping(tenantId) || !runnable(tenantId) || !shares.begin(tenantId)) {
                continue;
            }
            try {
                // a share is a unit of work of its own: the pool's long-lived threads must not keep a connection each
                started.add(tenantPool().submit(() -> {
                    try {
                        units.run(() -> {
                            enrich(tenantId);
                            return null;
                        });
                    } finally {
                        shares.end(tenantId);
                        servedAt.put(tenantId, clock.instant());
                    }
                }));
            } catch (RuntimeException e) {
                shares.end(tenantId);
                throw e;
            }
        }
        return started;
    }

    private boolean runnable(UUID tenantId) {
        try {
            gate.requireRunnable(tenantId);
            return true;
        } catch (TenantNotRunnableException e) {
            LOG.log(Level.FINE, "enrichment: tenant {0} may not run ({1}); its conversations wait",
                    new Object[] {tenantId, e.getMessage()});
            return false;
        }
    }

    /**
     * One tenant's share: claims and fetches batches until nothing is due, the share is done, or the tenant is being
     * purged.
     */
    void enrich(UUID tenantId) {
        for (int i = 0; i < MAX_BATCHES_PER_RUN && !shares.stopping(tenantId); i++) {
            Instant now = clock.instant();
            List<EnrichmentTask> claimed = queue.claim(tenantId, now, now.plus(LEASE), config.enrichmentBatchSize());
            if (claimed.isEmpty()) {
                return;
            }
            fetch(tenantId, claimed);
        }
    }

    /**
     * The tenants whose conversations this server enriched since {@code since}, at most {@code limit} of them, most
     * recent first; older entries are forgotten.
     */
    List<UUID> tenantsServedSince(Instant since, int limit) {
        servedAt.values().removeIf(at -> at.isBefore(since));
        return servedAt.entrySet().stream().sorted(Map.Entry.<UUID, Instant>comparingByValue().reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /**
     * A purge of the tenant: no share of it starts any more, and this returns once none is in flight (so nothing is
     * stored for the tenant after its rows go).
     *
     * @throws ProblemException 409 when a share is still in flight at the deadline
     */
    void onTenantStopping(@Observes TenantStopping purge) {
        shares.stop(purge.tenantId(), purge.deadline());
    }


    /**
     * Fetches and stores one batch. Whatever fails on the way (the call, the answer, the store), every task is put
     * back with one attempt more, so a batch that keeps failing ages out at the maximum age instead of waiting for
     * its lease forever.
     */
    void fetch(UUID tenantId, List<EnrichmentTask> tasks) {
        Instant now = clock.instant();
        try {
            TenantConnection connection = tenants.activeConnection(tenantId);
            String ids = tasks.stream().map(t -> t.conversationId().toString()).collect(Collectors.joining(","));
            metrics.enrichmentCall(tasks.size());
            GenesysResponse response = gateway.call(connection, Lane.LIVE, "analytics.details.batch",
                    AnalyticsDetailsClient.class, c -> c.conversations(ids));
            if (!response.isSuccess()) {
                putBackCounted(tasks, now, "batch details answered " + response.status());
                return;
            }
            store(tenantId, tasks, response.bytes(), now);
        } catch (GenesysPostponedException e) {
            queue.retry(tasks.stream().map(t -> new EnrichmentQueue.Later(t, e.retryAt(),
                    "postponed by Genesys rate limiting")).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "enrichment: tenant {0}: batch of {1} not fetched or stored: {2}",
                    new Object[] {tenantId, tasks.size(), e.toString()});
            putBackCounted(tasks, now, "fetch failed: " + e.getClass().getSimpleName());
        }
    }

    /** {@link #putBack} of a whole batch that was not stored, counted in the metrics as retried or given up. */
    private void putBackCounted(List<EnrichmentTask> tasks, Instant now, String outcome) {
        int gaveUp = putBack(tasks, now, outcome);
        metrics.enriched(0, tasks.size() - gaveUp, gaveUp);
    }

    private void store(UUID tenantId, List<EnrichmentTask> tasks, byte[] body, Instant now) {
        List<String> raws = RawConversations.split(body);
        UpsertResult result = raws.isEmpty() ? new UpsertResult(0, 0, 0, 0) : writer.store(tenantId,
                raws.stream().map(raw -> new IncomingConversation(raw, now, ConversationSource.LIVE)).toList());
        Map<String, String> refusedById = new HashMap<>();
        Set<Integer> refusedPositions = new HashSet<>();
        for (RefusedConversation r : result.refused()) {
            refusedPositions.add(r.position() - 1);
            if (r.conversationId() != null) {
                refusedById.put(r.conversationId(), r.reason());
            }
        }
        Map<UUID, Boolean> completeById = new HashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            if (!refusedPositions.contains(i)) {
                ConversationRecord record = parser.parse(raws.get(i));
                completeById.merge(record.conversationId(), record.complete(), Boolean::logicalOr);
            }
        }
        List<EnrichmentTask> complete = new ArrayList<>();
        List<EnrichmentTask> incomplete = new ArrayList<>();
        List<EnrichmentTask> missing = new ArrayList<>();
        List<EnrichmentTask> refused = new ArrayList<>();
        for (EnrichmentTask t : tasks) {
            Boolean isComplete = completeById.get(t.conversationId());
            if (Boolean.TRUE.equals(isComplete)) {
                complete.add(t);
                metrics.enrichmentLag(tenantId, Duration.between(t.requestedAt(), now));
            } else if (isComplete != null) {
                incomplete.add(t);
            } else {
                (refusedById.containsKey(t.conversationId().toString()) ? refused : missing).add(t);
            }
        }
        queue.done(complete);
        int gaveUp = putBack(incomplete, now, "record incomplete") + putBack(missing, now, "not in analytics yet")
                + putBack(refused, now, "refused by the store (set aside under refused-conversations)");
        metrics.enriched(complete.size(), incomplete.size() + missing.size() + refused.size() - gaveUp, gaveUp);
    }

    /**
     * Puts tasks back for their next fetch ({@link RefetchSchedule}), or gives up on those that are too old.
     *
     * @return how many were given up on
     */
    private int putBack(List<EnrichmentTask> tasks, Instant now, String outcome) {
        List<EnrichmentQueue.Later> later = new ArrayList<>();
        List<EnrichmentQueue.Later> tooOld = new ArrayList<>();
        RefetchSchedule refetch = config.enrichmentRefetch();
        for (EnrichmentTask t : tasks) {
            if (Duration.between(t.requestedAt(), now).compareTo(config.enrichmentMaxAge()) >= 0) {
                tooOld.add(new EnrichmentQueue.Later(t, now, outcome + "; gave up after " + (t.attempts() + 1)
                        + " attempts"));
            } else {
                later.add(new EnrichmentQueue.Later(t, refetch.next(t.requestedAt(), now), outcome));
            }
        }
        queue.retry(later);
        queue.giveUp(tooOld);
        if (!tooOld.isEmpty()) {
            // visible beside the gave-up counter: reconciliation fetches these with their day, nothing else will
            LOG.log(Level.WARNING, "enrichment: tenant {0}: gave up on {1} conversation(s) older than {2} min ({3});"
                    + " their day's reconciliation fetches them", new Object[] {tooOld.get(0).task().tenantId(),
                            tooOld.size(), config.enrichmentMaxAge().toMinutes(), outcome});
        }
        return tooOld.size();
    }
}
