package com.dxp.collector.conversation;

import com.dxp.collector.conversation.ConversationRecord.MediaEndpointStat;
import com.dxp.collector.conversation.ConversationRecord.Metric;
import com.dxp.collector.conversation.ConversationRecord.Participant;
import com.dxp.collector.conversation.ConversationRecord.Segment;
import com.dxp.collector.conversation.ConversationRecord.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * conversation can arrive in any order and twice. Plain JDBC rather than JPA for the batching (a batch is thousands of
 * rows) and because EclipseLink cannot bind {@code UUID} keys on PostgreSQL.
 *
 * <p>Concurrent writers of overlapping batches lock the stored conversation rows in key order
 * ({@code SELECT ... FOR UPDATE}); two that both insert a new conversation collide on its primary key, and the loser
 * retries its whole batch, when it finds the winner's row and ranks against it. Deadlocks and serialization failures
 * are retried the same way, a bounded number of times.
 */
public class ConversationStore {

    private static final Logger LOG = Logger.getLogger(ConversationStore.class.getName());

    /** Attempts of one batch before a concurrency failure is given up to the caller. */
    static final int MAX_ATTEMPTS = 5;

    /** Rows per IN list when reading the stored completeness (well below every driver's parameter limit). */
    private static final int LOOKUP_CHUNK = 500;

    /** unique violation, serialization failure, deadlock (PostgreSQL), lock timeout (H2). */
    private static final Set<String> RETRYABLE_STATES = Set.of("23505", "40001", "40P01", "HYT00");

    private static final String[] CHILD_TABLES = {"participant", "session", "segment", "metric",
        "media_endpoint_stat"};

    private static final String CONVERSATION_COLUMNS = "conversation_start = ?, conversation_end = ?,"
            + " last_segment_end = ?, originating_direction = ?, media_types = ?, division_ids = ?, min_mos = ?,"
            + " min_r_factor = ?, external_tag = ?, source = ?, last_fetched = ?, complete = ?, raw_json = ?";

    private final ConversationRecordParser parser;

    public ConversationStore() {
        this(new ConversationRecordParser());
    }

    public ConversationStore(ConversationRecordParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Stores a batch of one tenant's conversation records. When the connection is in auto-commit mode the store runs
     * the batch as its own transaction and retries it on a concurrency failure; otherwise the caller owns the
     * transaction (for example JTA) and a concurrency failure is thrown for the caller to retry.
     *
     * @throws IllegalArgumentException when a record is not a conversation (the batch is not written)
     * @throws SQLException when the database fails, or still refuses after {@value #MAX_ATTEMPTS} attempts
     */
    public UpsertResult upsert(Connection connection, UUID tenantId, List<IncomingConversation> batch)
            throws SQLException {
        Objects.requireNonNull(tenantId, "tenantId");
        TreeMap<UUID, Candidate> candidates = best(batch);
        if (!connection.getAutoCommit()) {
            return write(connection, tenantId, candidates, 1);
        }
        connection.setAutoCommit(false);
        try {
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
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Parses the batch and keeps the most complete record of each conversation, in key order. */
    private TreeMap<UUID, Candidate> best(List<IncomingConversation> batch) {
        TreeMap<UUID, Candidate> byId = new TreeMap<>();
        for (IncomingConversation in : batch) {
            ConversationRecord record = parser.parse(in.rawJson());
            Candidate c = new Candidate(in, record, record.completeness(in.fetchedAt()));
            byId.merge(record.conversationId(), c, (a, b) -> b.rank().supersedes(a.rank()) ? b : a);
        }
        return byId;
    }

    private UpsertResult write(Connection connection, UUID tenantId, TreeMap<UUID, Candidate> candidates,
            int attempt) throws SQLException {
        Map<UUID, Completeness> stored = lockStored(connection, tenantId, new ArrayList<>(candidates.keySet()));
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
            deleteChildren(connection, tenantId, replacements);
            update(connection, tenantId, replacements);
        }
        if (!inserts.isEmpty()) {
            insert(connection, tenantId, inserts);
        }
        List<Candidate> written = new ArrayList<>(inserts);
        written.addAll(replacements);
        insertChildren(connection, tenantId, written);
        return new UpsertResult(inserts.size(), replacements.size(),
                candidates.size() - inserts.size() - replacements.size(), attempt);
    }

    /**
     * Reads and locks the stored completeness of the batch's conversations, in key order so that two writers of
     * overlapping batches take their locks in the same order and cannot deadlock on them.
     */
    private static Map<UUID, Completeness> lockStored(Connection connection, UUID tenantId, List<UUID> ids)
            throws SQLException {
        Map<UUID, Completeness> stored = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            StringBuilder sql = new StringBuilder("SELECT conversation_id, conversation_end, last_segment_end,"
                    + " last_fetched FROM conversation WHERE tenant_id = ? AND conversation_id IN (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            sql.append(") ORDER BY conversation_id FOR UPDATE");
            try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
                s.setObject(1, tenantId);
                for (int i = 0; i < chunk.size(); i++) {
                    s.setObject(i + 2, chunk.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getObject(1, UUID.class), new Completeness(rs.getObject(2) != null,
                                instant(rs.getObject(3, OffsetDateTime.class)),
                                instant(rs.getObject(4, OffsetDateTime.class))));
                    }
                }
            }
        }
        return stored;
    }

