package com.dxp.collector.conversation;

/**
 * What one {@link ConversationStore#upsert} did: conversations stored for the first time, stored records replaced by
 * more complete ones, records left as they were (the stored one was as complete or more), and how many attempts the
 * transaction took (more than one when a concurrent writer forced a retry).
 */
public record UpsertResult(int inserted, int replaced, int unchanged, int attempts) {
}
