package com.dxp.collector.conversation;

import com.dxp.collector.conversation.ConversationRecord.MediaEndpointStat;
import com.dxp.collector.conversation.ConversationTables.Candidate;
import com.dxp.collector.platform.schema.TestDatabase;
import static com.dxp.collector.conversation.ConversationFixtures.CONFERENCE;
import static com.dxp.collector.conversation.ConversationFixtures.INBOUND_VOICE;
import static com.dxp.collector.conversation.ConversationFixtures.INBOUND_VOICE_LIVE;
import static com.dxp.collector.conversation.ConversationFixtures.TRANSFER;
import static com.dxp.collector.conversation.ConversationFixtures.WEB_MESSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConversationStoreTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-000000000001");
    private static final UUID INBOUND_VOICE_ID = UUID.fromString("c0ffee00-1111-4222-8333-444455556666");
    private static final Instant T1 = Instant.parse("2026-05-13T00:20:00.123456Z");
    private static final Instant T2 = Instant.parse("2026-05-13T01:20:00Z");
    private static final String[] TABLES = {"conversation", "participant", "segment"};

    private final ConversationStore store = new ConversationStore();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldChangeNothingWhenTheSameRecordsArriveTwice(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            List<IncomingConversation> batch = List.of(in(INBOUND_VOICE, T1), in(TRANSFER, T1), in(CONFERENCE, T1),
                    in(WEB_MESSAGE, T1));
            assertEquals(new UpsertResult(4, 0, 0, 1), store.upsert(c, TENANT, batch));
            Map<String, List<String>> before = dump(c);

            assertEquals(new UpsertResult(0, 0, 4, 1), store.upsert(c, TENANT, batch));

            assertEquals(before, dump(c));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldStoreABatchWhoseRawJsonSpansSeveralStatements(TestDatabase kind) throws Exception {
        String raw = load(CONFERENCE);
        int count = 3 * ConversationStore.MAX_RAW_CHARS_PER_STATEMENT / raw.length() + 1;
        List<IncomingConversation> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new IncomingConversation(ConversationFixtures.copy(raw, UUID.randomUUID(), Duration.ZERO), T1,
                    ConversationSource.BACKFILL));
        }
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            assertEquals(new UpsertResult(count, 0, 0, 1), store.upsert(c, TENANT, batch));

            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*), SUM(LENGTH(raw_json)) FROM conversation")) {
                rs.next();
                assertEquals(count, rs.getLong(1));
                assertEquals(batch.stream().mapToLong(b -> b.rawJson().codePointCount(0, b.rawJson().length())).sum(),
                        rs.getLong(2), "every record's raw JSON, whole");
            }
        }
    }

    @Test
    void shouldSliceRowsByTheirRawJsonAndKeepAnOversizedRecordAlone() {
        int cap = ConversationStore.MAX_RAW_CHARS_PER_STATEMENT;
        List<Candidate> rows = List.of(candidate(cap / 2), candidate(cap / 2), candidate(1), candidate(cap + 1),
                candidate(cap / 3));

        List<List<Candidate>> slices = ConversationStore.byRawSize(rows);

        assertEquals(List.of(2, 1, 1, 1), slices.stream().map(List::size).toList());
        assertEquals(rows, slices.stream().flatMap(List::stream).toList());
        assertEquals(List.of(), ConversationStore.byRawSize(List.of()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReplaceALiveRecordAndItsChildrenWithTheEndedOne(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            store.upsert(c, TENANT, List.of(new IncomingConversation(load(INBOUND_VOICE_LIVE), T1,
                    ConversationSource.LIVE)));
            assertEquals(expectedCounts(load(INBOUND_VOICE_LIVE)), counts(c));
            assertFalse(stored(c, INBOUND_VOICE_ID).complete());

            UpsertResult result = store.upsert(c, TENANT, List.of(new IncomingConversation(load(INBOUND_VOICE), T2,
                    ConversationSource.RECONCILIATION)));

            assertEquals(new UpsertResult(0, 1, 0, 1), result);
            assertEquals(expectedCounts(load(INBOUND_VOICE)), counts(c));
            Stored s = stored(c, INBOUND_VOICE_ID);
            assertEquals(load(INBOUND_VOICE), s.raw());
            assertTrue(s.complete());
            assertEquals("RECONCILIATION", s.source());
            assertEquals(T2, s.lastFetched());
            assertEquals(T1.truncatedTo(java.time.temporal.ChronoUnit.MICROS), s.firstSeen(),
                    "first seen stays when the record is replaced");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepTheEndedRecordWhenALiveOneArrivesLater(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            store.upsert(c, TENANT, List.of(in(INBOUND_VOICE, T1)));
            Map<String, List<String>> before = dump(c);

            UpsertResult result = store.upsert(c, TENANT, List.of(new IncomingConversation(load(INBOUND_VOICE_LIVE),
                    T2, ConversationSource.LIVE)));

            assertEquals(new UpsertResult(0, 0, 1, 1), result);
            assertEquals(before, dump(c));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldLetTheLaterFetchWinAtEqualCompleteness(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            store.upsert(c, TENANT, List.of(new IncomingConversation(load(INBOUND_VOICE), T2,
                    ConversationSource.RECONCILIATION)));

            assertEquals(new UpsertResult(0, 0, 1, 1), store.upsert(c, TENANT, List.of(in(INBOUND_VOICE, T1))),
                    "an earlier fetch does not overwrite a later one");
            assertEquals("RECONCILIATION", stored(c, INBOUND_VOICE_ID).source());

            Instant t3 = T2.plusSeconds(60);
            assertEquals(new UpsertResult(0, 1, 0, 1), store.upsert(c, TENANT, List.of(in(INBOUND_VOICE, t3))));
            Stored s = stored(c, INBOUND_VOICE_ID);
            assertEquals("BACKFILL", s.source());
            assertEquals(t3, s.lastFetched());
            assertEquals(expectedCounts(load(INBOUND_VOICE)), counts(c), "children replaced, not added");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepOnlyTheMostCompleteRecordOfAConversationWithinOneBatch(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            UpsertResult result = store.upsert(c, TENANT, List.of(in(INBOUND_VOICE, T1),
                    new IncomingConversation(load(INBOUND_VOICE_LIVE), T2, ConversationSource.LIVE)));

            assertEquals(new UpsertResult(1, 0, 0, 1), result);
            assertEquals(load(INBOUND_VOICE), stored(c, INBOUND_VOICE_ID).raw());
        }
    }

    static Stream<Arguments> databasesAndFixtures() {
        return Stream.of(TestDatabase.values()).flatMap(db -> Stream.of(INBOUND_VOICE, INBOUND_VOICE_LIVE,
                WEB_MESSAGE, TRANSFER, CONFERENCE).map(f -> Arguments.of(db, f)));
    }

    @ParameterizedTest
    @MethodSource("databasesAndFixtures")
    void shouldStoreOneRowPerChildOfTheRecordAndItsRawJsonByteForByte(TestDatabase kind, String fixture)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            String raw = load(fixture);

            store.upsert(c, TENANT, List.of(in(fixture, T1)));

            assertEquals(expectedCounts(raw), counts(c));
            UUID id = UUID.fromString(json(raw).getString("conversationId"));
            assertEquals(raw, stored(c, id).raw());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepNonAsciiRawJsonAndTheVoiceQualityColumns(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            String raw = load(CONFERENCE).replace("Hamburg Office", "Jürgen Müller – Büro ☎ 😀");

            store.upsert(c, TENANT, List.of(new IncomingConversation(raw, T1, ConversationSource.BACKFILL)));

            UUID id = UUID.fromString("c0f00000-5555-4666-8777-888899990000");
            assertEquals(raw, stored(c, id).raw());
            try (PreparedStatement s = c.prepareStatement("SELECT min_mos, min_r_factor, media_types, division_ids,"
                    + " originating_direction FROM conversation WHERE conversation_id = ?")) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(2.87, rs.getDouble(1));
                    assertEquals(55.1, rs.getDouble(2));
                    assertEquals("voice", rs.getString(3));
                    assertEquals("d1d1d1d1-0000-4000-8000-000000000001,d1d1d1d1-0000-4000-8000-000000000002",
                            rs.getString(4));
                    assertEquals("outbound", rs.getString(5));
                }
            }
            MediaEndpointStat stat = new ConversationRepository(db.dataSource()).find(TENANT, id).orElseThrow()
                    .participants().get(1).sessions().get(0).mediaEndpointStats().get(0);
            assertEquals((0 + 610 + 15 + 220) / 33120.0, stat.lossRatio(), 1e-12);
            assertEquals(310, stat.maxLatencyMs());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepTenantsApartAndStoreTheRestOfABatchWithAMalformedRecord(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            UUID other = UUID.randomUUID();
            store.upsert(c, TENANT, List.of(in(INBOUND_VOICE, T1)));
            assertEquals(new UpsertResult(1, 0, 0, 1), store.upsert(c, other, List.of(in(INBOUND_VOICE, T1))));
            IncomingConversation malformed = new IncomingConversation("{\"participants\": []}", T1,
                    ConversationSource.LIVE);

            UpsertResult result = store.upsert(c, TENANT, List.of(in(TRANSFER, T1), malformed));

            assertEquals(1, result.inserted());
            assertEquals(List.of(new RefusedConversation(2, null, "conversation without conversationId", malformed)),
                    result.refused());
            assertEquals(3, counts(c).get("conversation"));
            assertTrue(c.getAutoCommit(), "the connection is handed back as it came");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldNeitherDuplicateNorFailWhenTwoWritersStoreOverlappingBatches(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<String> templates = List.of(load(TRANSFER), load(CONFERENCE), load(INBOUND_VOICE),
                    load(INBOUND_VOICE_LIVE));
            int total = 600;
            List<String> records = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                records.add(ConversationFixtures.copy(templates.get(i % templates.size()), UUID.randomUUID(),
                        Duration.ofMinutes(i)));
            }
            // writer A stores records 0..399, writer B 200..599, both in batches of 100 and several rounds with
            // later fetches, so they insert, lock and replace the same conversations at the same time
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> a = pool.submit(writer(db, start, records.subList(0, 400)));
                Future<Integer> b = pool.submit(writer(db, start, records.subList(200, 600)));
                start.countDown();
                a.get(120, TimeUnit.SECONDS);
                b.get(120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }

            try (Connection c = db.dataSource().getConnection()) {
                Map<String, Long> expected = new LinkedHashMap<>();
                for (String t : TABLES) {
                    expected.put(t, 0L);
                }
                for (String raw : records) {
                    expectedCounts(raw).forEach((t, n) -> expected.merge(t, n, Long::sum));
                }
                assertEquals(expected, counts(c));
            }
        }
    }

    private Callable<Integer> writer(TestDatabase.Handle db, CountDownLatch start, List<String> records) {
        return () -> {
            start.await();
            int attempts = 0;
            try (Connection c = db.dataSource().getConnection()) {
                for (int round = 0; round < 3; round++) {
                    Instant fetched = T1.plusSeconds(round);
                    for (int from = 0; from < records.size(); from += 100) {
                        List<IncomingConversation> batch = new ArrayList<>();
                        for (String raw : records.subList(from, from + 100)) {
                            batch.add(new IncomingConversation(raw, fetched, ConversationSource.BACKFILL));
                        }
                        attempts += store.upsert(c, TENANT, batch).attempts();
                    }
                }
            }
            return attempts;
        };
    }

    private static Candidate candidate(int rawChars) {
        return new Candidate(1, new IncomingConversation("x".repeat(rawChars), T1, ConversationSource.BACKFILL), null,
                null);
    }

    private static IncomingConversation in(String fixture, Instant fetchedAt) {
        return new IncomingConversation(load(fixture), fetchedAt, ConversationSource.BACKFILL);
    }

    private static String load(String fixture) {
        return ConversationFixtures.load(fixture);
    }

    private static JsonObject json(String raw) {
        try (JsonReader r = Json.createReader(new StringReader(raw))) {
            return r.readObject();
        }
    }

    /** Rows each table should hold for one record, counted from its JSON independently of the parser. */
    static Map<String, Long> expectedCounts(String raw) {
        long participants = 0;
        long segments = 0;
        for (JsonValue p : json(raw).getJsonArray("participants")) {
            participants++;
            for (JsonValue s : p.asJsonObject().getJsonArray("sessions")) {
                JsonObject session = s.asJsonObject();
                segments += session.containsKey("segments") ? session.getJsonArray("segments").size() : 0;
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("conversation", 1L);
        counts.put("participant", participants);
        counts.put("segment", segments);
        return counts;
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Every row of every conversation table as text, sorted: equal dumps mean nothing changed. */
    private static Map<String, List<String>> dump(Connection c) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                assertNotEquals(0, rows.size(), t + " is empty");
                dump.put(t, rows);
            }
        }
        return dump;
    }

    private record Stored(String raw, boolean complete, String source, Instant firstSeen, Instant lastFetched) {
    }

    private static Stored stored(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT raw_json, complete, source, first_seen, last_fetched"
                + " FROM conversation WHERE tenant_id = ? AND conversation_id = ?")) {
            s.setObject(1, TENANT);
            s.setObject(2, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "conversation " + id + " stored");
                return new Stored(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant());
            }
        }
    }
}
