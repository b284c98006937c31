package com.dxp.collector.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the read key a bearer token is, for the API's authentication; implemented by the feature that issues keys
 * (a port, so the platform does not depend on it).
 */
public interface KeyLookup {

    /** A key that may be used now: its id and the tenants it reads. */
    record ReadKey(UUID id, Set<UUID> tenantIds) {
        public ReadKey {
            tenantIds = Set.copyOf(tenantIds);
        }
    }

    /**
     * The usable key whose SHA-256 (hex) this is; empty when no key has it, or it was revoked or has expired.
     */
    Optional<ReadKey> findUsable(String keyHash);
}
