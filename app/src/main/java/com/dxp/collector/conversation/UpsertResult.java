package com.dxp.collector.conversation;

import java.util.List;

/**
 * What one {@link ConversationStore#upsert} did: conversations stored for the first time, stored records replaced by
 * more complete ones, records left as they were (the stored one was as complete or more), how many attempts the
 * transaction took (more than one when a concurrent writer forced a retry), and the records it refused (the others
 * are stored all the same).
 */
public record UpsertResult(int inserted, int replaced, int unchanged, int attempts,
        List<RefusedConversation> refused) {

    public UpsertResult {
        refused = List.copyOf(refused);
    }

    /** A result that refused nothing. */
    public UpsertResult(int inserted, int replaced, int unchanged, int attempts) {
        this(inserted, replaced, unchanged, attempts, List.of());
    }

    /** Both results together: the counts added, the larger attempt count, every refusal. */
    UpsertResult plus(UpsertResult other) {
        List<RefusedConversation> all = new java.util.ArrayList<>(refused);
        all.addAll(other.refused);
        return new UpsertResult(inserted + other.inserted, replaced + other.replaced, unchanged + other.unchanged,
                Math.max(attempts, other.attempts), all);
    }
}
