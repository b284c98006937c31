package com.dxp.collector.tenant;

import java.util.UUID;

/**
 * Fired (CDI event) whenever a tenant is added, changed, verified, disabled or purged, so features that cache
 * tenant facts (the event router's org lookup) drop them once the change is committed.
 */
public record TenantChanged(UUID tenantId) {
}
