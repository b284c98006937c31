package com.dxp.collector.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One stored conversation as the list shows it: its conversation-level columns, not its children.
 *
 * @param complete    ended with no open segment: nothing more is expected from Genesys
 * @param source      how the stored record was fetched (LIVE, BACKFILL, RECONCILIATION, IMPORT)
 * @param lastFetched when the stored record was fetched from Genesys
 */
@Schema(description = "One stored conversation as the list shows it: its conversation-level columns, not its children.")
public record ConversationOverview(
        @Schema(description = "The Genesys conversation id", example = "b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c")
        UUID conversationId,
        @Schema(description = "When it started", example = "2026-12-01T09:30:12.345Z") Instant start,
        @Schema(description = "When it ended; absent while ongoing", example = "2026-12-01T09:41:47.902Z") Instant end,
        @Schema(description = "`inbound` or `outbound`, as Genesys reports it", example = "inbound")
        String originatingDirection,
        @Schema(description = "Distinct media types of its sessions (`voice`, `message`, `chat`, `email`, "
                + "`callback`...)", example = "[\"voice\"]")
        List<String> mediaTypes,
        @Schema(description = "The divisions it belongs to", example = "[\"d7e8f9a0-1b2c-4d3e-9f4a-5b6c7d8e9f01\"]")
        List<String> divisionIds,
        @Schema(description = "Lowest MOS (1-5) of any media endpoint; absent without voice quality data",
                example = "4.12")
        Double minMos,
        @Schema(description = "Lowest R-factor of any media endpoint", example = "82.4") Double minRFactor,
        @Schema(description = "The external tag set on it, if any", example = "order-48213") String externalTag,
        @Schema(description = "Ended with no open segment: nothing more is expected from Genesys", example = "true")
        boolean complete,
        @Schema(description = "How the stored record was fetched (LIVE, BACKFILL, RECONCILIATION, IMPORT)",
                example = "LIVE")
        String source,
        @Schema(description = "When the collector first stored it", example = "2026-12-01T09:42:49.117Z")
        Instant firstSeen,
        @Schema(description = "When the stored record was fetched from Genesys", example = "2026-12-01T09:42:49.117Z")
        Instant lastFetched) {
}
