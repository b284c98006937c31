package com.dxp.collector.events;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A tenant's event stream as the database knows it: the newest receipt of each topic, the receipts of a window, the
 * last {@link StreamCheck}, and which conversations the collector already has or waits for. Every read is an index
 * probe or range ({@code event_receipt_tenant_topic_idx}, primary keys), so the health may read it for every tenant.
 */
@ApplicationScoped
public class EventStreamRepository {

    private static final String CHECK_COLUMNS = "tenant_id, checked_at, window_from, window_to, verdict, ended,"
            + " missing, end_events, requested, silent_since, detail";

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public EventStreamRepository() {
    }

    EventStreamRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** When the tenant's newest event of the topic was received; empty when none is on record. */
    public Optional<Instant> lastReceived(UUID tenantId, EventTopic topic) {
        return Jdbc.query(dataSource, "last event receipt", "SELECT MAX(received_at) FROM event_receipt"
                + " WHERE tenant_id = ? AND topic = ?", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, topic.name());
                }, rs -> Optional.ofNullable(instant(rs, 1))).get(0);
    }

    /** Events of the topic received in {@code [from, to)}. */
    public int received(UUID tenantId, EventTopic topic, Instant from, Instant to) {
        return Jdbc.query(dataSource, "event receipt count", "SELECT COUNT(*) FROM event_receipt WHERE tenant_id = ?"
                + " AND topic = ? AND received_at >= ? AND received_at < ?", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, topic.name());
                    setInstant(s, 3, from);
                    setInstant(s, 4, to);
                }, rs -> rs.getInt(1)).get(0);
    }

    /** Of {@code conversations}, those neither stored nor on the enrichment work list (in the given order). */
    public Set<UUID> unknown(UUID tenantId, Collection<UUID> conversations) {
        Set<UUID> unknown = new LinkedHashSet<>(conversations);
        if (unknown.isEmpty()) {
            return unknown;
        }
        List<UUID> ids = new ArrayList<>(unknown);
        Set<UUID> known = new HashSet<>();
        for (String table : List.of("conversation", "enrichment_task")) {
            Jdbc.query(dataSource, "known conversations", "SELECT t.conversation_id FROM "
                    + Jdbc.parameterRows(ids.size(), "UUID") + " JOIN " + table
                    + " t ON t.tenant_id = ? AND t.conversation_id = v.x", s -> {
                        for (int i = 0; i < ids.size(); i++) {
                            s.setObject(i + 1, ids.get(i));
                        }
                        s.setObject(ids.size() + 1, tenantId);
                    }, rs -> known.add(rs.getObject(1, UUID.class)));
        }
        unknown.removeAll(known);
        return unknown;
    }

    /** Puts conversations on the enrichment work list, due at once (those already on it are left alone). */
    @Transactional
    public void requestEnrichment(UUID tenantId, Set<UUID> conversations, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            EventStore.requestEnrichment(c, tenantId, conversations, now, now);
        } catch (SQLException e) {
            throw StoreException.of("enrichment request", e);
        }
    }

    /** StreamCheck.findByTenant */
    public Optional<StreamCheck> lastCheck(UUID tenantId) {
        return Jdbc.query(dataSource, "event stream check", "SELECT " + CHECK_COLUMNS + " FROM event_stream_check"
                + " WHERE tenant_id = ?", s -> s.setObject(1, tenantId), EventStreamRepository::check)
                .stream().findFirst();
    }

    /** Every tenant's last check, for the overview. */
    public Map<UUID, StreamCheck> lastChecks() {
        Map<UUID, StreamCheck> checks = new HashMap<>();
        Jdbc.query(dataSource, "event stream checks", "SELECT " + CHECK_COLUMNS + " FROM event_stream_check",
                s -> { }, EventStreamRepository::check).forEach(c -> checks.put(c.tenantId(), c));
        return checks;
    }

    /** Replaces the tenant's last check. */
    public void save(StreamCheck c) {
        Jdbc.update(dataSource, "event stream check", "MERGE INTO event_stream_check t USING (VALUES (CAST(? AS UUID)))"
                + " AS v(tenant_id) ON t.tenant_id = v.tenant_id"
                + " WHEN MATCHED THEN UPDATE SET checked_at = ?, window_from = ?, window_to = ?, verdict = ?,"
                + " ended = ?, missing = ?, end_events = ?, requested = ?, silent_since = ?, detail = ?"
                + " WHEN NOT MATCHED THEN INSERT (" + CHECK_COLUMNS + ") VALUES (v.tenant_id, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)", s -> {
                    s.setObject(1, c.tenantId());
                    bindCheck(s, 2, c);
                    bindCheck(s, 12, c);
                });
    }

    private static void bindCheck(PreparedStatement s, int from, StreamCheck c) throws SQLException {
        setInstant(s, from, c.checkedAt());
        setInstant(s, from + 1, c.windowFrom());
        setInstant(s, from + 2, c.windowTo());
        s.setString(from + 3, c.verdict().name());
        s.setInt(from + 4, c.ended());
        s.setInt(from + 5, c.missing());
        s.setInt(from + 6, c.endEvents());
        s.setInt(from + 7, c.requested());
        setInstant(s, from + 8, c.silentSince());
        s.setString(from + 9, Jdbc.bounded(c.detail(), 500));
    }

    private static StreamCheck check(ResultSet rs) throws SQLException {
        return new StreamCheck(rs.getObject(1, UUID.class), instant(rs, 2), instant(rs, 3), instant(rs, 4),
                StreamVerdict.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                instant(rs, 10), rs.getString(11));
    }
}
