package com.dxp.collector.platform.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the API shows it. */
@Schema(description = "An audit entry as the API shows it.")
public record AuditEntryView(
        @Schema(description = "The entry id, for `GET /api/admin/audit/{id}`", example = "5312") long id,
        @Schema(description = "When it happened", example = "2026-12-01T09:31:02.417Z") Instant occurredAt,
        @Schema(description = "Who did it: the account name, or `system` for the collector itself", example = "admin")
        String actor,
        @Schema(description = "What was done, such as `tenant.created`, `backfill.started` or `note.added`",
                example = "backfill.started")
        String action,
        @Schema(description = "The kind of thing acted on, such as `tenant` or `backfill`; absent for notes",
                example = "backfill")
        String targetType,
        @Schema(description = "The id of the thing acted on; absent when none", example = "1017") String targetId,
        @Schema(description = "The tenant concerned, if any", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10")
        UUID tenantId,
        @Schema(description = "What changed or the note's text; never a secret or a request body",
                example = "POST /api/admin/tenants/6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10/backfills answered 202")
        String detail,
        @Schema(description = "The correlation id of the request that did it, to find it in the server log",
                example = "0b8e4d2c-6a1f-4e3b-9c5d-7f2a1b3c4d5e")
        String correlationId) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getTenantId(), e.getDetail(), e.getCorrelationId());
    }
}
