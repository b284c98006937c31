/**
 * Tenant health: one status per tenant ({@code OK}, {@code LATE}, {@code DEGRADED}, {@code ERROR}, {@code PAUSED})
 * with machine-readable reasons, worked out from what the other features already record (the tenant's verification,
 * the last hour of Genesys calls, the event-stream check, the enrichment backlog, runs, quarantine, refused records,
 * completeness), and the cross-tenant overview. It reads every feature and none reads it: it sits above them all,
 * and reaches the tenant list only through the {@code tenant} package's port {@code TenantHealthLookup}.
 */
package com.dxp.collector.health;
