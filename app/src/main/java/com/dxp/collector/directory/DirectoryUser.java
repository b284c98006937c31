package com.dxp.collector.directory;

import java.time.Instant;

/**
 * A Genesys Cloud user as the directory holds it.
 *
 * @param state     active, inactive or deleted, as Genesys reports it
 * @param removedAt when a full sync stopped finding the user; absent while it is still there
 */
public record DirectoryUser(String userId, String name, String email, String username, String state, String title,
        String department, String divisionId, String managerId, Instant firstSeen, Instant lastSynced,
        Instant removedAt) {
}
