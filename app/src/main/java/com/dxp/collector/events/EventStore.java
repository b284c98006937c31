package com.dxp.collector.events;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;
import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.parameterRows;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.Sha256;
import com.dxp.collector.platform.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes what the live path receives, in plain JDBC on the caller's connection (so one transaction covers a whole
 * receive batch): event receipts that make redeliveries harmless, user sessions, operational events, enrichment
 * requests and quarantined messages. Statements are batched per table.
 */
final class EventStore {

    private EventStore() {
    }

    /**
     * Records a receipt for each event of the batch not received before and returns those events (first occurrence
     * of each). On PostgreSQL one {@code INSERT ... ON CONFLICT DO NOTHING RETURNING}, which also waits out a
     * concurrent batch holding the same event instead of failing; elsewhere a lookup and an insert.
     */
    static List<RoutedEvent> receiveNew(Connection c, List<RoutedEvent> events, Instant now) throws SQLException {
        if (!Jdbc.isPostgres(c)) {
            List<RoutedEvent> fresh = unseen(c, events);
            receipts(c, fresh, now);
            return fresh;
        }
        Map<UUID, Map<String, RoutedEvent>> byTenant = new LinkedHashMap<>();
        for (RoutedEvent e : events) {
            byTenant.computeIfAbsent(e.tenantId(), k -> new LinkedHashMap<>()).putIfAbsent(e.envelope().eventId(), e);
        }
        List<RoutedEvent> fresh = new ArrayList<>();
        for (Map.Entry<UUID, Map<String, RoutedEvent>> t : byTenant.entrySet()) {
            List<RoutedEvent> candidates = new ArrayList<>(t.getValue().values());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO event_receipt (tenant_id, event_id, topic,"
                    + " received_at) SELECT ?, e, t, ? FROM unnest(?, ?) AS x(e, t) ON CONFLICT DO NOTHING"
                    + " RETURNING event_id")) {
                s.setObject(1, t.getKey());
                setInstant(s, 2, now);
                s.setArray(3, c.createArrayOf("varchar", candidates.stream().map(e -> e.envelope().eventId())
                        .toArray(String[]::new)));
                s.setArray(4, c.createArrayOf("varchar", candidates.stream()
                        .map(e -> e.envelope().topic().topic().name()).toArray(String[]::new)));
                Set<String> inserted = new HashSet<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getString(1));
                    }
                }
                candidates.stream().filter(e -> inserted.contains(e.envelope().eventId())).forEach(fresh::add);
            }
        }
        return fresh;
    }

    /** The events of the batch not stored before (by tenant and event id), first occurrence of each. */
    static List<RoutedEvent> unseen(Connection c, List<RoutedEvent> events) throws SQLException {
        Map<UUID, Set<String>> known = new HashMap<>();
        Map<UUID, List<String>> idsByTenant = new LinkedHashMap<>();
        for (RoutedEvent e : events) {
            idsByTenant.computeIfAbsent(e.tenantId(), k -> new ArrayList<>()).add(e.envelope().eventId());
        }
        for (Map.Entry<UUID, List<String>> t : idsByTenant.entrySet()) {
            try (PreparedStatement s = c.prepareStatement(receiptLookup(t.getValue().size()))) {
                for (int i = 0; i < t.getValue().size(); i++) {
                    s.setString(i + 1, t.getValue().get(i));
                }
                s.setObject(t.getValue().size() + 1, t.getKey());
                try (ResultSet rs = s.executeQuery()) {
                    Set<String> ids = known.computeIfAbsent(t.getKey(), k -> new HashSet<>());
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        List<RoutedEvent> fresh = new ArrayList<>();
        for (RoutedEvent e : events) {
            if (known.computeIfAbsent(e.tenantId(), k -> new HashSet<>()).add(e.envelope().eventId())) {
                fresh.add(e);
            }
        }
        return fresh;
    }

    static void receipts(Connection c, List<RoutedEvent> events, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_receipt (tenant_id, event_id, topic,"
                + " received_at) VALUES (?, ?, ?, ?)")) {
            for (RoutedEvent e : events) {
                s.setObject(1, e.tenantId());
                s.setString(2, e.envelope().eventId());
                s.setString(3, e.envelope().topic().topic().name());
                setInstant(s, 4, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Asks for each conversation to be fetched at {@code due}, unless it is already asked for; one that was given
     * up on is asked for again, since a new event says there is news.
     */
    static void requestEnrichment(Connection c, UUID tenantId, Set<UUID> conversations, Instant now, Instant due)
            throws SQLException {
        if (Jdbc.isPostgres(c)) {
            // one statement: new ones inserted, given-up ones asked for again, pending ones left alone
            try (PreparedStatement s = c.prepareStatement("INSERT INTO enrichment_task (tenant_id, conversation_id,"
                    + " due_at, requested_at, attempts, state) SELECT ?, x, ?, ?, 0, 'PENDING' FROM unnest(?) AS u(x)"
                    + " ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET state = 'PENDING', attempts = 0,"
                    + " due_at = EXCLUDED.due_at, requested_at = EXCLUDED.requested_at"
                    + " WHERE enrichment_task.state = 'GAVE_UP'")) {
                s.setObject(1, tenantId);
                setInstant(s, 2, due);
                setInstant(s, 3, now);
                s.setArray(4, c.createArrayOf("uuid", conversations.toArray(new UUID[0])));
                s.executeUpdate();
            }
            return;
        }
        Map<UUID, String> existing = new HashMap<>();
        List<UUID> ids = new ArrayList<>(conversations);
        try (PreparedStatement s = c.prepareStatement(taskLookup(ids.size()))) {
            for (int i = 0; i < ids.size(); i++) {
                s.setObject(i + 1, ids.get(i));
            }
            s.setObject(ids.size() + 1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO enrichment_task (tenant_id, conversation_id,"
                + " due_at, requested_at, attempts, state) VALUES (?, ?, ?, ?, 0, 'PENDING')");
                PreparedStatement revive = c.prepareStatement("UPDATE enrichment_task SET state = 'PENDING',"
                        + " due_at = ?, attempts = 0, requested_at = ? WHERE tenant_id = ? AND conversation_id = ?")) {
            for (UUID id : ids) {
                String state = existing.get(id);
                if (state == null) {
                    insert.setObject(1, tenantId);
                    insert.setObject(2, id);
                    setInstant(insert, 3, due);
                    setInstant(insert, 4, now);
                    insert.addBatch();
                } else if (state.equals("GAVE_UP")) {
                    setInstant(revive, 1, due);
                    setInstant(revive, 2, now);
                    revive.setObject(3, tenantId);
                    revive.setObject(4, id);
                    revive.addBatch();
                }
            }
            insert.executeBatch();
            revive.executeBatch();
        }
    }

    static void userSessions(Connection c, UUID tenantId, List<UserSession> sessions) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO user_session (tenant_id, event_id, user_id,"
                + " user_name, ip_address, client_id, session_id, token_created, token_expires, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (UserSession u : sessions) {
                s.setObject(1, tenantId);
                s.setString(2, u.eventId());
                s.setString(3, u.userId());
                s.setString(4, u.userName());
                s.setString(5, u.ipAddress());
                s.setString(6, u.clientId());
                s.setString(7, u.sessionId());
                setInstant(s, 8, u.tokenCreated());
                setInstant(s, 9, u.tokenExpires());
                setInstant(s, 10, u.receivedAt());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static void operationalEvents(Connection c, UUID tenantId, List<RoutedEvent.RawOperationalEvent> events)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO operational_event (tenant_id, event_id,"
                + " definition_id, definition_name, entity_id, entity_name, entity_type, error_code, previous_value,"
                + " current_value, conversation_id, occurred_at, raw_json, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                OperationalEvent o = events.get(i).event();
                s.setObject(1, tenantId);
                s.setString(2, o.eventId());
                s.setString(3, o.definitionId());
                s.setString(4, o.definitionName());
                s.setString(5, o.entityId());
                s.setString(6, o.entityName());
                s.setString(7, o.entityType());
                s.setString(8, o.errorCode());
                s.setString(9, o.previousValue());
                s.setString(10, o.currentValue());
                s.setString(11, o.conversationId());
                setInstant(s, 12, o.occurredAt());
                s.setString(13, events.get(i).rawJson());
                setInstant(s, 14, o.receivedAt());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Keeps a rejected message; the same body again on the same queue counts up instead of adding a row. */
    static void quarantine(Connection c, RejectedMessage m, Instant now) throws SQLException {
        String hash = Sha256.hex(m.rawBody());
        try (PreparedStatement update = c.prepareStatement("UPDATE quarantined_message SET last_seen = ?,"
                + " seen_count = seen_count + 1, reason = ?, detail = ?, tenant_id = ?, genesys_org_id = ?, topic = ?,"
                + " replayed_at = NULL WHERE queue_name = ? AND body_sha256 = ?")) {
            setInstant(update, 1, now);
            bindReadable(update, 2, m);
            update.setString(7, m.queueName());
            update.setString(8, hash);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO quarantined_message (last_seen, reason,"
                + " detail, tenant_id, genesys_org_id, topic, queue_name, body_sha256, id, raw_body, first_seen,"
                + " seen_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            setInstant(insert, 1, now);
            bindReadable(insert, 2, m);
            insert.setString(7, m.queueName());
            insert.setString(8, hash);
            insert.setObject(9, UUID.randomUUID());
            insert.setString(10, m.rawBody());
            setInstant(insert, 11, now);
            insert.executeUpdate();
        }
    }

    private static void bindReadable(PreparedStatement s, int from, RejectedMessage m) throws SQLException {
        s.setString(from, m.reason().name());
        s.setString(from + 1, bounded(m.detail(), 2000));
        s.setObject(from + 2, m.tenantId());
        s.setString(from + 3, bounded(m.genesysOrgId(), 100));
        s.setString(from + 4, bounded(m.topic(), 300));
    }

    static QuarantinedMessage quarantined(ResultSet rs) throws SQLException {
        return new QuarantinedMessage(rs.getObject("id", UUID.class), rs.getString("queue_name"),
                QuarantineReason.valueOf(rs.getString("reason")), rs.getString("detail"),
                rs.getObject("tenant_id", UUID.class), rs.getString("genesys_org_id"), rs.getString("topic"),
                rs.getString("raw_body"), instant(rs, "first_seen"), instant(rs, "last_seen"),
                rs.getInt("seen_count"), instant(rs, "replayed_at"));
    }

    /** Receipts of {@code n} event ids (parameters 1..n) of one tenant (parameter n+1). */
    static String receiptLookup(int n) {
        return "SELECT r.event_id FROM " + parameterRows(n, "VARCHAR(100)")
                + " JOIN event_receipt r ON r.tenant_id = ? AND r.event_id = v.x";
    }

    /** Enrichment tasks of {@code n} conversation ids (parameters 1..n) of one tenant (parameter n+1). */
    static String taskLookup(int n) {
        return "SELECT t.conversation_id, t.state FROM " + parameterRows(n, "UUID")
                + " JOIN enrichment_task t ON t.tenant_id = ? AND t.conversation_id = v.x";
    }
}
