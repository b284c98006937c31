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
        @Schema(description = "The Genesys group id", example = "8f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8") String groupId,
        @Schema(description = "Its name", example = "Support Berlin") String name,
        @Schema(description = "Its description", example = "First-level support, Berlin site") String description,
        @Schema(description = "`official` or `social`", example = "official") String type,
        @Schema(description = "`public` or `members`", example = "public") String visibility,
        @Schema(description = "`active`, `inactive` or `deleted`", example = "active") String state,
        @Schema(description = "The member count Genesys reported; `members` is what the sync stored", example = "24")
        Long memberCount,
        @Schema(description = "User ids of its current members, as the last sync stored them",
                example = "[\"e3b1c5d7-9f2a-4e6b-8c0d-1a3b5c7d9e2f\", \"4d6f8a0c-2e4a-4c6e-8a0c-2e4f6a8c0e2a\"]")
        List<String> members,
        @Schema(description = "When a sync first stored the group", example = "2026-11-20T03:00:41.337Z")
        Instant firstSeen,
        @Schema(description = "When a sync last saw the group", example = "2026-11-30T03:00:38.905Z")
        Instant lastSynced,
        @Schema(description = "When a full sync stopped finding the group; absent while it is still there",
                example = "2026-12-01T03:01:12.908Z")
        Instant removedAt) {
}
