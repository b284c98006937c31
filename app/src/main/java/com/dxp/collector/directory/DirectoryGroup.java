package com.dxp.collector.directory;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Genesys Cloud group with the ids of its current members.
 *
 * @param memberCount the member count Genesys reported; {@code members} is what the sync stored
 * @param removedAt   when a full sync stopped finding the group; absent while it is still there
 */
@Schema(description = "A Genesys Cloud group with the ids of its current members.")
public record DirectoryGroup(
        @Schema(description = "The Genesys group id") String groupId,
        @Schema(description = "Its name") String name,
        @Schema(description = "Its description") String description,
        @Schema(description = "`official` or `social`") String type,
        @Schema(description = "`public` or `members`") String visibility,
        @Schema(description = "`active`, `inactive` or `deleted`") String state,
        @Schema(description = "The member count Genesys reported; `members` is what the sync stored") Long memberCount,
        @Schema(description = "User ids of its current members, as the last sync stored them") List<String> members,
        @Schema(description = "When a sync first stored the group") Instant firstSeen,
        @Schema(description = "When a sync last saw the group") Instant lastSynced,
        @Schema(description = "When a full sync stopped finding the group; absent while it is still there")
        Instant removedAt) {
}
