package com.dxp.collector.events;

import com.dxp.collector.conversation.EndedConversation;
import com.dxp.collector.platform.PeriodicTask;
import com.dxp.collector.platform.TenantWorkGuard;
import com.dxp.collector.platform.jdbc.UnitOfWork;
import com.dxp.collector.tenant.TenantPage;
import com.dxp.collector.tenant.TenantService;
import com.dxp.collector.tenant.TenantState;
import com.dxp.collector.tenant.TenantStopping;
import com.dxp.collector.tenant.TenantView;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notices a silent event stream, the commonest quiet failure of a live collector: the customer's EventBridge
 * integration deleted, disabled or stripped of a topic. Every {@code events.stream-check.interval-seconds} it asks
 * the analytics API, for each enabled and verified tenant with an EventBridge source, which conversations ended
 * since its last check (a page of 100 on the live lane usually answers it), and looks each one up: a conversation
 * neither stored nor waiting for enrichment had no event. Those are put on the enrichment work list at once, so no
 * data waits for the nightly reconciliation, and the verdict (flowing, missed, silent) is kept per tenant for the
 * tenant health.
 *
 * <p>A conversation's customer.end event comes before its {@code conversationEnd} (after-call work follows), so a
 * window is judged {@code events.stream-check.settle-seconds} after it closes. A tenant's first window starts no
 * earlier than its verification: events of before were never routed to it.
 */
@ApplicationScoped
public class EventStreamWatch {

    private static final Logger LOG = Logger.getLogger(EventStreamWatch.class.getName());

    /** The longest window one check covers: an older gap (a long outage of the server) is reconciliation's. */
    private static final Duration MAX_WINDOW = Duration.ofHours(6);
    private static final int TENANT_PAGE = 200;

    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    EventsConfig config;

    @Inject
    TenantService tenants;

    @Inject
    ConversationEnds ends;

    @Inject
    EventStreamRepository stream;

    @Inject
    EnrichmentBacklog backlog;

    @Inject
    UnitOfWork units;

    Clock clock = Clock.systemUTC();

