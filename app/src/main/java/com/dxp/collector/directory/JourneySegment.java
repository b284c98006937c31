package com.dxp.collector.directory;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Genesys Predictive Engagement journey segment.
 *
 * @param removedAt when a full sync stopped finding the segment; absent while it is still there
 */
@Schema(description = "A Genesys Predictive Engagement journey segment.")
public record JourneySegment(
        @Schema(description = "The Genesys segment id", example = "2b4d6f8a-0c2e-4a6c-8e0a-2c4e6a8c0e2a")
        String segmentId,
        @Schema(description = "Its display name", example = "Returning visitor") String displayName,
        @Schema(description = "Its description", example = "Visited more than twice in 30 days") String description,
        @Schema(description = "`Session` or `Customer`", example = "Customer") String scope,
        @Schema(description = "Whether it is active", example = "true") Boolean active,
        @Schema(description = "Its version", example = "3") Long version,
        @Schema(description = "When a sync first stored the segment", example = "2026-11-20T03:00:41.337Z")
        Instant firstSeen,
        @Schema(description = "When a sync last saw the segment", example = "2026-11-30T03:00:38.905Z")
        Instant lastSynced,
        @Schema(description = "When a full sync stopped finding the segment; absent while it is still there",
                example = "2026-12-01T03:01:12.908Z")
        Instant removedAt) {
}
