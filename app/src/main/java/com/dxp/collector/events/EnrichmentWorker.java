package com.dxp.collector.events;

import com.dxp.collector.conversation.ConversationRecordParser;
import com.dxp.collector.conversation.ConversationSource;
import com.dxp.collector.conversation.ConversationWriteService;
import com.dxp.collector.conversation.IncomingConversation;
import com.dxp.collector.conversation.RawConversations;
import com.dxp.collector.genesys.AnalyticsDetailsClient;
import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.genesys.GenesysPostponedException;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.Lane;
import com.dxp.collector.tenant.TenantConnection;
import com.dxp.collector.tenant.TenantGate;
import com.dxp.collector.tenant.TenantService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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

    /** Batches per run at most, so one run cannot hold the scheduler thread for long. */
    private static final int MAX_BATCHES_PER_RUN = 20;

    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

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

    Clock clock = Clock.systemUTC();

    private final ConversationRecordParser parser = new ConversationRecordParser();
    private ScheduledFuture<?> runs;

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        long every = config.enrichmentPoll().toMillis();
        runs = scheduler.scheduleWithFixedDelay(this::runSafely, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "enrichment: run failed, due conversations stay due: {0}", e.toString());
        }
    }

    /** Fetches what is due now, in batches, until nothing is due or the run has done its share. */
    void run() {
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            Instant now = clock.instant();
            List<EnrichmentTask> claimed = queue.claim(now, now.plus(LEASE), config.enrichmentBatchSize() * 5);
            if (claimed.isEmpty()) {
                return;
            }
            Map<UUID, List<EnrichmentTask>> byTenant = claimed.stream().collect(Collectors.groupingBy(
                    EnrichmentTask::tenantId, LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<UUID, List<EnrichmentTask>> e : byTenant.entrySet()) {
                List<EnrichmentTask> tasks = e.getValue();
                for (int from = 0; from < tasks.size(); from += config.enrichmentBatchSize()) {
                    fetch(e.getKey(), tasks.subList(from, Math.min(tasks.size(), from + config.enrichmentBatchSize())));
                }
            }
        }
    }

    private void fetch(UUID tenantId, List<EnrichmentTask> tasks) {
        Instant now = clock.instant();
        GenesysResponse response;
        try {
            gate.requireRunnable(tenantId);
            TenantConnection connection = tenants.activeConnection(tenantId);
            String ids = tasks.stream().map(t -> t.conversationId().toString()).collect(Collectors.joining(","));
            metrics.enrichmentCall(tasks.size());
            response = gateway.call(connection, Lane.LIVE, "analytics.details.batch", AnalyticsDetailsClient.class,
                    c -> c.conversations(ids));
        } catch (GenesysPostponedException e) {
            queue.retry(tasks.stream().map(t -> new EnrichmentQueue.Later(t, e.retryAt(),
                    "postponed by Genesys rate limiting")).toList());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "enrichment: tenant {0}: batch of {1} not fetched: {2}",
                    new Object[] {tenantId, tasks.size(), e.toString()});
            putBack(tasks, now, "fetch failed: " + e.getClass().getSimpleName());
            return;
        }
        if (!response.isSuccess()) {
            putBack(tasks, now, "batch details answered " + response.status());
            return;
        }
        store(tenantId, tasks, response.body(), now);
    }

    private void store(UUID tenantId, List<EnrichmentTask> tasks, String body, Instant now) {
        Map<UUID, Boolean> completeById = new HashMap<>();
        List<IncomingConversation> batch = new ArrayList<>();
        for (String raw : RawConversations.split(body)) {
            try {
                var record = parser.parse(raw);
                completeById.put(record.conversationId(), record.complete());
                batch.add(new IncomingConversation(raw, now, ConversationSource.LIVE));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "enrichment: tenant {0}: a record of the batch is not a conversation: {1}",
                        new Object[] {tenantId, e.getMessage()});
            }
        }
        if (!batch.isEmpty()) {
            writer.store(tenantId, batch);
        }
        List<EnrichmentTask> complete = new ArrayList<>();
        List<EnrichmentTask> incomplete = new ArrayList<>();
        List<EnrichmentTask> missing = new ArrayList<>();
        for (EnrichmentTask t : tasks) {
            Boolean isComplete = completeById.get(t.conversationId());
            if (Boolean.TRUE.equals(isComplete)) {
                complete.add(t);
                metrics.enrichmentLag(Duration.between(t.requestedAt(), now));
            } else {
                (isComplete == null ? missing : incomplete).add(t);
            }
        }
        queue.done(complete);
        int gaveUp = putBack(incomplete, now, "record incomplete") + putBack(missing, now, "not in analytics yet");
        metrics.enriched(complete.size(), incomplete.size() + missing.size() - gaveUp, gaveUp);
    }

    /**
     * Puts tasks back with a doubling delay, or gives up on those that are too old.
     *
     * @return how many were given up on
     */
    private int putBack(List<EnrichmentTask> tasks, Instant now, String outcome) {
        List<EnrichmentQueue.Later> later = new ArrayList<>();
        List<EnrichmentQueue.Later> tooOld = new ArrayList<>();
        for (EnrichmentTask t : tasks) {
            if (Duration.between(t.requestedAt(), now).compareTo(config.enrichmentMaxAge()) >= 0) {
                tooOld.add(new EnrichmentQueue.Later(t, now, outcome + "; gave up after " + (t.attempts() + 1)
                        + " attempts"));
            } else {
                Duration delay = config.enrichmentRetry().multipliedBy(1L << Math.min(20, t.attempts()));
                if (delay.compareTo(config.enrichmentMaxRetry()) > 0) {
                    delay = config.enrichmentMaxRetry();
                }
                later.add(new EnrichmentQueue.Later(t, now.plus(delay), outcome));
            }
        }
        queue.retry(later);
        queue.giveUp(tooOld);
        return tooOld.size();
    }
}
