package com.dxp.collector.health;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
public record TenantHealth(UUID tenantId, String name, HealthStatus status, List<HealthReason> reasons,
                           HealthFacts facts, Instant computedAt) {
}
