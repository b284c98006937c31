package com.dxp.collector.directory;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Genesys Cloud work team with the ids of its current members (a user is in at most one team).
 *
 * @param memberCount the member count Genesys reported; {@code members} is what the sync stored
 * @param removedAt   when a full sync stopped finding the team; absent while it is still there
 */
@Schema(description = "A Genesys Cloud work team with the ids of its current members.")
public record DirectoryTeam(
        @Schema(description = "The Genesys team id", example = "3c1d5e7f-9a2b-4c4d-8e6f-0a1b2c3d4e5f") String teamId,
        @Schema(description = "Its name", example = "Billing - Tier 2") String name,
        @Schema(description = "Its description", example = "Escalated billing questions") String description,
        @Schema(description = "Its division id", example = "d1d1d1d1-0000-4000-8000-000000000001") String divisionId,
        @Schema(description = "The member count Genesys reported; `members` is what the sync stored", example = "12")
        Long memberCount,
        @Schema(description = "User ids of its current members, as the last sync stored them",
                example = "[\"e3b1c5d7-9f2a-4e6b-8c0d-1a3b5c7d9e2f\"]")
        List<String> members,
        @Schema(description = "When a sync first stored the team", example = "2026-11-20T03:00:41.337Z")
        Instant firstSeen,
        @Schema(description = "When a sync last saw the team", example = "2026-11-30T03:00:38.905Z")
        Instant lastSynced,
        @Schema(description = "When a full sync stopped finding the team; absent while it is still there",
                example = "2026-12-01T03:01:12.908Z")
        Instant removedAt) {

    /** The same team with {@code memberIds} as its members. */
    DirectoryTeam withMembers(List<String> memberIds) {
        return new DirectoryTeam(teamId, name, description, divisionId, memberCount, memberIds, firstSeen, lastSynced,
                removedAt);
    }
}
