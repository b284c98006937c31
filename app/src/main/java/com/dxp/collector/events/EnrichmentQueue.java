package com.dxp.collector.events;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;
import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The durable list of conversations to fetch ({@code enrichment_task}). A worker claims due rows by moving their
 * due time to the end of a lease with a compare-and-set on the old due time, so two instances never fetch the same
 * conversation at once and a crashed worker's rows come due again when the lease ends.
 */
@ApplicationScoped
public class EnrichmentQueue {

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public EnrichmentQueue() {
    }

    EnrichmentQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Tenants with tasks due now, up to {@code limit}, the longest waiting first. */
    List<UUID> dueTenants(Instant now, int limit) {
        return Jdbc.query(dataSource, "due enrichment tenants", "SELECT tenant_id FROM enrichment_task"
                + " WHERE state = 'PENDING' AND due_at <= ? GROUP BY tenant_id ORDER BY MIN(due_at) LIMIT ?", s -> {
                    setInstant(s, 1, now);
                    s.setInt(2, limit);
                }, rs -> rs.getObject(1, UUID.class));
    }

    /**
     * Claims up to {@code limit} of the tenant's due tasks, oldest due first, until {@code leaseUntil}. A claimed task
     * carries its lease as {@link EnrichmentTask#dueAt()}: completing or putting it back only takes while the row
     * still holds that lease, so a worker whose lease passed (and another took the task) changes nothing.
     */
    List<EnrichmentTask> claim(UUID tenantId, Instant now, Instant leaseUntil, int limit) {
        List<EnrichmentTask> due = Jdbc.query(dataSource, "due enrichment query", "SELECT tenant_id,"
                + " conversation_id, due_at, requested_at, attempts FROM enrichment_task WHERE tenant_id = ?"
                + " AND state = 'PENDING' AND due_at <= ? ORDER BY due_at LIMIT ?", s -> {
                    s.setObject(1, tenantId);
                    setInstant(s, 2, now);
                    s.setInt(3, limit);
                }, rs -> new EnrichmentTask(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        instant(rs, 3), instant(rs, 4), rs.getInt(5)));
        if (due.isEmpty()) {
            return due;
        }
        int[] rows = batch("enrichment claim", "UPDATE enrichment_task SET due_at = ? WHERE tenant_id = ?"
                + " AND conversation_id = ? AND due_at = ? AND state = 'PENDING'", due, (s, t) -> {
                    setInstant(s, 1, leaseUntil);
                    s.setObject(2, t.tenantId());
                    s.setObject(3, t.conversationId());
                    setInstant(s, 4, t.dueAt());
                });
        List<EnrichmentTask> claimed = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            if (changed(rows[i])) {
                claimed.add(due.get(i).leasedUntil(leaseUntil));
            }
        }
        return claimed;
    }

    /**
     * The records are stored complete: nothing more to fetch.
     *
     * @return how many of the tasks still held this worker's lease (the others were left alone)
     */
    int done(List<EnrichmentTask> tasks) {
        return count(batch("enrichment done", "DELETE FROM enrichment_task WHERE tenant_id = ? AND conversation_id = ?"
                + " AND due_at = ? AND state = 'PENDING'", tasks, (s, t) -> {
                    s.setObject(1, t.tenantId());
                    s.setObject(2, t.conversationId());
                    setInstant(s, 3, t.dueAt());
                }));
    }

    /** Fetch again later, one attempt more; {@link Later#due()} says when. Only while the lease is still held. */
    int retry(List<Later> later) {
        return count(batch("enrichment retry", "UPDATE enrichment_task SET due_at = ?, attempts = ?,"
                + " last_outcome = ? WHERE tenant_id = ? AND conversation_id = ? AND due_at = ? AND state = 'PENDING'",
                later, (s, l) -> {
                    setInstant(s, 1, l.due());
                    s.setInt(2, l.task().attempts() + 1);
                    s.setString(3, bounded(l.outcome(), 200));
                    s.setObject(4, l.task().tenantId());
                    s.setObject(5, l.task().conversationId());
                    setInstant(s, 6, l.task().dueAt());
                }));
    }

    /** Too old to wait for: the last records stay as stored, and the rows say why. Only while the lease is held. */
    int giveUp(List<Later> givenUp) {
        return count(batch("enrichment give-up", "UPDATE enrichment_task SET state = 'GAVE_UP', attempts = ?,"
                + " last_outcome = ? WHERE tenant_id = ? AND conversation_id = ? AND due_at = ? AND state = 'PENDING'",
                givenUp, (s, l) -> {
                    s.setInt(1, l.task().attempts() + 1);
                    s.setString(2, bounded(l.outcome(), 200));
                    s.setObject(3, l.task().tenantId());
                    s.setObject(4, l.task().conversationId());
                    setInstant(s, 5, l.task().dueAt());
                }));
    }

    /** Whether a statement of a JDBC batch changed its row: a driver may answer SUCCESS_NO_INFO (-2) for one. */
    private static boolean changed(int rows) {
        return rows == 1 || rows == Statement.SUCCESS_NO_INFO;
    }

    private static int count(int[] rows) {
        int n = 0;
        for (int r : rows) {
            n += changed(r) ? 1 : 0;
        }
        return n;
    }

    /** A task to put back: when, and what the last attempt found. */
    record Later(EnrichmentTask task, Instant due, String outcome) {
    }

    /** One statement per item, sent as one JDBC batch; the rows each changed. */
    private <T> int[] batch(String what, String sql, List<T> items, ItemBinder<T> binder) {
        if (items.isEmpty()) {
            return new int[0];
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(s, item);
                s.addBatch();
            }
            return s.executeBatch();
        } catch (SQLException e) {
            throw StoreException.of(what, e);
        }
    }

    @FunctionalInterface
    private interface ItemBinder<T> {
        void bind(PreparedStatement s, T item) throws SQLException;
    }

    /** Pending tasks by tenant (tenants with none are absent). */
    Map<UUID, Long> pendingByTenant() {
        Map<UUID, Long> pending = new HashMap<>();
        Jdbc.query(dataSource, "enrichment count by tenant", "SELECT tenant_id, COUNT(*) FROM enrichment_task"
                + " WHERE state = 'PENDING' GROUP BY tenant_id", s -> { }, rs -> pending.put(rs.getObject(1,
                        UUID.class), rs.getLong(2)));
        return pending;
    }

    /**
     * Each tenant's conversations waiting for enrichment, with when the oldest was asked for: the tenant health's
     * backlog and its age (one pass over the pending rows, grouped).
     */
    public Map<UUID, PendingEnrichment> pendingWithAge() {
        Map<UUID, PendingEnrichment> pending = new HashMap<>();
        Jdbc.query(dataSource, "enrichment backlog by tenant", "SELECT tenant_id, COUNT(*), MIN(requested_at)"
                + " FROM enrichment_task WHERE state = 'PENDING' GROUP BY tenant_id", s -> { },
                rs -> pending.put(rs.getObject(1, UUID.class), new PendingEnrichment(rs.getLong(2),
                        Jdbc.instant(rs, 3))));
        return pending;
    }

    /** Pending tasks, and of those due now, for status and tests. */
    long pending() {
        return Jdbc.query(dataSource, "enrichment count", "SELECT COUNT(*) FROM enrichment_task"
                + " WHERE state = 'PENDING'", s -> { }, rs -> rs.getLong(1)).get(0);
    }
}
