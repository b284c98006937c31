package com.dxp.collector.backfill;

/**
 * A record the store refused (for example a record it cannot parse), with the store's reason.
 *
 * @param conversationId the refused record's id
 * @param reason why the store refused it
 */
public record RejectedConversation(String conversationId, String reason) {
}
