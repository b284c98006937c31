package com.dxp.collector.conversation;

import java.util.Objects;

/**
 * A record of a batch that the store could not keep, with why: it is not a readable conversation (no UUID
 * {@code conversationId}, malformed or too deeply nested JSON), or the database refused it. The rest of its batch is
 * stored; this one is set aside whole ({@code refused_conversation}) so an operator sees it and can retry it after a
 * fix.
 *
 * @param position       its position in the batch, from 1
 * @param conversationId the conversation id as the record gives it, or null when it gives none that can be read
 * @param reason         why it was refused
 * @param incoming       the record as fetched, raw JSON and all
 */
public record RefusedConversation(int position, String conversationId, String reason, IncomingConversation incoming) {

    public RefusedConversation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(incoming, "incoming");
    }
}
