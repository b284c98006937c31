package com.dxp.collector.platform.rest;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads ids that are UUIDs (tenants, conversations, Genesys entities, quarantined messages) from paths, query
 * parameters and event bodies, in their canonical 36-character form only: {@link UUID#fromString} alone also
 * accepts short forms such as {@code 1-2-3-4-5}, which name nothing here. Callers decide what a bad id means
 * (404 for a path, 400 for a filter, quarantine for an event).
 */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String value) {
        try {
            if (value != null && value.length() == 36) {
                return Optional.of(UUID.fromString(value));
            }
        } catch (IllegalArgumentException e) {
            // not a UUID
        }
        return Optional.empty();
    }
}
