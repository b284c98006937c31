package com.dxp.collector.platform.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * What happened, to be recorded in the audit trail. {@code detail} is a short description for people; callers
 * must never put a secret in it (describe a credential change as "secret replaced", not with its value).
 *
 * @param actor         the authenticated user, or the component for automatic changes
 * @param action        dotted verb such as {@code tenant.created} or {@code note.added}
 * @param targetType    kind of thing changed, such as {@code tenant}; may be null
 * @param targetId      id of the thing changed; may be null
 * @param tenantId      the tenant concerned; null for changes that are not a tenant's
 * @param detail        human-readable description; may be null
 * @param correlationId the request that caused it; may be null
 */
public record AuditEvent(String actor, String action, String targetType, String targetId, UUID tenantId,
                         String detail, String correlationId) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
