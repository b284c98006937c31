package com.dxp.collector.conversation;

import com.dxp.collector.platform.audit.AuditEvent;
import com.dxp.collector.platform.audit.AuditService;
import com.dxp.collector.platform.jdbc.CallerTransaction;
import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import com.dxp.collector.platform.rest.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The application's door to {@link ConversationStore}: stores a batch of one tenant's conversations on a connection
 * of the application data source. Called outside a JTA transaction (live enrichment, imports), the store runs each
 * batch as its own local transaction and retries it when a concurrent writer collides with it; inside one (a
 * backfill chunk) the batch is part of the caller's transaction, which the batch runtime retries.
 */
@ApplicationScoped
public class ConversationWriteService {

    /** Set-aside records a retry stores per transaction. */
    static final int RETRY_BATCH = 100;

    private final ConversationStore store = new ConversationStore();

    @Inject
    ConversationConfig config;

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    @Inject
    CallerTransaction callerTransaction;

    @Inject
    RefusedConversationRepository refused;

    Clock clock = Clock.systemUTC();

    /** Conversation ids an import's audit entry names; the rest are counted. */
    static final int AUDITED_IDS = 50;

    @Inject
    AuditService audit;

    /** How far ahead of this server's clock an imported time may be: clocks differ a little. */
    static final Duration IMPORT_CLOCK_SKEW = Duration.ofMinutes(5);

    private final ConversationRecordParser parser = new ConversationRecordParser();

    /**
     * Imports a document of exported detail records (a details query response, an async job's results page, a JSON
     * array, or one conversation object): each conversation stored exactly as written in it. A record that is not a
     * readable conversation refuses the whole import; a record the database refuses (which fitting values to their
     * columns should make impossible) is set aside and named, the others stay stored.
     *
     * @throws ProblemException 400 when the document or one of its conversations cannot be stored, or it is too big
     */
    /**
     * Imports the document and records in the audit trail who imported how many records of which conversations
     * (the first {@value #AUDITED_IDS} ids), once they are stored.
     */
    public ImportResult importDocument(UUID tenantId, String body, String actor, String correlationId) {
        List<UUID> ids = new ArrayList<>();
        ImportResult result = importDocument(tenantId, body, ids);
        String shown = ids.stream().limit(AUDITED_IDS).map(UUID::toString).collect(Collectors.joining(", "));
        audit.record(new AuditEvent(actor, "conversations.imported", "tenant", tenantId.toString(), tenantId,
                "imported " + result.received() + " conversation record(s): " + result.inserted() + " new, "
                + result.replaced() + " replacing less complete ones, " + result.unchanged() + " unchanged; "
                + shown + (ids.size() > AUDITED_IDS ? " and " + (ids.size() - AUDITED_IDS) + " more" : ""),
                correlationId));
        return result;
    }

    /** Imports the document without an audit entry (the caller's business); for tests. */
    ImportResult importDocument(UUID tenantId, String body) {
        return importDocument(tenantId, body, new ArrayList<>());
    }

