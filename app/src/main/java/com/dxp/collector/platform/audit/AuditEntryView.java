package com.dxp.collector.platform.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the API shows it. */
@Schema(description = "An audit entry as the API shows it.")
public record AuditEntryView(
        @Schema(description = "The entry id, for `GET /api/admin/audit/{id}`") long id,
        @Schema(description = "When it happened") Instant occurredAt,
        @Schema(description = "Who did it: the account name, or `system` for the collector itself") String actor,
        @Schema(description = "What was done, such as `tenant.created`, `backfill.started` or `note.added`")
        String action,
        @Schema(description = "The kind of thing acted on, such as `tenant` or `backfill`; absent for notes")
        String targetType,
        @Schema(description = "The id of the thing acted on; absent when none") String targetId,
        @Schema(description = "The tenant concerned, if any") UUID tenantId,
        @Schema(description = "What changed or the note's text; never a secret or a request body") String detail,
        @Schema(description = "The correlation id of the request that did it, to find it in the server log")
        String correlationId) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getTenantId(), e.getDetail(), e.getCorrelationId());
    }
}
