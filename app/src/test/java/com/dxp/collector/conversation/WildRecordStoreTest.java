package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.schema.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Records real orgs send at the edges (very long texts, NUL and other control characters, astral characters, hundreds
 * of divisions, unknown enum values, ids over 100 characters, numbers no column holds, timestamps of no real time):
 * every one is stored, raw JSON byte for byte, normalized values fitted to their columns with a visible marker. And
 * a record the database still refuses costs that record only.
 */
class WildRecordStoreTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-0000000000aa");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String GRIN = "\uD83D\uDE00";

    private final ConversationStore store = new ConversationStore();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldStoreAWildRecordWholeAndCutWhatNoColumnHolds(TestDatabase kind) throws Exception {
        UUID id = UUID.randomUUID();
        String raw = wildRecord(id);
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            UpsertResult result = store.upsert(c, TENANT, List.of(incoming(raw)));

            assertEquals(new UpsertResult(1, 0, 0, 1), result);
            try (PreparedStatement s = c.prepareStatement("SELECT c.raw_json, c.originating_direction,"
                    + " c.division_ids, c.min_mos, p.participant_name, p.participant_id, p.purpose,"
                    + " c.conversation_end FROM conversation c JOIN participant p ON p.tenant_id = c.tenant_id AND"
                    + " p.conversation_id = c.conversation_id WHERE c.tenant_id = ? AND c.conversation_id = ?")) {
                s.setObject(1, TENANT);
                s.setObject(2, id);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "the wild record is stored");
                    assertEquals(raw, rs.getString(1), "raw JSON byte for byte");
                    assertEquals("sideways-" + "x".repeat(40), rs.getString(2), "an unknown enum value is kept");
                    assertEquals(200, rs.getString(3).split(",").length, "all 200 division ids");
                    assertNull(rs.getObject(4), "a MOS of 1e309 is no number a column holds");
                    String name = rs.getString(5);
                    // 494 characters would end in half of the astral character: it is left out whole
                    assertEquals(499, name.length());
                    assertTrue(name.endsWith("x" + Jdbc.CUT_MARKER), "a cut value says so: " + name.substring(480));
                    assertFalse(name.contains("\u0000"), "NUL is replaced");
                    assertTrue(name.startsWith("A\uFFFDB\u0001C" + GRIN), name.substring(0, 10));
                    assertEquals(100, rs.getString(6).length());
                    assertTrue(rs.getString(6).endsWith(Jdbc.CUT_MARKER));
                    assertEquals("robot", rs.getString(7));
                    assertNull(rs.getObject(8), "an end in year 292278994 is no real time");
                }
            }
            ConversationRecord.Session read = new ConversationRepository(db.dataSource()).find(TENANT, id)
                    .orElseThrow().participants().get(0).sessions().get(0);
            assertEquals(10_006, read.ani().length(), "the one-conversation read has the session whole");
            assertEquals("tHuge" + "n".repeat(300), read.metrics().get(0).name());
            assertNull(read.metrics().get(0).value(), "a metric of 1e30 is no long");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSetAsideOnlyTheRecordTheDatabaseRefusesAndStoreTheRestOfItsBatch(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                // stands for any value the database refuses despite the fitting: a constraint of this test only
                s.execute("ALTER TABLE participant ADD CONSTRAINT test_refuses_ck CHECK (participant_name <> 'refuse"
                        + " me')");
            }
            List<UUID> ids = new ArrayList<>();
            List<IncomingConversation> batch = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                batch.add(incoming(record(id, i == 6 ? "refuse me" : "caller " + i)));
            }

            UpsertResult result = store.upsert(c, TENANT, batch);

            assertEquals(8, result.inserted());
            assertEquals(1, result.refused().size());
            RefusedConversation refused = result.refused().get(0);
            assertEquals(7, refused.position());
            assertEquals(ids.get(6).toString(), refused.conversationId());
            assertTrue(refused.reason().startsWith("the database refused it (SQL state 23"), refused.reason());
            assertEquals(8, count(c, "conversation"));
            assertEquals(8, count(c, "participant"));
            assertTrue(c.getAutoCommit(), "the connection is handed back as it came");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseARecordNestedTooDeeplyAndStoreTheOthers(TestDatabase kind) throws Exception {
        UUID id = UUID.randomUUID();
        String deep = "{\"conversationId\":\"" + UUID.randomUUID() + "\",\"x\":" + "[".repeat(1500)
                + "]".repeat(1500) + "}";
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            UpsertResult result = store.upsert(c, TENANT, List.of(incoming(deep), incoming(record(id, "fine"))));

            assertEquals(1, result.inserted());
            assertEquals(1, result.refused().get(0).position());
            assertTrue(result.refused().get(0).reason().contains("nested"), result.refused().get(0).reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldDeclareEveryTextColumnAsWideAsTheSchemaHasIt(TestDatabase kind) throws Exception {
        List<StoreTable<?>> tables = List.of(ConversationTables.CONVERSATION_INSERT, ConversationTables.PARTICIPANT,
                ConversationTables.SEGMENT, ConversationTables.PARTICIPANT_ATTRIBUTE,
                ConversationTables.JOURNEY_SESSION_REFERENCE);
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection()) {
            int checked = 0;
            for (StoreTable<?> table : tables) {
                for (StoreTable.Column<?> column : table.columns()) {
                    if (column.type() == StoreTable.ColumnType.VARCHAR) {
                        int width = width(c.getMetaData(), table.name(), column.name());
                        assertEquals(column.width() == 0 ? width : column.width(), width,
                                table.name() + "." + column.name());
                        assertTrue(column.width() > 0 || width > 100_000, table.name() + "." + column.name()
                                + " is unlimited text or fitted");
                        checked++;
                    }
                }
            }
            assertEquals(24, checked);
        }
    }

    private static int width(DatabaseMetaData md, String table, String column) throws SQLException {
        for (String t : List.of(table, table.toUpperCase(Locale.ROOT))) {
            for (String col : List.of(column, column.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = md.getColumns(null, null, t, col)) {
                    if (rs.next()) {
                        return rs.getInt("COLUMN_SIZE");
                    }
                }
            }
        }
        throw new AssertionError("no column " + table + "." + column);
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table
                + " WHERE tenant_id = '" + TENANT + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static IncomingConversation incoming(String raw) {
        return new IncomingConversation(raw, NOW, ConversationSource.LIVE);
    }

    /** A plain complete record with one participant named {@code name}. */
    static String record(UUID id, String name) {
        return Json.createObjectBuilder().add("conversationId", id.toString())
                .add("conversationStart", "2026-12-01T09:00:00.000Z").add("conversationEnd", "2026-12-01T09:05:00Z")
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("participantId", UUID.randomUUID().toString()).add("participantName", name)
                        .add("purpose", "customer")))
                .build().toString();
    }

    /** One record holding every edge this test stores. */
    static String wildRecord(UUID id) {
        JsonArrayBuilder divisions = Json.createArrayBuilder();
        for (int i = 0; i < 200; i++) {
            divisions.add(UUID.nameUUIDFromBytes(new byte[] {(byte) i}).toString());
        }
        // the astral character straddles the cut: the cut must not split it
        String name = "A\u0000B\u0001C" + GRIN + "x".repeat(486) + GRIN + "y".repeat(9_000);
        JsonObjectBuilder metric = Json.createObjectBuilder().add("name", "tHuge" + "n".repeat(300))
                .add("value", new BigDecimal("1e30")).add("emitDate", "2026-12-01T09:05:00Z");
        JsonObjectBuilder session = Json.createObjectBuilder().add("sessionId", "s".repeat(150))
                .add("mediaType", "hologram").add("ani", "tel:+1" + "9".repeat(10_000))
                .add("futureField", Json.createObjectBuilder().add("nested", Json.createArrayBuilder().add(1)))
                .add("metrics", Json.createArrayBuilder().add(metric))
                .add("segments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("segmentType", "teleporting").add("segmentStart", "2026-12-01T09:00:00Z")
                        .add("segmentEnd", "2026-12-01T09:05:00Z").add("disconnectType", "wormhole")));
        JsonObjectBuilder participant = Json.createObjectBuilder().add("participantId", "p".repeat(150))
                .add("participantName", name).add("purpose", "robot")
                .add("sessions", Json.createArrayBuilder().add(session));
        return Json.createObjectBuilder().add("conversationId", id.toString())
                .add("conversationStart", "2026-12-01T09:00:00.000Z")
                .add("conversationEnd", "+292278994-08-17T07:12:55.807Z")
                .add("originatingDirection", "sideways-" + "x".repeat(40))
                .add("divisionIds", divisions)
                .add("mediaStatsMinConversationMos", new BigDecimal("1e309"))
                .add("externalTag", "\u001f".repeat(600))
                .add("participants", Json.createArrayBuilder().add(participant))
                .build().toString();
    }
}
