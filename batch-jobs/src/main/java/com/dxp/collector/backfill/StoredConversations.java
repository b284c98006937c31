package com.dxp.collector.backfill;

import java.util.List;

/**
 * What one {@link ConversationSink#store} did with a chunk.
 *
 * @param inserted records new to the store
 * @param replaced records that replaced an older version
 * @param unchanged records the store already had exactly
 * @param rejected records the store refused, each with its reason
 */
public record StoredConversations(int inserted, int replaced, int unchanged, List<RejectedConversation> rejected) {

    public StoredConversations {
        rejected = List.copyOf(rejected);
    }
}
