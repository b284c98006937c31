package com.dxp.collector.conversation;

import com.dxp.collector.platform.jdbc.CallerTransaction;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The conversation store's beans wired to a test database, for tests of the features above it. */
public final class ConversationStores {

    private ConversationStores() {
    }

    /** A writer on {@code dataSource}, outside any JTA transaction, imports of up to 1,000 records. */
    public static ConversationWriteService writer(DataSource dataSource) {
        ConversationWriteService writer = new ConversationWriteService();
        writer.dataSource = dataSource;
        writer.callerTransaction = new CallerTransaction();
        writer.config = new ConversationConfig();
        writer.config.maxImportConversations = 1_000;
        writer.refused = refused(dataSource);
        return writer;
    }

    public static RefusedConversationRepository refused(DataSource dataSource) {
        return new RefusedConversationRepository(dataSource);
    }

    /** The stored raw JSON of a conversation. */
    public static Optional<String> raw(DataSource dataSource, UUID tenantId, UUID conversationId) {
        return new ConversationRepository(dataSource).findRaw(tenantId, conversationId);
    }
}
