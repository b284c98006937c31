package com.dxp.collector.backfill;

import java.util.List;
import java.util.UUID;

/**
 * Where the backfill puts what it read: the app's conversation store. Upserts by conversation id and is
 * idempotent, because a restarted window may deliver a record again.
 */
public interface ConversationSink {

    /**
     * Stores a chunk of records in the chunk's transaction and says what it did with each.
     *
     * @throws ConversationRefusedException when the database refused a value of them: the transaction is lost
     */
    StoredConversations store(UUID tenantId, List<HistoricalConversation> conversations);

    /** Sets a record aside with why it could not be stored, where an operator sees and retries it. */
    void setAside(UUID tenantId, HistoricalConversation conversation, String reason);
}
