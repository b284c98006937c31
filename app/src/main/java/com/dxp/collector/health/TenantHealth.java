package com.dxp.collector.health;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's health: its status, the reasons for it (worst first; notices last) and the facts they come from.
 *
 * @param tenantId   the tenant
 * @param name       its name
 * @param status     the worst status of its reasons, OK without any
 * @param reasons    why
 * @param facts      the figures behind them
 * @param computedAt when this was worked out
 */
@Schema(description = "A tenant's health: its status, the reasons for it (worst first; notices last) and the facts "
        + "they come from.")
public record TenantHealth(
        @Schema(description = "The tenant", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID tenantId,
        @Schema(description = "Its name", example = "Acme") String name,
        @Schema(description = "The worst status of its reasons, OK without any") HealthStatus status,
        @Schema(description = "Why") List<HealthReason> reasons,
        @Schema(description = "The figures behind them") HealthFacts facts,
        @Schema(description = "When this was worked out", example = "2026-12-01T09:31:30.512Z") Instant computedAt) {
}
