package com.dxp.collector.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One conversation detail record as fetched, before it is stored: the raw JSON of the conversation object exactly as
 * Genesys sent it, when it was fetched (which decides between two records of equal completeness) and how.
 */
public record IncomingConversation(String rawJson, Instant fetchedAt, ConversationSource source) {

    public IncomingConversation {
        Objects.requireNonNull(rawJson, "rawJson");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(source, "source");
    }
}
