package com.dxp.collector.directory;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Genesys Cloud Architect flow, the thing conversations' flow sessions name by id.
 *
 * @param removedAt when a full sync stopped finding the flow; absent while it is still there
 */
@Schema(description = "A Genesys Cloud Architect flow.")
public record ArchitectFlow(
        @Schema(description = "The Genesys flow id", example = "7e9a1c3e-5b7d-4f9a-8c1e-3b5d7f9a1c3e") String flowId,
        @Schema(description = "Its name", example = "Main IVR") String name,
        @Schema(description = "Its description", example = "Opening hours, language choice, queue transfer")
        String description,
        @Schema(description = "Its type as Genesys names it (upper case); new types arrive unannounced",
                example = "INBOUNDCALL") String type,
        @Schema(description = "Its division id", example = "d1d1d1d1-0000-4000-8000-000000000001") String divisionId,
        @Schema(description = "The id of its published version; absent when never published", example = "12.0")
        String publishedVersion,
        @Schema(description = "Whether it is active", example = "true") Boolean active,
        @Schema(description = "Whether Genesys reports it deleted", example = "false") Boolean deleted,
        @Schema(description = "When a sync first stored the flow", example = "2026-11-20T03:00:41.337Z")
        Instant firstSeen,
        @Schema(description = "When a sync last saw the flow", example = "2026-11-30T03:00:38.905Z")
        Instant lastSynced,
        @Schema(description = "When a full sync stopped finding the flow; absent while it is still there",
                example = "2026-12-01T03:01:12.908Z")
        Instant removedAt) {
}
