package com.dxp.collector.conversation;

import java.util.List;

/**
 * One page of a tenant's conversations, by start time then id.
 *
 * @param nextCursor pass as {@code cursor}, with the same window and filters, for the next page; absent on the last
 */
public record ConversationPage(List<ConversationOverview> conversations, String nextCursor) {
}
