package com.dxp.collector.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation the analytics API reports as ended: its id and {@code conversationEnd}.
 *
 * @param conversationId the conversation
 * @param end            when it ended (the last participant left or wrap-up finished)
 */
public record EndedConversation(UUID conversationId, Instant end) {
}