    private ImportResult importDocument(UUID tenantId, String body, List<UUID> ids) {
        List<String> raw = conversationsOf(body);
        if (raw.size() > config.maxImportConversations()) {
            throw ProblemException.badRequest("At most " + config.maxImportConversations()
                    + " conversations per import; this one has " + raw.size() + ": split it.");
        }
        Instant now = clock.instant();
        for (int i = 0; i < raw.size(); i++) {
            ConversationRecord record;
            try {
                record = parser.parse(raw.get(i));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Conversation " + (i + 1) + " of the body cannot be stored: "
                        + Jdbc.bounded(e.getMessage(), 500) + ". Nothing was imported.");
            }
            requireNotAhead(record, i + 1, now);
            ids.add(record.conversationId());
        }
        UpsertResult result = store(tenantId, raw.stream()
                .map(r -> new IncomingConversation(r, now, ConversationSource.IMPORT)).toList());
        if (!result.refused().isEmpty()) {
            RefusedConversation first = result.refused().get(0);
            throw ProblemException.badRequest("Conversation " + first.position() + " of the body cannot be stored: "
                    + Jdbc.bounded(first.reason(), 500) + ". " + result.refused().size() + " refused in all, set"
                    + " aside under refused-conversations; the other " + (raw.size() - result.refused().size())
                    + " were stored.");
        }
        return new ImportResult(raw.size(), result.inserted(), result.replaced(), result.unchanged());
    }

    /**
     * Refuses a record without a readable start, or with a time after now (and a few minutes of clock skew): the
     * newest record of a conversation wins, so an imported one ending in 2099 would never be replaced by what Genesys
     * gives later.
     */
    static void requireNotAhead(ConversationRecord record, int position, Instant now) {
        if (record.start() == null) {
            throw ProblemException.badRequest("Conversation " + position + " of the body has no conversationStart"
                    + " that is an ISO-8601 instant: an import must say when its conversation began. Nothing was"
                    + " imported.");
        }
        Instant limit = now.plus(IMPORT_CLOCK_SKEW);
        for (Instant t : new Instant[] {record.start(), record.end(), record.lastSegmentEnd()}) {
            if (t != null && t.isAfter(limit)) {
                throw ProblemException.badRequest("Conversation " + position + " of the body has a time after now ("
                        + t + "): an imported record cannot be ahead of Genesys, or it would shadow what Genesys"
                        + " gives later. Nothing was imported.");
            }
        }
    }

    /** The raw conversations of an import body; a body that holds none is a 400, not an empty success. */
    private static List<String> conversationsOf(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The body must hold conversation detail records.");
        }
        RawConversations.Page page;
        try {
            page = RawConversations.page(body);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The body is not a conversations document: " + e.getMessage() + ".");
        }
        if (!page.conversations().isEmpty()) {
            return page.conversations();
        }
        if (page.fields().containsKey("conversationId")) {
            return List.of(body.strip());
        }
        throw ProblemException.badRequest("The body holds no conversation: send a JSON array of conversation"
                + " detail records, an object with a \"conversations\" array, or one conversation object.");
    }

    /**
     * Stores the batch (raw and normalized) in one transaction. A record the store refuses is set aside
     * ({@link RefusedConversationRepository}) in the same transaction and the others are stored.
     *
     * @throws StoreException when the database fails
     */
    public UpsertResult store(UUID tenantId, List<IncomingConversation> batch) {
        try (Connection connection = dataSource.getConnection()) {
            UpsertResult result = store.upsert(connection, tenantId, batch, callerTransaction.active());
            RefusedConversationRepository.setAside(connection, tenantId, result.refused(), clock.instant());
            return result;
        } catch (SQLException e) {
            throw StoreException.of("conversation batch upsert", e);
        }
    }

    /**
     * Sets one record aside with why it could not be stored (in the caller's transaction, if any), where an operator
     * sees and retries it: for the backfill, whose chunk found the record refused even alone.
     */
    public void setAside(UUID tenantId, String conversationId, IncomingConversation record, String reason) {
        try (Connection connection = dataSource.getConnection()) {
            RefusedConversationRepository.setAside(connection, tenantId,
                    List.of(new RefusedConversation(1, conversationId, reason, record)), clock.instant());
        } catch (SQLException e) {
            throw StoreException.of("refused conversation", e);
        }
    }

    /**
     * Stores the tenant's set-aside records again (after a fix, say), {@value #RETRY_BATCH} at a time, up to
     * {@code limit}: those stored now leave the list, those refused again stay with one refusal more.
     */
    public RetryOutcome retryRefused(UUID tenantId, int limit) {
        int tried = 0;
        int stored = 0;
        String after = "";
        while (tried < limit) {
            List<RefusedConversationView> batch = refused.batch(tenantId, after, Math.min(RETRY_BATCH,
                    limit - tried));
            if (batch.isEmpty()) {
                break;
            }
            Instant now = clock.instant();
            UpsertResult result = store(tenantId, batch.stream().map(v -> new IncomingConversation(v.rawJson(), now,
                    ConversationSource.valueOf(v.source()))).toList());
            Set<Integer> again = new HashSet<>();
            result.refused().forEach(r -> again.add(r.position() - 1));
            List<String> done = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (!again.contains(i)) {
                    done.add(batch.get(i).recordKey());
                }
            }
            refused.remove(tenantId, done);
            tried += batch.size();
            stored += done.size();
            after = batch.get(batch.size() - 1).recordKey();
        }
        return new RetryOutcome(tried, stored, tried - stored);
    }
}