    private static void deleteChildren(Connection connection, UUID tenantId, List<Candidate> replaced)
            throws SQLException {
        for (String table : CHILD_TABLES) {
            try (PreparedStatement s = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE tenant_id = ? AND conversation_id = ?")) {
                for (Candidate c : replaced) {
                    s.setObject(1, tenantId);
                    s.setObject(2, c.record().conversationId());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    private static void update(Connection connection, UUID tenantId, List<Candidate> replaced) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE conversation SET " + CONVERSATION_COLUMNS
                + " WHERE tenant_id = ? AND conversation_id = ?")) {
            for (Candidate c : replaced) {
                int i = bindConversation(s, c);
                s.setObject(i++, tenantId);
                s.setObject(i, c.record().conversationId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insert(Connection connection, UUID tenantId, List<Candidate> inserts) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO conversation (conversation_start,"
                + " conversation_end, last_segment_end, originating_direction, media_types, division_ids, min_mos,"
                + " min_r_factor, external_tag, source, last_fetched, complete, raw_json, tenant_id,"
                + " conversation_id, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Candidate c : inserts) {
                int i = bindConversation(s, c);
                s.setObject(i++, tenantId);
                s.setObject(i++, c.record().conversationId());
                setInstant(s, i, c.incoming().fetchedAt());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static int bindConversation(PreparedStatement s, Candidate c) throws SQLException {
        ConversationRecord r = c.record();
        int i = 1;
        setInstant(s, i++, r.start());
        setInstant(s, i++, r.end());
        setInstant(s, i++, r.lastSegmentEnd());
        s.setString(i++, r.originatingDirection());
        s.setString(i++, joined(r.mediaTypes()));
        s.setString(i++, joined(r.divisionIds()));
        setDouble(s, i++, r.minMos());
        setDouble(s, i++, r.minRFactor());
        s.setString(i++, r.externalTag());
        s.setString(i++, c.incoming().source().name());
        setInstant(s, i++, c.incoming().fetchedAt());
        s.setBoolean(i++, r.complete());
        s.setString(i++, c.incoming().rawJson());
        return i;
    }

    private static void insertChildren(Connection connection, UUID tenantId, List<Candidate> written)
            throws SQLException {
        if (written.isEmpty()) {
            return;
        }
        try (PreparedStatement participants = connection.prepareStatement("INSERT INTO participant (tenant_id,"
                + " conversation_id, participant_ordinal, participant_id, participant_name, purpose, user_id, team_id,"
                + " external_contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement sessions = connection.prepareStatement("INSERT INTO session (tenant_id,"
                        + " conversation_id, participant_ordinal, session_ordinal, session_id, media_type, direction,"
                        + " ani, dnis, address_from, address_to, message_type, provider, edge_id, flow_name,"
                        + " flow_type, recording) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement segments = connection.prepareStatement("INSERT INTO segment (tenant_id,"
                        + " conversation_id, participant_ordinal, session_ordinal, segment_ordinal, segment_type,"
                        + " segment_start, segment_end, queue_id, wrap_up_code, disconnect_type, error_code,"
                        + " conference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement metrics = connection.prepareStatement("INSERT INTO metric (tenant_id,"
                        + " conversation_id, participant_ordinal, session_ordinal, metric_ordinal, name, value,"
                        + " emit_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement stats = connection.prepareStatement("INSERT INTO media_endpoint_stat (tenant_id,"
                        + " conversation_id, participant_ordinal, session_ordinal, stat_ordinal, codecs, min_mos,"
                        + " min_r_factor, max_latency_ms, received_packets, invalid_packets, discarded_packets,"
                        + " duplicate_packets, overrun_packets, underrun_packets, loss_ratio, event_time)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Batches batches = new Batches(participants, sessions, segments, metrics, stats);
            for (Candidate c : written) {
                addChildren(batches, tenantId, c.record());
            }
            batches.execute();
        }
    }

    private static void addChildren(Batches b, UUID tenantId, ConversationRecord r) throws SQLException {
        UUID id = r.conversationId();
        List<Participant> participants = r.participants();
        for (int p = 0; p < participants.size(); p++) {
            Participant participant = participants.get(p);
            key(b.participants(), tenantId, id, p);
            b.participants().setString(4, participant.participantId());
            b.participants().setString(5, participant.participantName());
            b.participants().setString(6, participant.purpose());
            b.participants().setString(7, participant.userId());
            b.participants().setString(8, participant.teamId());
            b.participants().setString(9, participant.externalContactId());
            b.participants().addBatch();
            List<Session> sessions = participant.sessions();
            for (int s = 0; s < sessions.size(); s++) {
                Session session = sessions.get(s);
                addSession(b, tenantId, id, p, s, session);
            }
        }
    }

    private static void addSession(Batches b, UUID tenantId, UUID id, int p, int s, Session session)
            throws SQLException {
        PreparedStatement st = b.sessions();
        key(st, tenantId, id, p);
        st.setInt(4, s);
        st.setString(5, session.sessionId());
        st.setString(6, session.mediaType());
        st.setString(7, session.direction());
        st.setString(8, session.ani());
        st.setString(9, session.dnis());
        st.setString(10, session.addressFrom());
        st.setString(11, session.addressTo());
        st.setString(12, session.messageType());
        st.setString(13, session.provider());
        st.setString(14, session.edgeId());
        st.setString(15, session.flowName());
        st.setString(16, session.flowType());
        setBoolean(st, 17, session.recording());
        st.addBatch();

        List<Segment> segments = session.segments();
        for (int g = 0; g < segments.size(); g++) {
            Segment segment = segments.get(g);
            PreparedStatement sg = b.segments();
            key(sg, tenantId, id, p);
            sg.setInt(4, s);
            sg.setInt(5, g);
            sg.setString(6, segment.segmentType());
            setInstant(sg, 7, segment.start());
            setInstant(sg, 8, segment.end());
            sg.setString(9, segment.queueId());
            sg.setString(10, segment.wrapUpCode());
            sg.setString(11, segment.disconnectType());
            sg.setString(12, segment.errorCode());
            setBoolean(sg, 13, segment.conference());
            sg.addBatch();
        }
        List<Metric> metrics = session.metrics();
        for (int m = 0; m < metrics.size(); m++) {
            Metric metric = metrics.get(m);
            PreparedStatement mt = b.metrics();
            key(mt, tenantId, id, p);
            mt.setInt(4, s);
            mt.setInt(5, m);
            mt.setString(6, metric.name() == null ? "" : metric.name());
            setLong(mt, 7, metric.value());
            setInstant(mt, 8, metric.emitDate());
            mt.addBatch();
        }
        List<MediaEndpointStat> stats = session.mediaEndpointStats();
        for (int x = 0; x < stats.size(); x++) {
            MediaEndpointStat stat = stats.get(x);
            PreparedStatement ms = b.stats();
            key(ms, tenantId, id, p);
            ms.setInt(4, s);
            ms.setInt(5, x);
            ms.setString(6, joined(stat.codecs()));
            setDouble(ms, 7, stat.minMos());
            setDouble(ms, 8, stat.minRFactor());
            setLong(ms, 9, stat.maxLatencyMs());
            setLong(ms, 10, stat.receivedPackets());
            setLong(ms, 11, stat.invalidPackets());
            setLong(ms, 12, stat.discardedPackets());
            setLong(ms, 13, stat.duplicatePackets());
            setLong(ms, 14, stat.overrunPackets());
            setLong(ms, 15, stat.underrunPackets());
            setDouble(ms, 16, stat.lossRatio());
            setInstant(ms, 17, stat.eventTime());
            ms.addBatch();
        }
    }

    private static void key(PreparedStatement s, UUID tenantId, UUID conversationId, int participant)
            throws SQLException {
        s.setObject(1, tenantId);
        s.setObject(2, conversationId);
        s.setInt(3, participant);
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

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        }
    }

    private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setBoolean(PreparedStatement s, int index, Boolean value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BOOLEAN);
        } else {
            s.setBoolean(index, value);
        }
    }

    /** A parsed record of the batch with the incoming envelope it came in and its rank. */
    private record Candidate(IncomingConversation incoming, ConversationRecord record, Completeness rank) {
    }

    /** The child insert statements of one batch. */
    private record Batches(PreparedStatement participants, PreparedStatement sessions, PreparedStatement segments,
            PreparedStatement metrics, PreparedStatement stats) {
        void execute() throws SQLException {
            participants.executeBatch();
            sessions.executeBatch();
            segments.executeBatch();
            metrics.executeBatch();
            stats.executeBatch();
        }
    }
}
