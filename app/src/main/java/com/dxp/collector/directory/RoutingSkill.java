package com.dxp.collector.directory;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Genesys Cloud routing skill.
 *
 * @param removedAt when a full sync stopped finding the skill; absent while it is still there
 */
@Schema(description = "A Genesys Cloud routing skill.")
public record RoutingSkill(
        @Schema(description = "The Genesys skill id", example = "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b") String skillId,
        @Schema(description = "Its name", example = "French") String name,
        @Schema(description = "`active`, `inactive` or `deleted`", example = "active") String state,
        @Schema(description = "When a sync first stored the skill", example = "2026-11-20T03:00:41.337Z")
        Instant firstSeen,
        @Schema(description = "When a sync last saw the skill", example = "2026-11-30T03:00:38.905Z")
        Instant lastSynced,
        @Schema(description = "When a full sync stopped finding the skill; absent while it is still there",
                example = "2026-12-01T03:01:12.908Z")
        Instant removedAt) {
}
