package com.dxp.collector.conversation;

import com.dxp.collector.conversation.ConversationTables.Candidate;
import com.dxp.collector.conversation.ConversationTables.Children;
import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes batches of conversation detail records, raw and normalized, in plain JDBC on any connection (inside Liberty
 * or not), one transaction per batch. Upserts are idempotent and monotonic: a record replaces the stored one, children
 * included, only when it is more complete ({@link Completeness}), so live, backfill and reconciliation fetches of one
 * conversation can arrive in any order and twice. Plain JDBC rather than JPA for the batching: a batch is thousands of
 * rows written as one {@code MERGE} per table, with no entity worth loading.
 *
 * <p>Concurrent writers of overlapping batches lock the stored conversation rows in key order
 * ({@code SELECT ... FOR UPDATE}); two that both insert a new conversation collide on its primary key, and the loser
 * retries its whole batch, when it finds the winner's row and ranks against it. Deadlocks and serialization failures
 * are retried the same way, a bounded number of times.
 *
 * <p>The rows go through a {@link TableWriter} that suits the database: on PostgreSQL one statement per table and
 * batch with the values as arrays ({@link ArrayTableWriter}, several times faster than a JDBC batch there), elsewhere
 * JDBC batches ({@link BatchTableWriter}). Which column takes which field of a record is written down once, in
 * {@link ConversationTables}, for both.
 */
public class ConversationStore {

    private static final Logger LOG = Logger.getLogger(ConversationStore.class.getName());

    /** Attempts of one batch before a concurrency failure is given up to the caller. */
    static final int MAX_ATTEMPTS = 5;

    /**
     * The most raw JSON, in characters, that one statement writes. The PostgreSQL driver packs an array parameter
     * through a buffer that doubles as it grows, so a backfill chunk of a thousand records in one array allocated
     * several arrays of megabytes, each a humongous object for G1 (over half a region: 512 KB below a 4 GB heap).
     * In the backfill benchmark (-Xmx512m) slices of this size cut the collections that humongous allocations
     * started from 130 to 106 and the pauses from 8.1 to 6.7 s.
     */
    static final int MAX_RAW_CHARS_PER_STATEMENT = 200_000;

    /** unique violation, serialization failure, deadlock (PostgreSQL), lock timeout (H2). */
    private static final Set<String> RETRYABLE_STATES = Set.of("23505", "40001", "40P01", "HYT00");

    private final ConversationRecordParser parser;

    /** A store that parses records only as deep as it writes them ({@link ConversationRecordParser.Depth#STORED}). */
    public ConversationStore() {
        this(new ConversationRecordParser(ConversationRecordParser.Depth.STORED));
    }

