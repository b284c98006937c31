package com.dxp.collector.events;

import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Stores one receive batch in one transaction: the events not seen before (each with its receipt, so a redelivery
 * is recognised) through their topic's handler, and the rejected messages in quarantine. A tenant whose enrichment
 * work list is at its bound gets its ended conversations left to reconciliation rather than queued. Only after this
 * commits may the poller delete the messages; when it fails nothing of the batch is stored and SQS delivers it again.
 */
@ApplicationScoped
public class EventIngestService {

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    @Inject
    EventsConfig config;

    @Inject
    EnrichmentBacklog backlog;

    @Inject
    EventMetrics metrics;

    Clock clock = Clock.systemUTC();

    /** @return how many of the events were new (the rest were redeliveries) */
    @Transactional
    public int store(List<RoutedEvent> events, List<RejectedMessage> rejected) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            for (RejectedMessage m : rejected) {
                EventStore.quarantine(c, m, now);
            }
            if (events.isEmpty()) {
                return 0;
            }
            List<RoutedEvent> fresh = EventStore.receiveNew(c, events, now);
            Map<UUID, Set<UUID>> enrichments = new LinkedHashMap<>();
            Map<UUID, List<UserSession>> sessions = new LinkedHashMap<>();
            Map<UUID, List<RoutedEvent.RawOperationalEvent>> operational = new LinkedHashMap<>();
            for (RoutedEvent r : fresh) {
                if (r.payload() instanceof RoutedEvent.ConversationEnded ended) {
                    enrichments.computeIfAbsent(r.tenantId(), k -> new LinkedHashSet<>()).add(ended.conversationId());
                } else if (r.payload() instanceof UserSession session) {
                    sessions.computeIfAbsent(r.tenantId(), k -> new ArrayList<>()).add(session);
                } else if (r.payload() instanceof RoutedEvent.RawOperationalEvent event) {
                    operational.computeIfAbsent(r.tenantId(), k -> new ArrayList<>()).add(event);
                }
            }
            for (Map.Entry<UUID, Set<UUID>> e : enrichments.entrySet()) {
                if (backlog.fullFor(e.getKey())) {
                    // the tenant's work list is at its bound: reconciliation fetches these from the day's count
                    metrics.enrichmentDeferred(e.getKey(), e.getValue().size());
                    continue;
                }
                EventStore.requestEnrichment(c, e.getKey(), e.getValue(), now, now.plus(config.enrichmentDelay()));
            }
            for (Map.Entry<UUID, List<UserSession>> e : sessions.entrySet()) {
                EventStore.userSessions(c, e.getKey(), e.getValue());
            }
            for (Map.Entry<UUID, List<RoutedEvent.RawOperationalEvent>> e : operational.entrySet()) {
                EventStore.operationalEvents(c, e.getKey(), e.getValue());
            }
            return fresh.size();
        } catch (SQLException e) {
            throw StoreException.of("event batch", e);
        }
    }
}
