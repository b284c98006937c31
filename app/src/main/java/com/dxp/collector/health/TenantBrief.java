package com.dxp.collector.health;

import java.util.List;
import java.util.UUID;

/**
 * A tenant in the overview's list of those needing attention.
 *
 * @param id      the tenant
 * @param name    its name
 * @param status  its health
 * @param reasons the codes of its reasons, worst first
 */
public record TenantBrief(UUID id, String name, HealthStatus status, List<ReasonCode> reasons) {
}
