package com.dxp.collector.conversation;

import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The application's door to {@link ConversationStore}: stores a batch of one tenant's conversations on a connection
 * of the application data source. Called outside a JTA transaction, so the store runs each batch as its own local
 * transaction and retries it when a concurrent writer collides with it; live enrichment, backfill and imports all
 * write through here.
 */
@ApplicationScoped
public class ConversationWriteService {

    private final ConversationStore store = new ConversationStore();

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    /**
     * Stores the batch (raw and normalized) in one transaction; nothing of it is stored when it fails.
     *
     * @throws IllegalArgumentException when a record is not a conversation
     * @throws StoreException           when the database fails
     */
    public UpsertResult store(UUID tenantId, List<IncomingConversation> batch) {
        try (Connection connection = dataSource.getConnection()) {
            return store.upsert(connection, tenantId, batch);
        } catch (SQLException e) {
            throw StoreException.of("conversation batch upsert", e);
        }
    }
}
