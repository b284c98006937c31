package com.dxp.collector.conversation;

import java.util.List;

/** One page of a tenant's set-aside conversation records, by key; {@code nextCursor} is absent on the last page. */
public record RefusedConversationPage(List<RefusedConversationView> conversations, String nextCursor) {
}
