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
        @Schema(description = "The tenant") UUID id,
        @Schema(description = "Its name") String name,
        @Schema(description = "Its health") HealthStatus status,
        @Schema(description = "The codes of its reasons, worst first") List<ReasonCode> reasons) {
}
