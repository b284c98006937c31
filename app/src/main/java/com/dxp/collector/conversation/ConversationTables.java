package com.dxp.collector.conversation;

import static com.dxp.collector.conversation.StoreTable.ColumnType.BOOLEAN;
import static com.dxp.collector.conversation.StoreTable.ColumnType.DOUBLE;
import static com.dxp.collector.conversation.StoreTable.ColumnType.INTEGER;
import static com.dxp.collector.conversation.StoreTable.ColumnType.TIMESTAMPTZ;
import static com.dxp.collector.conversation.StoreTable.ColumnType.VARCHAR;

import com.dxp.collector.conversation.ConversationRecord.Participant;
import com.dxp.collector.conversation.ConversationRecord.Segment;
import com.dxp.collector.conversation.StoreTable.Column;
import com.dxp.collector.conversation.StoreTable.ColumnType;
import com.dxp.collector.platform.jdbc.Jdbc;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The tables of the conversation store (V4) as {@link StoreTable}s: which column takes which field of a record.
 * Children are numbered by their position in the record ({@link Child}), see V4 for why, and found through their
 * conversation only (V8). Only what a query filters on has rows: participants (by user) and segments (by queue);
 * sessions, metrics and media endpoint statistics are read from the raw JSON (V18).
 */
final class ConversationTables {

    /** The conversation columns an upsert sets, whether it inserts or replaces (key and first seen aside). */
    static final List<Column<Candidate>> CONVERSATION_VALUES = List.of(
            column("conversation_start", TIMESTAMPTZ, c -> timestamp(c.record().start())),
            column("conversation_end", TIMESTAMPTZ, c -> timestamp(c.record().end())),
            column("last_segment_end", TIMESTAMPTZ, c -> timestamp(c.record().lastSegmentEnd())),
            text("originating_direction", 64, c -> c.record().originatingDirection()),
            text("media_types", 500, c -> joined(c.record().mediaTypes())),
            text("division_ids", 20000, c -> joined(c.record().divisionIds())),
            text("flow_ids", 4000, c -> joined(c.record().flowIds())),
            column("min_mos", DOUBLE, c -> c.record().minMos()),
            column("min_r_factor", DOUBLE, c -> c.record().minRFactor()),
            text("external_tag", 500, c -> c.record().externalTag()),
            text("source", 16, c -> c.incoming().source().name()),
            column("last_fetched", TIMESTAMPTZ, c -> timestamp(c.incoming().fetchedAt())),
            column("complete", BOOLEAN, c -> c.record().complete()),
            column("raw_json", VARCHAR, c -> c.incoming().rawJson()));

    /** The conversation's key and the columns a replacement sets: what an update writes. */
    static final StoreTable<Candidate> CONVERSATION_UPDATE = new StoreTable<Candidate>("conversation",
            List.of(column("conversation_id", ColumnType.UUID, c -> c.record().conversationId())))
            .with(CONVERSATION_VALUES);

    /** Everything of a new conversation: it is first seen when it is first fetched. */
    static final StoreTable<Candidate> CONVERSATION_INSERT = CONVERSATION_UPDATE.with(List.of(
            column("first_seen", TIMESTAMPTZ, c -> timestamp(c.incoming().fetchedAt()))));

    static final StoreTable<Child<Participant>> PARTICIPANT = child("participant", List.of(
            itemText("participant_id", 100, Participant::participantId),
            itemText("participant_name", 500, Participant::participantName),
            itemText("purpose", 64, Participant::purpose),
            itemText("user_id", 100, Participant::userId),
            itemText("team_id", 100, Participant::teamId),
            itemText("external_contact_id", 100, Participant::externalContactId)));

    static final StoreTable<Child<Segment>> SEGMENT = child("segment", List.of(
            column("session_ordinal", INTEGER, Child::session),
            column("segment_ordinal", INTEGER, Child::ordinal),
            itemText("segment_type", 64, Segment::segmentType),
            item("segment_start", TIMESTAMPTZ, g -> timestamp(g.start())),
            item("segment_end", TIMESTAMPTZ, g -> timestamp(g.end())),
            itemText("queue_id", 100, Segment::queueId),
            itemText("wrap_up_code", 100, Segment::wrapUpCode),
            itemText("disconnect_type", 64, Segment::disconnectType),
            itemText("error_code", 200, Segment::errorCode),
            item("conference", BOOLEAN, Segment::conference)));

    /**
     * A participant's attributes, one row per key; {@code name_key} and {@code value_key} are the prefixes the
     * filter's index holds (V21).
     */
    static final StoreTable<Child<Attribute>> PARTICIPANT_ATTRIBUTE = child("participant_attribute", List.of(
            column("attribute_ordinal", INTEGER, Child::ordinal),
            itemText("participant_id", 100, Attribute::participantId),
            itemText("name", Attribute.WIDTH, Attribute::name),
            itemText("value", Attribute.WIDTH, Attribute::value),
            itemText("name_key", Attribute.KEY_WIDTH, Attribute::name),
            itemText("value_key", Attribute.KEY_WIDTH, Attribute::value)));

