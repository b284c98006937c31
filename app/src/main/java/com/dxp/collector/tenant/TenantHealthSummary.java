package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's health in brief, as the tenant list and view show it (the whole document is
 * {@code GET /api/admin/tenants/{id}/health}).
 *
 * @param status     OK, LATE, DEGRADED, ERROR or PAUSED
 * @param reasons    the codes of what makes it so, worst first
 * @param computedAt when it was worked out
 */
@Schema(description = "A tenant's health in brief, as the tenant list and view show it (the whole document is `GET "
        + "/api/admin/tenants/{id`/health}).")
public record TenantHealthSummary(
        @Schema(description = "OK, LATE, DEGRADED, ERROR or PAUSED", example = "LATE") String status,
        @Schema(description = "The codes of what makes it so, worst first", example = "[\"ENRICHMENT_BACKLOG\"]")
        List<String> reasons,
        @Schema(description = "When it was worked out", example = "2026-12-01T09:31:30.512Z") Instant computedAt) {
}
