package com.dxp.collector.health;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant in the overview's list of those needing attention.
 *
 * @param id      the tenant
 * @param name    its name
 * @param status  its health
 * @param reasons the codes of its reasons, worst first
 */
@Schema(description = "A tenant in the overview's list of those needing attention.")
public record TenantBrief(
        @Schema(description = "The tenant", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID id,
        @Schema(description = "Its name", example = "Acme") String name,
        @Schema(description = "Its health") HealthStatus status,
        @Schema(description = "The codes of its reasons, worst first") List<ReasonCode> reasons) {
}
