package com.dxp.collector.conversation;

import java.time.Instant;

/**
 * A conversation record's id and start, read without parsing the rest.
 *
 * @param conversationId the record's {@code conversationId}; null when absent or not a string
 * @param start          its {@code conversationStart}; null when absent or not a timestamp
 */
public record ConversationKeys(String conversationId, Instant start) {
}
