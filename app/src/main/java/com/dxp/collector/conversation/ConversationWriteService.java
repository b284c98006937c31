package com.dxp.collector.conversation;

import com.dxp.collector.platform.jdbc.CallerTransaction;
import com.dxp.collector.platform.jdbc.StoreException;
import com.dxp.collector.platform.rest.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The application's door to {@link ConversationStore}: stores a batch of one tenant's conversations on a connection
 * of the application data source. Called outside a JTA transaction (live enrichment, imports), the store runs each
 * batch as its own local transaction and retries it when a concurrent writer collides with it; inside one (a
 * backfill chunk) the batch is part of the caller's transaction, which the batch runtime retries.
 */
@ApplicationScoped
public class ConversationWriteService {

    private final ConversationStore store = new ConversationStore();

    @Inject
    ConversationConfig config;

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    @Inject
    CallerTransaction callerTransaction;

    /**
     * Imports a document of exported detail records (a details query response, an async job's results page or a
     * JSON array): each conversation stored exactly as written in it, all or none.
     *
     * @throws ProblemException 400 when the document or one of its conversations cannot be stored, or it is too big
     */
    public ImportResult importDocument(UUID tenantId, String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The body must hold conversation detail records.");
        }
        List<String> raw;
        try {
            raw = RawConversations.split(body);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The body is not a conversations document: " + e.getMessage() + ".");
        }
        if (raw.size() > config.maxImportConversations()) {
            throw ProblemException.badRequest("At most " + config.maxImportConversations()
                    + " conversations per import; this one has " + raw.size() + ": split it.");
        }
        Instant now = Clock.systemUTC().instant();
        List<IncomingConversation> batch = raw.stream()
                .map(r -> new IncomingConversation(r, now, ConversationSource.IMPORT)).toList();
        UpsertResult result;
        try {
            result = store(tenantId, batch);
        } catch (InvalidConversationException e) {
            throw ProblemException.badRequest("Conversation " + e.position() + " of the body cannot be stored: "
                    + e.reason() + ". Nothing was imported.");
        }
        return new ImportResult(raw.size(), result.inserted(), result.replaced(), result.unchanged());
    }

    /**
     * Stores the batch (raw and normalized) in one transaction; nothing of it is stored when it fails.
     *
     * @throws InvalidConversationException when a record is not a conversation
     * @throws StoreException           when the database fails
     */
    public UpsertResult store(UUID tenantId, List<IncomingConversation> batch) {
        try (Connection connection = dataSource.getConnection()) {
            return store.upsert(connection, tenantId, batch, callerTransaction.active());
        } catch (SQLException e) {
            throw StoreException.of("conversation batch upsert", e);
        }
    }
}
