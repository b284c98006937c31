package com.dxp.collector.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One stored conversation as the list shows it: its conversation-level columns, not its children.
 *
 * @param complete    ended with no open segment: nothing more is expected from Genesys
 * @param source      how the stored record was fetched (LIVE, BACKFILL, RECONCILIATION, IMPORT)
 * @param lastFetched when the stored record was fetched from Genesys
 */
public record ConversationOverview(UUID conversationId, Instant start, Instant end, String originatingDirection,
        List<String> mediaTypes, List<String> divisionIds, Double minMos, Double minRFactor, String externalTag,
        boolean complete, String source, Instant firstSeen, Instant lastFetched) {
}
