package com.dxp.collector.tenant;

import java.util.Optional;
import java.util.UUID;

/** Looks up how to call a tenant's org with its active credential; implemented by the tenant feature. */
public interface TenantConnections {

    /** The active connection of an enabled tenant; empty for an unknown, disabled or credential-less tenant. */
    Optional<TenantConnection> active(UUID tenantId);
}
