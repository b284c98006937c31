package com.dxp.collector.tenant;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores and finds the one purge of each tenant ({@link PurgeRun}) and the rows it deleted per table
 * ({@link PurgeCount}), in JPA joining the caller's transaction; every method needs one. The purge outlives its
 * tenant, so an operator can still read that it completed. The rows a purge deletes are deleted in plain JDBC by
 * {@link TenantRepository#deleteChunk}, not here.
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

    @PersistenceContext(unitName = "collector")
    EntityManager em;

    /** A purge just started, with a count of 0 for every table it will delete from. */
    void store(UUID tenantId, String tenantName, CredentialStore.Actor actor, Instant startedAt,
               List<String> tables) {
        em.persist(new PurgeRun(tenantId, tenantName, Jdbc.bounded(actor.name(), 200),
                Jdbc.bounded(actor.correlationId(), 100), startedAt));
        tables.forEach(table -> em.persist(new PurgeCount(tenantId, table, 0)));
    }

    /** Names the execution (and its server) that purges the tenant now. */
    void executing(UUID tenantId, long executionId, String serverId) {
        run(tenantId).ifPresent(run -> run.executing(executionId, serverId));
    }

    /** Adds {@code rows} to what the purge deleted from {@code table}. */
    void counted(UUID tenantId, String table, long rows) {
        int updated = em.createNamedQuery("PurgeCount.add").setParameter("rows", rows)
                .setParameter("tenantId", tenantId).setParameter("tableName", table).executeUpdate();
        if (updated == 0) {
            // a table added to the purge after this one started
            em.persist(new PurgeCount(tenantId, table, rows));
        }
    }

    /** The purge completed: its tenant is gone. */
    void ended(UUID tenantId, Instant at) {
        run(tenantId).ifPresent(run -> run.ended(at));
    }

    /**
     * The tenant's purge, if one was ever started. The counts are read as values, not entities: {@code PurgeCount.add}
     * changes them behind the persistence context.
     */
    Optional<StoredPurge> find(UUID tenantId) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        em.createNamedQuery("PurgeCount.findByTenant", Object[].class).setParameter("tenantId", tenantId)
                .getResultList().forEach(count -> deleted.put((String) count[0], ((Number) count[1]).longValue()));
        return run(tenantId).map(run -> run.stored(inOrder(deleted)));
    }

    private Optional<PurgeRun> run(UUID tenantId) {
        return Optional.ofNullable(em.find(PurgeRun.class, tenantId));
    }

    /** The counts in purge order, tables no longer purged after the others. */
    private static Map<String, Long> inOrder(Map<String, Long> deleted) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        TenantRepository.PURGE_ORDER.stream().filter(deleted::containsKey).forEach(t -> ordered.put(t, deleted.get(t)));
        deleted.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
