package com.dxp.collector.platform.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as the API shows it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String targetType,
                             String targetId, UUID tenantId, String detail, String correlationId) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getTenantId(), e.getDetail(), e.getCorrelationId());
    }
}