    /** The journey session each session names (V22): what a backfill fetches journey sessions by. */
    static final StoreTable<Child<String>> JOURNEY_SESSION_REFERENCE = child("conversation_journey_session",
            List.of(column("session_ordinal", INTEGER, Child::ordinal),
                    itemText("journey_session_id", 100, id -> id)));

    /**
     * The child tables a replacing record replaces whatever it carries. Attributes are not among them: only a record
     * that carries attributes replaces them ({@link ConversationRecord#carriesAttributes()}).
     */
    static final List<String> CHILD_TABLES = List.of(PARTICIPANT.name(), SEGMENT.name(),
            JOURNEY_SESSION_REFERENCE.name());

    /** One participant attribute: a key and its value (null when Genesys sent null). */
    record Attribute(String participantId, String name, String value) {

        /** The widest key or value kept, Genesys's own limit; a longer one is cut with the marker. */
        static final int WIDTH = 1024;

        /** The prefix of key and value the filter's index holds. */
        static final int KEY_WIDTH = 200;
    }

    private ConversationTables() {
    }

    /** A parsed record of a batch, its position in the batch (from 1), the incoming envelope it came in, its rank. */
    record Candidate(int position, IncomingConversation incoming, ConversationRecord record, Completeness rank) {
    }

    /**
     * A child row: its conversation, its participant's ordinal, its session's ordinal (for rows below a session), its
     * own ordinal among its siblings, and the item itself.
     */
    record Child<T>(UUID conversationId, int participant, int session, int ordinal, T item) {
    }

    /**
     * The child rows of a set of records, table by table, in record order. A segment keeps its session's ordinal,
     * though sessions have no rows of their own (V18): it is part of the segment's position in the record.
     */
    record Children(List<Child<Participant>> participants, List<Child<Segment>> segments,
                    List<Child<Attribute>> attributes, List<Child<String>> journeySessions) {

        static Children of(List<Candidate> written) {
            Children out = new Children(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Candidate c : written) {
                out.add(c.record());
            }
            return out;
        }

        private void add(ConversationRecord r) {
            UUID id = r.conversationId();
            List<Participant> ps = r.participants();
            for (int p = 0; p < ps.size(); p++) {
                participants.add(new Child<>(id, p, -1, p, ps.get(p)));
                Map<String, String> values = ps.get(p).attributes();
                if (values != null) {
                    int a = 0;
                    for (Map.Entry<String, String> e : values.entrySet()) {
                        attributes.add(new Child<>(id, p, -1, a++,
                                new Attribute(ps.get(p).participantId(), e.getKey(), e.getValue())));
                    }
                }
                List<ConversationRecord.Session> ss = ps.get(p).sessions();
                for (int s = 0; s < ss.size(); s++) {
                    String journeySession = ss.get(s).journeyCustomerSessionId();
                    if (journeySession != null && !journeySession.isBlank()) {
                        journeySessions.add(new Child<>(id, p, s, s, journeySession));
                    }
                    List<Segment> gs = ss.get(s).segments();
                    for (int g = 0; g < gs.size(); g++) {
                        segments.add(new Child<>(id, p, s, g, gs.get(g)));
                    }
                }
            }
        }
    }

    /** A child table: the conversation id and participant ordinal, then {@code own} (further ordinals, the item). */
    private static <T> StoreTable<Child<T>> child(String name, List<Column<Child<T>>> own) {
        List<Column<Child<T>>> columns = new ArrayList<>();
        columns.add(column("conversation_id", ColumnType.UUID, Child::conversationId));
        columns.add(column("participant_ordinal", INTEGER, Child::participant));
        return new StoreTable<>(name, columns).with(own);
    }

    /** A text column of {@code width} characters, its values fitted to it: never a refused write, see V11. */
    private static <R> Column<R> text(String name, int width, Function<R, String> value) {
        return new Column<>(name, VARCHAR, width, row -> Jdbc.bounded(value.apply(row), width));
    }

    private static <T> Column<Child<T>> itemText(String name, int width, Function<T, String> value) {
        return text(name, width, row -> value.apply(row.item()));
    }

    private static <R> Column<R> column(String name, ColumnType type, Function<R, Object> value) {
        return new Column<>(name, type, value);
    }

    private static <T> Column<Child<T>> item(String name, ColumnType type, Function<T, Object> value) {
        return new Column<>(name, type, row -> value.apply(row.item()));
    }

    /** The values comma-separated, or null for none. */
    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    /** An instant as the database keeps it: to the microsecond. */
    private static Instant timestamp(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }
}
