package com.dxp.collector.directory;

import java.time.Instant;
import java.util.List;

/**
 * A Genesys Cloud group with the ids of its current members.
 *
 * @param memberCount the member count Genesys reported; {@code members} is what the sync stored
 * @param removedAt   when a full sync stopped finding the group; absent while it is still there
 */
public record DirectoryGroup(String groupId, String name, String description, String type, String visibility,
        String state, Long memberCount, List<String> members, Instant firstSeen, Instant lastSynced,
        Instant removedAt) {
}
