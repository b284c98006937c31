package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Fired synchronously (CDI) before a tenant's data is purged: every feature that works for tenants (runs, live
 * enrichment) stops the tenant's work and returns only once none of it is left in flight, so nothing is written for
 * the tenant after its rows are gone. An observer that cannot finish by {@code deadline} throws a 409 problem, and
 * the purge deletes nothing.
 */
public record TenantStopping(UUID tenantId, Instant deadline) {

    public TenantStopping {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(deadline, "deadline");
    }
}
