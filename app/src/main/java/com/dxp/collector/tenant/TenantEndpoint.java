package com.dxp.collector.tenant;

import java.net.URI;

/**
 * Where a tenant's org answers: a Genesys region, or explicit base URLs (a simulator or a proxy, where
 * configuration allows).
 *
 * @param regionDomain the region domain; null for explicit URLs
 * @param apiBaseUrl   base of REST calls
 * @param loginBaseUrl base of the token endpoint
 */
public record TenantEndpoint(String regionDomain, URI apiBaseUrl, URI loginBaseUrl) {

    static TenantEndpoint of(GenesysRegion region) {
        return new TenantEndpoint(region.domain(), region.apiBaseUrl(), region.loginBaseUrl());
    }

    /** Whether this is a region rather than explicit URLs. */
    boolean isRegion() {
        return regionDomain != null;
    }
}
