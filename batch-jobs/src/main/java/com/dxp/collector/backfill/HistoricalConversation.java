package com.dxp.collector.backfill;

import java.time.Instant;

/**
 * One conversation record as the history API sent it. The app splits the API's pages into records and reads
 * only the id and start from each; the rest stays in {@code rawJson}, byte-exact, so nothing is lost in a round
 * trip through our types.
 *
 * @param conversationId the conversation's id; {@code null} when the app could not read the record
 * @param conversationStart when the conversation started; {@code null} when the app could not read it
 * @param rawJson the record's JSON exactly as received
 */
public record HistoricalConversation(String conversationId, Instant conversationStart, String rawJson) {

    /** Whether the app could read the id and start; an unreadable record is skipped and reported, not stored. */
    public boolean readable() {
        return conversationId != null && !conversationId.isBlank() && conversationStart != null;
    }
}
