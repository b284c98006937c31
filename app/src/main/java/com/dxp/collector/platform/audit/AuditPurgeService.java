package com.dxp.collector.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The store side of the audit-retention job: each chunk is deleted in a transaction of its own. */
@ApplicationScoped
public class AuditPurgeService implements AuditPurge {

    @Inject
    AuditRepository repository;

    @Inject
    AuditService audit;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeBefore(Instant cutoff, int limit) {
        return repository.deleteOldest(cutoff, limit);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordPurge(String requestedBy, Instant cutoff, long purged) {
        audit.record(new AuditEvent(requestedBy, "audit.purged", "audit", null, null,
                "deleted " + purged + " audit entries older than " + cutoff, null));
    }
}
