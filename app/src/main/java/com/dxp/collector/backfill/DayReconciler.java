package com.dxp.collector.backfill;

import com.dxp.collector.conversation.CompletenessStore;
import com.dxp.collector.conversation.ConversationRepository;
import com.dxp.collector.conversation.ConversationSource;
import com.dxp.collector.platform.batch.RunFigureStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Proves days complete: for each whole UTC day that has ended, the API's count of conversations that started on it
 * (one query call, its {@code totalHits}) against the store's. When the store has fewer, the day is read again page
 * by page; records still incomplete are fetched again by id (100 per call). A day counts as complete when the store
 * holds at least the API's count and none of them is incomplete; the tenant's watermark then moves over it. Calls go
 * on the backfill lane, so reconciliation never delays live data.
 *
 * <p>A transient API failure (a 5xx, a 429 the gateway could not wait out) costs one day, never the run: the day is
 * tried again up to {@link #DAY_ATTEMPTS} times, then left unchecked and counted as such, so its watermark waits for
 * the next reconciliation. A long {@code Retry-After} leaves this and every later day of the period unchecked, since
 * waiting hours here would hold the run for nothing the nightly reconciliation cannot do.
 */
@ApplicationScoped
public class DayReconciler implements Reconciliation {

    private static final Logger LOG = Logger.getLogger(DayReconciler.class.getName());

    /** Records fetched again by id per day at most, in batches of 100. */
    private static final int MAX_REFETCH = 10_000;
    private static final int QUERY_PAGE = 100;
    private static final int BATCH = 100;
    /** Tries of one day before it is left unchecked; each call inside has been retried by the gateway already. */
    static final int DAY_ATTEMPTS = 3;

    @Inject
    GenesysConversationHistory history;

    @Inject
    ConversationRepository conversations;

    @Inject
    StoreConversationSink sink;

    @Inject
    CompletenessStore completeness;

    @Inject
    RunFigureStore runs;

    @Inject
    MetricRegistry metrics;

    Clock clock = Clock.systemUTC();

    private final ConcurrentHashMap<UUID, Instant> watermarks = new ConcurrentHashMap<>();

    @Override
    public ReconciledDays reconcile(long jobInstanceId, UUID tenantId, Instant from, Instant to) {
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        Instant first = from.truncatedTo(ChronoUnit.DAYS);
        if (first.isBefore(from)) {
            first = first.plus(Duration.ofDays(1));
        }
        Instant end = to.truncatedTo(ChronoUnit.DAYS).isBefore(today) ? to.truncatedTo(ChronoUnit.DAYS) : today;
        int days = 0;
        int complete = 0;
        int unchecked = 0;
        boolean postponed = false;
        for (Instant day = first; day.isBefore(end); day = day.plus(Duration.ofDays(1))) {
            days++;
            if (postponed) {
                unchecked++;
                continue;
            }
            try {
                Optional<Boolean> outcome = reconcileDayWithRetries(jobInstanceId, tenantId, day);
                if (outcome.isEmpty()) {
                    unchecked++;
                } else if (outcome.get()) {
                    complete++;
                }
            } catch (HistoryPostponedException e) {
                LOG.log(Level.WARNING, "reconciliation: tenant {0}: the API postponed calls ({1}): {2} and later days"
                        + " left unchecked", new Object[] {tenantId, e.getMessage(), day});
                postponed = true;
                unchecked++;
            }
        }
        Optional<Instant> watermark = completeness.refresh(tenantId, clock.instant());
        watermark.ifPresent(w -> publish(tenantId, w));
        if (jobInstanceId > 0) {
            // the run's view shows what its reconciliation found (an operator's reconciliation has no run: 0)
            runs.set(jobInstanceId, BackfillFigures.RECONCILED_DAYS, days);
            runs.set(jobInstanceId, BackfillFigures.RECONCILED_COMPLETE, complete);
            runs.set(jobInstanceId, BackfillFigures.RECONCILED_UNCHECKED, unchecked);
            watermark.ifPresent(w -> runs.set(jobInstanceId, BackfillFigures.RECONCILED_THROUGH,
                    w.getEpochSecond()));
        }
        return new ReconciledDays(days, complete, unchecked, watermark.orElse(null));
    }

    /** One day, tried again on a transient failure; empty when it stayed unavailable. */
    private Optional<Boolean> reconcileDayWithRetries(long instance, UUID tenantId, Instant day) {
        for (int attempt = 1;; attempt++) {
            try {
                return Optional.of(reconcileDay(instance, tenantId, day));
            } catch (HistoryUnavailableException e) {
                if (attempt == DAY_ATTEMPTS) {
                    LOG.log(Level.WARNING, "reconciliation: tenant {0}: {1} left unchecked after {2} tries: {3}",
                            new Object[] {tenantId, day, attempt, e.getMessage()});
                    return Optional.empty();
                }
                LOG.log(Level.INFO, "reconciliation: tenant {0}: {1} tried again ({2} of {3}): {4}",
                        new Object[] {tenantId, day, attempt, DAY_ATTEMPTS, e.getMessage()});
            }
        }
    }

    /** Reconciles one day; true when it is complete. */
    private boolean reconcileDay(long instance, UUID tenantId, Instant day) {
        Instant next = day.plus(Duration.ofDays(1));
        int calls = 1;
        long api = history.queryPage(tenantId, day, next, 1, 1).totalHits();
        long stored = conversations.countStarting(tenantId, day, next);
        if (stored < api) {
            int pages = (int) ((api + QUERY_PAGE - 1) / QUERY_PAGE);
            for (int page = 1; page <= pages; page++) {
                List<HistoricalConversation> records = history.queryPage(tenantId, day, next, page, QUERY_PAGE)
                        .conversations();
                calls++;
                store(tenantId, records.stream().filter(c -> c.readable() && !c.conversationStart().isBefore(day)
                        && c.conversationStart().isBefore(next)).toList());
                if (records.size() < QUERY_PAGE) {
                    break;
                }
            }
        }
        List<UUID> incomplete = conversations.incompleteStarting(tenantId, day, next, MAX_REFETCH);
        for (int i = 0; i < incomplete.size(); i += BATCH) {
            store(tenantId, history.byIds(tenantId, incomplete.subList(i, Math.min(incomplete.size(), i + BATCH))));
            calls++;
        }
        stored = conversations.countStarting(tenantId, day, next);
        long stillIncomplete = incomplete.isEmpty() ? 0
                : conversations.incompleteStarting(tenantId, day, next, MAX_REFETCH).size();
        boolean complete = stored >= api && stillIncomplete == 0;
        completeness.save(tenantId, new CompletenessStore.Day(LocalDate.ofInstant(day, ZoneOffset.UTC), api, stored,
                stillIncomplete, complete), clock.instant());
        if (instance > 0) {
            runs.add(instance, BackfillFigures.API_CALLS, calls);
        }
        if (!complete) {
            LOG.log(Level.INFO, "reconciliation: tenant {0}: {1} not complete yet: API {2}, stored {3}, incomplete {4}",
                    new Object[] {tenantId, day, api, stored, stillIncomplete});
        }
        return complete;
    }

    private void store(UUID tenantId, List<HistoricalConversation> records) {
        if (!records.isEmpty()) {
            StoredConversations outcome = sink.store(tenantId, records, ConversationSource.RECONCILIATION);
            outcome.rejected().forEach(r -> LOG.log(Level.WARNING, "reconciliation: tenant {0}: conversation {1}"
                    + " refused by the store: {2}", new Object[] {tenantId, r.conversationId(), r.reason()}));
        }
    }

    /** The watermark as a metric per tenant: epoch seconds, so dashboards can show the lag to now. */
    private void publish(UUID tenantId, Instant watermark) {
        if (watermarks.put(tenantId, watermark) == null) {
            metrics.gauge(Metadata.builder().withName("conversations.data.complete.through.seconds")
                    .withDescription("Per tenant, the instant (epoch seconds) up to which every conversation is"
                            + " proved stored complete; 0 before the first proof").build(), watermarks,
                    m -> m.containsKey(tenantId) ? m.get(tenantId).getEpochSecond() : 0L,
                    new Tag("tenant", tenantId.toString()));
        }
    }
}
