package com.dxp.collector.tenant;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Stores the one purge of each tenant ({@code tenant_purge}) and the rows it deleted per table
 * ({@code tenant_purge_count}), in plain JDBC joining the caller's transaction. The purge outlives its tenant, so
 * an operator can still read that it completed.
 */
@ApplicationScoped
public class TenantPurgeRepository {

    /**
     * A purge as stored.
     *
     * @param executionId the batch job execution deleting now, or last; null before the first started
     * @param serverId    the collector server that execution runs on
     * @param endedAt     when the tenant row went; null until then
     * @param deleted     rows deleted so far per table, in purge order
     */
    record StoredPurge(UUID tenantId, String tenantName, String requestedBy, String correlationId, Instant startedAt,
                       Long executionId, String serverId, Instant endedAt, Map<String, Long> deleted) {
    }

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    /** A purge just started, with a count of 0 for every table it will delete from. */
    void insert(UUID tenantId, String tenantName, CredentialStore.Actor actor, Instant startedAt,
                List<String> tables) {
        update("INSERT INTO tenant_purge (tenant_id, tenant_name, requested_by, correlation_id, started_at)"
                + " VALUES (?, ?, ?, ?, ?)", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, tenantName);
                    s.setString(3, Jdbc.bounded(actor.name(), 200));
                    s.setString(4, Jdbc.bounded(actor.correlationId(), 100));
                    setInstant(s, 5, startedAt);
                });
        for (String table : tables) {
            insertCount(tenantId, table, 0);
        }
    }

    /** Names the execution (and its server) that purges the tenant now. */
    void executing(UUID tenantId, long executionId, String serverId) {
        update("UPDATE tenant_purge SET execution_id = ?, server_id = ? WHERE tenant_id = ?", s -> {
            s.setLong(1, executionId);
            s.setString(2, serverId);
            s.setObject(3, tenantId);
        });
    }

    /** Adds {@code rows} to what the purge deleted from {@code table}. */
    void counted(UUID tenantId, String table, long rows) {
        int updated = update("UPDATE tenant_purge_count SET deleted = deleted + ? WHERE tenant_id = ?"
                + " AND table_name = ?", s -> {
                    s.setLong(1, rows);
                    s.setObject(2, tenantId);
                    s.setString(3, table);
                });
        if (updated == 0) {
            // a table added to the purge after this one started
            insertCount(tenantId, table, rows);
        }
    }

    /** The purge completed: its tenant is gone. */
    void ended(UUID tenantId, Instant at) {
        update("UPDATE tenant_purge SET ended_at = ? WHERE tenant_id = ?", s -> {
            setInstant(s, 1, at);
            s.setObject(2, tenantId);
        });
    }

    /** The tenant's purge, if one was ever started. */
    Optional<StoredPurge> find(UUID tenantId) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        Jdbc.query(dataSource, "tenant purge query", "SELECT table_name, deleted FROM tenant_purge_count"
                        + " WHERE tenant_id = ?", s -> s.setObject(1, tenantId),
                rs -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(count -> deleted.put(count.getKey(), count.getValue()));
        return Jdbc.query(dataSource, "tenant purge query", "SELECT tenant_name, requested_by, correlation_id,"
                        + " started_at, execution_id, server_id, ended_at FROM tenant_purge WHERE tenant_id = ?",
                s -> s.setObject(1, tenantId), rs -> {
                    long execution = rs.getLong("execution_id");
                    Long executionId = rs.wasNull() ? null : execution;
                    return new StoredPurge(tenantId, rs.getString("tenant_name"), rs.getString("requested_by"),
                            rs.getString("correlation_id"), instant(rs, "started_at"), executionId,
                            rs.getString("server_id"), instant(rs, "ended_at"), inOrder(deleted));
                }).stream().findFirst();
    }

    /** The counts in purge order, tables no longer purged after the others. */
    private static Map<String, Long> inOrder(Map<String, Long> deleted) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        TenantRepository.PURGE_ORDER.stream().filter(deleted::containsKey).forEach(t -> ordered.put(t, deleted.get(t)));
        deleted.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private void insertCount(UUID tenantId, String table, long rows) {
        update("INSERT INTO tenant_purge_count (tenant_id, table_name, deleted) VALUES (?, ?, ?)", s -> {
            s.setObject(1, tenantId);
            s.setString(2, table);
            s.setLong(3, rows);
        });
    }

    private int update(String sql, Jdbc.Binder binder) {
        return Jdbc.update(dataSource, "tenant purge statement", sql, binder);
    }
}
