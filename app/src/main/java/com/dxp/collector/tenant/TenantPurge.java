package com.dxp.collector.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Purges a disabled tenant in the only safe order: first its work is stopped everywhere ({@link TenantStopping}:
 * running backfills and directory syncs, in-flight enrichment), outside any transaction since that takes a while,
 * then its rows are deleted in one transaction ({@link TenantService#purge}). A purge whose work does not stop in
 * {@code tenant.purge.stop-timeout-seconds} deletes nothing and answers 409.
 */
@ApplicationScoped
public class TenantPurge {

    @Inject
    TenantService tenants;

    @Inject
    TenantConfig config;

    @Inject
    Event<TenantStopping> stopping;

    Clock clock = Clock.systemUTC();

    /** Stops the tenant's work, then deletes it with its data; 409 when it is enabled or its work will not stop. */
    public void purge(UUID tenantId, CredentialStore.Actor actor) {
        tenants.requireDisabled(tenantId);
        Duration timeout = config.purgeStopTimeout();
        stopping.fire(new TenantStopping(tenantId, clock.instant().plus(timeout)));
        tenants.purge(tenantId, actor);
    }
}
