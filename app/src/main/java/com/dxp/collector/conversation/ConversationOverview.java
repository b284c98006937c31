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
        @Schema(description = "The Genesys conversation id") UUID conversationId,
        @Schema(description = "When it started") Instant start,
        @Schema(description = "When it ended; absent while ongoing") Instant end,
        @Schema(description = "`inbound` or `outbound`, as Genesys reports it") String originatingDirection,
        @Schema(description = "Distinct media types of its sessions (`voice`, `message`, `chat`, `email`, "
                + "`callback`...)")
        List<String> mediaTypes,
        @Schema(description = "The divisions it belongs to") List<String> divisionIds,
        @Schema(description = "Lowest MOS (1-5) of any media endpoint; absent without voice quality data")
        Double minMos,
        @Schema(description = "Lowest R-factor of any media endpoint") Double minRFactor,
        @Schema(description = "The external tag set on it, if any") String externalTag,
        @Schema(description = "Ended with no open segment: nothing more is expected from Genesys") boolean complete,
        @Schema(description = "How the stored record was fetched (LIVE, BACKFILL, RECONCILIATION, IMPORT)")
        String source,
        @Schema(description = "When the collector first stored it") Instant firstSeen,
        @Schema(description = "When the stored record was fetched from Genesys") Instant lastFetched) {
}
