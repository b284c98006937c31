package com.dxp.collector.health;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every tenant's health in one answer, so a console row per tenant costs one call, not one per tenant.
 *
 * @param computedAt when the health was worked out (at most {@code health.tenant.cache-seconds} ago)
 * @param tenants    the tenants' health, by name
 */
@Schema(description = "Every tenant's health in one answer, so a console row per tenant costs one call, not one per"
        + " tenant.")
public record TenantHealths(
        @Schema(description = "When the health was worked out (at most `HEALTH_TENANT_CACHE_SECONDS` ago)",
                example = "2026-12-01T09:31:30.512Z")
        Instant computedAt,
        @Schema(description = "The tenants' health, by name") List<TenantHealth> tenants) {
}