    public ConversationStore(ConversationRecordParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Stores a batch of one tenant's conversation records. When the connection is in auto-commit mode the store runs
     * the batch as its own transaction and retries it on a concurrency failure; otherwise the caller owns the
     * transaction (for example JTA) and a concurrency failure is thrown for the caller to retry. A record that is not
     * a readable conversation is refused and the others are stored ({@link UpsertResult#refused()}).
     *
     * @throws SQLException when the database fails, or still refuses after {@value #MAX_ATTEMPTS} attempts
     */
    public UpsertResult upsert(Connection connection, UUID tenantId, List<IncomingConversation> batch)
            throws SQLException {
        return upsert(connection, tenantId, batch, !connection.getAutoCommit());
    }

    /**
     * {@link #upsert(Connection, UUID, List)} where the caller says whether the connection is part of its
     * transaction (a JTA transaction, in which the connection may still report auto-commit): then the batch is
     * written in it, without a commit or retry of its own. Without a caller's transaction, a batch the database
     * refuses because of a value in it (SQL state class 22 or 23) is split in halves, each stored in its own
     * transaction, until the records it refuses are found and refused alone.
     */
    public UpsertResult upsert(Connection connection, UUID tenantId, List<IncomingConversation> batch,
            boolean callerTransaction) throws SQLException {
        Objects.requireNonNull(tenantId, "tenantId");
        List<RefusedConversation> unreadable = new ArrayList<>();
        TreeMap<UUID, Candidate> candidates = best(batch, unreadable);
        UpsertResult result;
        if (candidates.isEmpty()) {
            result = new UpsertResult(0, 0, 0, 0);
        } else if (callerTransaction) {
            result = write(connection, tenantId, candidates, 1);
        } else {
            connection.setAutoCommit(false);
            try {
                result = isolating(connection, tenantId, candidates);
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return unreadable.isEmpty() ? result : result.plus(new UpsertResult(0, 0, 0, 0, unreadable));
    }

    /** Commits the candidates, or finds by halving which of them the database refuses, storing the others. */
    private UpsertResult isolating(Connection connection, UUID tenantId, TreeMap<UUID, Candidate> candidates)
            throws SQLException {
        try {
            return committed(connection, tenantId, candidates);
        } catch (SQLException e) {
            if (!StoreException.refusesAValue(e)) {
                throw e;
            }
            if (candidates.size() == 1) {
                Candidate c = candidates.firstEntry().getValue();
                LOG.log(Level.WARNING, "tenant {0}: the database refused conversation {1} (SQL state {2}); it is"
                        + " set aside and the rest of its batch stored", new Object[] {tenantId,
                                c.record().conversationId(), e.getSQLState()});
                return new UpsertResult(0, 0, 0, 1, List.of(new RefusedConversation(c.position(),
                        c.record().conversationId().toString(), "the database refused it (SQL state "
                                + e.getSQLState() + "): " + e.getMessage(), c.incoming())));
            }
            UUID middle = new ArrayList<>(candidates.keySet()).get(candidates.size() / 2);
            return isolating(connection, tenantId, new TreeMap<>(candidates.headMap(middle)))
                    .plus(isolating(connection, tenantId, new TreeMap<>(candidates.tailMap(middle))));
        }
    }

    /** Writes and commits the candidates in one transaction, again when a concurrent writer collided with it. */
    private UpsertResult committed(Connection connection, UUID tenantId, TreeMap<UUID, Candidate> candidates)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                UpsertResult result = write(connection, tenantId, candidates, attempt);
                connection.commit();
                return result;
            } catch (SQLException e) {
                connection.rollback();
                if (attempt >= MAX_ATTEMPTS || !retryable(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "tenant {0}: conversation batch of {1} collided with another writer"
                        + " (SQL state {2}), attempt {3}", new Object[] {tenantId, candidates.size(),
                            e.getSQLState(), attempt});
            }
        }
    }

    /**
     * Parses the batch and keeps the most complete record of each conversation, in key order; a record that cannot
     * be read goes to {@code unreadable} instead.
     */
    private TreeMap<UUID, Candidate> best(List<IncomingConversation> batch, List<RefusedConversation> unreadable) {
        TreeMap<UUID, Candidate> byId = new TreeMap<>();
        for (int i = 0; i < batch.size(); i++) {
            IncomingConversation in = batch.get(i);
            ConversationRecord record;
            try {
                record = parser.parse(in.rawJson());
            } catch (IllegalArgumentException e) {
                unreadable.add(new RefusedConversation(i + 1, parser.idOf(in.rawJson()), e.getMessage(), in));
                continue;
            }
            Candidate c = new Candidate(i + 1, in, record, record.completeness(in.fetchedAt()));
            byId.merge(record.conversationId(), c, (a, b) -> b.rank().supersedes(a.rank()) ? b : a);
        }
        return byId;
    }

    private UpsertResult write(Connection connection, UUID tenantId, TreeMap<UUID, Candidate> candidates,
            int attempt) throws SQLException {
        TableWriter writer = TableWriter.of(connection, tenantId);
        Map<UUID, Completeness> stored = lockStored(writer, new ArrayList<>(candidates.keySet()));
        List<Candidate> inserts = new ArrayList<>();
        List<Candidate> replacements = new ArrayList<>();
        for (Map.Entry<UUID, Candidate> e : candidates.entrySet()) {
            Completeness current = stored.get(e.getKey());
            if (current == null) {
                inserts.add(e.getValue());
            } else if (e.getValue().rank().supersedes(current)) {
                replacements.add(e.getValue());
            }
        }
        if (!replacements.isEmpty()) {
            List<UUID> replaced = replacements.stream().map(c -> c.record().conversationId()).toList();
            for (String table : ConversationTables.CHILD_TABLES) {
                writer.deleteConversations(table, replaced);
            }
            writer.deleteConversations(ConversationTables.PARTICIPANT_ATTRIBUTE.name(), replacements.stream()
                    .filter(c -> c.record().carriesAttributes()).map(c -> c.record().conversationId()).toList());
            for (List<Candidate> slice : byRawSize(replacements)) {
                writer.update(ConversationTables.CONVERSATION_UPDATE, slice);
            }
        }
        for (List<Candidate> slice : byRawSize(inserts)) {
            writer.insert(ConversationTables.CONVERSATION_INSERT, slice);
        }
        List<Candidate> written = new ArrayList<>(inserts);
        written.addAll(replacements);
        insertChildren(writer, written);
        return new UpsertResult(inserts.size(), replacements.size(),
                candidates.size() - inserts.size() - replacements.size(), attempt);
    }

    /**
     * Consecutive slices of {@code rows} holding at most {@value #MAX_RAW_CHARS_PER_STATEMENT} characters of raw
     * JSON each; a record longer than that alone is a slice of its own.
     */
    static List<List<Candidate>> byRawSize(List<Candidate> rows) {
        List<List<Candidate>> slices = new ArrayList<>();
        int from = 0;
        long chars = 0;
        for (int i = 0; i < rows.size(); i++) {
            int length = rows.get(i).incoming().rawJson().length();
            if (i > from && chars + length > MAX_RAW_CHARS_PER_STATEMENT) {
                slices.add(rows.subList(from, i));
                from = i;
                chars = 0;
            }
            chars += length;
        }
        if (from < rows.size()) {
            slices.add(rows.subList(from, rows.size()));
        }
        return slices;
    }

    /**
     * Reads and locks the stored completeness of the batch's conversations, in key order so that two writers of
     * overlapping batches take their locks in the same order and cannot deadlock on them.
     */
    private static Map<UUID, Completeness> lockStored(TableWriter writer, List<UUID> ids) throws SQLException {
        Map<UUID, Completeness> stored = new HashMap<>();
        try (PreparedStatement s = writer.lockConversations("conversation_id, conversation_end, last_segment_end,"
                + " last_fetched", ids); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getObject(1, UUID.class), new Completeness(rs.getObject(2) != null,
                        Jdbc.instant(rs, 3), Jdbc.instant(rs, 4)));
            }
        }
        return stored;
    }

    private static void insertChildren(TableWriter writer, List<Candidate> written) throws SQLException {
        Children children = Children.of(written);
        writer.insert(ConversationTables.PARTICIPANT, children.participants());
        writer.insert(ConversationTables.SEGMENT, children.segments());
        writer.insert(ConversationTables.PARTICIPANT_ATTRIBUTE, children.attributes());
        writer.insert(ConversationTables.JOURNEY_SESSION_REFERENCE, children.journeySessions());
    }

    /** True for a failure another writer caused, which the same batch can succeed after. */
    static boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null && RETRYABLE_STATES.contains(sql.getSQLState())) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != sql && retryable(next)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
