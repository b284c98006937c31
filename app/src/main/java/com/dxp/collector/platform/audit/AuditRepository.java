package com.dxp.collector.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds audit entries, newest first, by keyset. */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "collector")
    EntityManager em;

    void store(AuditEntry entry) {
        em.persist(entry);
    }

    Optional<AuditEntry> find(long id) {
        return Optional.ofNullable(em.find(AuditEntry.class, id));
    }

    /** Deletes up to {@code limit} of the oldest entries written before {@code cutoff}; returns how many. */
    int deleteOldest(Instant cutoff, int limit) {
        List<Long> ids = em.createQuery("SELECT a.id FROM AuditEntry a WHERE a.occurredAt < :cutoff"
                        + " ORDER BY a.occurredAt, a.id", Long.class)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM AuditEntry a WHERE a.id IN :ids").setParameter("ids", ids).executeUpdate();
    }

    /** Up to {@code limit} entries after {@code after} (null: from the newest), of one tenant if given. */
    List<AuditEntry> findPage(UUID tenantId, AuditCursor after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
        if (tenantId != null) {
            jpql.append(" AND a.tenantId = :tenantId");
        }
        if (after != null) {
            jpql.append(" AND (a.occurredAt < :at OR (a.occurredAt = :at AND a.id < :id))");
        }
        jpql.append(" ORDER BY a.occurredAt DESC, a.id DESC");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(limit);
        if (tenantId != null) {
            query.setParameter("tenantId", tenantId);
        }
        if (after != null) {
            query.setParameter("at", after.occurredAt().atOffset(ZoneOffset.UTC)).setParameter("id", after.id());
        }
        return query.getResultList();
    }
}
