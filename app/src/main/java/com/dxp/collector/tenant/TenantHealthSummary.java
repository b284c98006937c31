package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.List;

/**
 * A tenant's health in brief, as the tenant list and view show it (the whole document is
 * {@code GET /api/admin/tenants/{id}/health}).
 *
 * @param status     OK, LATE, DEGRADED, ERROR or PAUSED
 * @param reasons    the codes of what makes it so, worst first
 * @param computedAt when it was worked out
 */
public record TenantHealthSummary(String status, List<String> reasons, Instant computedAt) {
}
