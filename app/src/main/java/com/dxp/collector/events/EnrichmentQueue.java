package com.dxp.collector.events;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** Claims up to {@code limit} due tasks, oldest due first, until {@code leaseUntil}. */
    List<EnrichmentTask> claim(Instant now, Instant leaseUntil, int limit) {
        List<EnrichmentTask> due = Jdbc.query(dataSource, "due enrichment query", "SELECT tenant_id,"
                + " conversation_id, due_at, requested_at, attempts FROM enrichment_task WHERE state = 'PENDING'"
                + " AND due_at <= ? ORDER BY due_at LIMIT ?", s -> {
                    setInstant(s, 1, now);
                    s.setInt(2, limit);
                }, rs -> new EnrichmentTask(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        instant(rs, 3), instant(rs, 4), rs.getInt(5)));
        List<EnrichmentTask> claimed = new ArrayList<>();
        for (EnrichmentTask t : due) {
            int rows = Jdbc.update(dataSource, "enrichment claim", "UPDATE enrichment_task SET due_at = ?"
                    + " WHERE tenant_id = ? AND conversation_id = ? AND due_at = ? AND state = 'PENDING'", s -> {
                        setInstant(s, 1, leaseUntil);
                        s.setObject(2, t.tenantId());
                        s.setObject(3, t.conversationId());
                        setInstant(s, 4, t.dueAt());
                    });
            if (rows == 1) {
                claimed.add(t);
            }
        }
        return claimed;
    }

    /** The record is stored complete: nothing more to fetch. */
    void done(EnrichmentTask t) {
        Jdbc.update(dataSource, "enrichment done", "DELETE FROM enrichment_task WHERE tenant_id = ?"
                + " AND conversation_id = ?", s -> {
                    s.setObject(1, t.tenantId());
                    s.setObject(2, t.conversationId());
                });
    }

    /** Fetch again at {@code due}, one attempt more. */
    void retry(EnrichmentTask t, Instant due, String outcome) {
        Jdbc.update(dataSource, "enrichment retry", "UPDATE enrichment_task SET due_at = ?, attempts = ?,"
                + " last_outcome = ? WHERE tenant_id = ? AND conversation_id = ?", s -> {
                    setInstant(s, 1, due);
                    s.setInt(2, t.attempts() + 1);
                    s.setString(3, bounded(outcome));
                    s.setObject(4, t.tenantId());
                    s.setObject(5, t.conversationId());
                });
    }

    /** Too old to wait for: the last record stays as stored, and the row says why. */
    void giveUp(EnrichmentTask t, String outcome) {
        Jdbc.update(dataSource, "enrichment give-up", "UPDATE enrichment_task SET state = 'GAVE_UP',"
                + " attempts = ?, last_outcome = ? WHERE tenant_id = ? AND conversation_id = ?", s -> {
                    s.setInt(1, t.attempts() + 1);
                    s.setString(2, bounded(outcome));
                    s.setObject(3, t.tenantId());
                    s.setObject(4, t.conversationId());
                });
    }

    /** Pending tasks, and of those due now, for status and tests. */
    long pending() {
        return Jdbc.query(dataSource, "enrichment count", "SELECT COUNT(*) FROM enrichment_task"
                + " WHERE state = 'PENDING'", s -> { }, rs -> rs.getLong(1)).get(0);
    }

    private static String bounded(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}