    private final TenantWorkGuard checks = new TenantWorkGuard("The event-stream check", () -> clock.instant());
    private PeriodicTask runs;

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 400)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Duration every = config.streamCheckInterval();
        if (!every.isZero()) {
            runs = PeriodicTask.start(scheduler, every, every, LOG, "events: event-stream check run", this::run);
            LOG.log(Level.INFO, "events: event streams checked every {0} s", every.toSeconds());
        } else {
            LOG.info("events: event-stream check off (events.stream-check.interval-seconds=0)");
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel();
        }
    }

    /** Checks every tenant due for it, one after another; returns the checks made. */
    List<StreamCheck> run() {
        List<StreamCheck> done = new ArrayList<>();
        for (TenantView t : watched()) {
            if (!checks.begin(t.id())) {
                continue;
            }
            try {
                done.add(check(t));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "events: event-stream check of tenant {0} failed: {1}",
                        new Object[] {t.id(), e.toString()});
            } finally {
                checks.end(t.id());
            }
        }
        return done;
    }

    /** Enabled, verified tenants with an EventBridge source: the tenants that said their events come. */
    private List<TenantView> watched() {
        List<TenantView> watched = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor;
            TenantPage page = units.run(() -> tenants.page(true, TenantState.VERIFIED, after, TENANT_PAGE));
            page.tenants().stream().filter(t -> t.eventBridge() != null).forEach(watched::add);
            cursor = page.nextCursor();
        } while (cursor != null);
        return watched;
    }

    /** One tenant's check of the window since its last; stored, and returned. */
    StreamCheck check(TenantView tenant) {
        UUID id = tenant.id();
        Instant now = clock.instant();
        Optional<StreamCheck> last = units.run(() -> stream.lastCheck(id));
        Instant to = now.minus(config.streamCheckSettle());
        Instant from = last.map(c -> c.verdict() == StreamVerdict.FAILED ? c.windowFrom() : c.windowTo())
                .orElse(to.minus(config.streamCheckInterval()));
        if (tenant.verifiedAt() != null && from.isBefore(tenant.verifiedAt())) {
            from = tenant.verifiedAt();
        }
        if (from.isBefore(to.minus(MAX_WINDOW))) {
            from = to.minus(MAX_WINDOW);
        }
        if (!from.isBefore(to)) {
            return last.orElse(null);
        }
        StreamCheck check;
        try {
            ConversationEnds.Ends found = ends.endedBetween(id, from, to, config.streamCheckMaxPages());
            check = judge(tenant, last.orElse(null), from, to, now, found);
        } catch (RuntimeException e) {
            // Genesys refused or did not answer: nothing is judged, the same window is tried next time
            check = new StreamCheck(id, now, from, to, StreamVerdict.FAILED, 0, 0, 0, 0,
                    last.map(StreamCheck::silentSince).orElse(null), "the analytics API could not be asked: " + e);
        }
        StreamCheck result = check;
        if (!checks.stopping(id)) {
            units.run(() -> {
                stream.save(result);
                return null;
            });
        }
        log(result, last.orElse(null));
        return result;
    }

    private StreamCheck judge(TenantView tenant, StreamCheck last, Instant from, Instant to, Instant now,
            ConversationEnds.Ends found) {
        UUID id = tenant.id();
        List<UUID> endedIds = found.conversations().stream().map(EndedConversation::conversationId).distinct()
                .toList();
        Set<UUID> missing = units.run(() -> stream.unknown(id, endedIds));
        int endEvents = units.run(() -> stream.received(id, EventTopic.CUSTOMER_END, from, now));
        Instant lastEnd = units.run(() -> stream.lastReceived(id, EventTopic.CUSTOMER_END)).orElse(null);
        StreamVerdict verdict = verdict(endedIds.size(), missing.size(), lastEnd, from, last);
        Instant silentSince = null;
        if (verdict == StreamVerdict.SILENT) {
            silentSince = last != null && last.silentSince() != null ? last.silentSince()
                    : lastEnd != null ? lastEnd : from;
        }
        StringBuilder detail = new StringBuilder();
        if (!found.complete()) {
            detail.append("only the newest ").append(config.streamCheckMaxPages() * GenesysConversationEnds.PAGE_SIZE)
                    .append(" ended conversations were read; the rest is left to reconciliation. ");
        }
        int requested = 0;
        if (!missing.isEmpty()) {
            if (backlog.fullFor(id)) {
                detail.append(missing.size()).append(" missed conversations left to reconciliation: the tenant's"
                        + " enrichment work list is full.");
            } else if (!checks.stopping(id)) {
                units.run(() -> {
                    stream.requestEnrichment(id, missing, now);
                    return null;
                });
                requested = missing.size();
            }
        }
        return new StreamCheck(id, now, from, to, verdict, endedIds.size(), missing.size(), endEvents, requested,
                silentSince, detail.isEmpty() ? null : detail.toString().trim());
    }

    /**
     * The verdict of a window: silent when enough conversations were missed and no customer.end event came since
     * the window opened; missed when events came but too large a share had none; quiet when nothing ended (a silence
     * found before still stands, as nothing shows it ended).
     */
    StreamVerdict verdict(int ended, int missing, Instant lastEndEvent, Instant from, StreamCheck last) {
        if (ended == 0) {
            return last != null && last.verdict() == StreamVerdict.SILENT ? StreamVerdict.SILENT : StreamVerdict.QUIET;
        }
        if (missing < config.streamCheckMinMissing()) {
            return StreamVerdict.FLOWING;
        }
        if (lastEndEvent == null || lastEndEvent.isBefore(from)) {
            return StreamVerdict.SILENT;
        }
        return missing >= config.streamCheckMissedShare() * ended ? StreamVerdict.MISSED : StreamVerdict.FLOWING;
    }

    private static void log(StreamCheck now, StreamCheck before) {
        StreamVerdict was = before == null ? null : before.verdict();
        if (now.verdict() == StreamVerdict.SILENT && was != StreamVerdict.SILENT) {
            LOG.log(Level.WARNING, "events: tenant {0}: event stream silent since {1}: {2} conversations ended in"
                    + " [{3}, {4}) without a customer.end event; {5} put on the enrichment work list", new Object[] {
                        now.tenantId(), now.silentSince(), now.missing(), now.windowFrom(), now.windowTo(),
                        now.requested()});
        } else if (now.verdict() == StreamVerdict.MISSED) {
            LOG.log(Level.WARNING, "events: tenant {0}: {1} of {2} conversations ended in [{3}, {4}) without a"
                    + " customer.end event; {5} put on the enrichment work list", new Object[] {now.tenantId(),
                        now.missing(), now.ended(), now.windowFrom(), now.windowTo(), now.requested()});
        } else if (was == StreamVerdict.SILENT && now.verdict() == StreamVerdict.FLOWING) {
            LOG.log(Level.INFO, "events: tenant {0}: customer.end events flow again", now.tenantId());
        }
    }

    void onTenantStopping(@Observes TenantStopping purge) {
        checks.stop(purge.tenantId(), purge.deadline());
    }

}
