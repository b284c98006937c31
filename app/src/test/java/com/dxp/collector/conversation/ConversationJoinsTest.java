package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dxp.collector.conversation.ConversationFilter.AttributeMatch;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The filters #19 adds, against hand-made records: by work team (the participant's own team, or its user's team
 * membership as the directory stored it), by Architect flow, and by participant attribute, whose values survive a
 * later record that does not carry them.
 */
class ConversationJoinsTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000001a");
    private static final UUID OTHER = UUID.fromString("7e000000-0000-4000-8000-00000000001b");
    private static final String TEAM = "7ea70000-0000-4000-8000-000000000001";
    private static final String FLOW = "f1a40000-0000-4000-8000-000000000001";
    private static final UUID OWN_TEAM = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    private static final UUID BY_MEMBERSHIP = UUID.fromString("c0000000-0000-4000-8000-000000000002");
    private static final UUID NEITHER = UUID.fromString("c0000000-0000-4000-8000-000000000003");
    private static final String LONG_KEY = "k".repeat(300) + "\uD83D\uDE00";
    private static final Instant FETCHED = Instant.parse("2026-05-14T00:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindConversationsByTeamThroughTheAgentsOwnTeamOrItsUsersMembership(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            stored(db.dataSource(), TENANT, record(OWN_TEAM, "u1", TEAM, null, null),
                    record(BY_MEMBERSHIP, "u2", null, null, null), record(NEITHER, "u3", null, null, null));
            stored(db.dataSource(), OTHER, record(UUID.randomUUID(), "u2", TEAM, null, null));
            TestDatabase.execute(db.dataSource(), "INSERT INTO team_member (tenant_id, team_id, user_id, first_seen)"
                    + " VALUES ('" + TENANT + "', '" + TEAM + "', 'u2', TIMESTAMP WITH TIME ZONE"
                    + " '2026-05-01 00:00:00+00')");

            assertEquals(List.of(OWN_TEAM, BY_MEMBERSHIP), ids(db.dataSource(), filter(TEAM, null, null)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindConversationsByTheFlowTheirSessionsRan(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            stored(db.dataSource(), TENANT, record(OWN_TEAM, "u1", null, FLOW, null),
                    record(NEITHER, "u3", null, "f1a40000-0000-4000-8000-000000000002", null));

            assertEquals(List.of(OWN_TEAM), ids(db.dataSource(), filter(null, FLOW, null)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepAttributesThroughARecordWithoutThemAndReplaceThemWithOneThatHasThem(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            stored(db.dataSource(), TENANT, record(OWN_TEAM, "u1", null, null,
                    "{\"tier\":\"gold\",\"" + LONG_KEY + "\":\"x\",\"score\":7,\"gone\":null,\"nested\":{\"a\":1}}"),
                    record(NEITHER, "u3", null, null, "{\"tier\":\"silver\"}"));
            assertEquals(List.of(OWN_TEAM), ids(db.dataSource(), filter(null, null, "tier:gold")));
            assertEquals(List.of(OWN_TEAM), ids(db.dataSource(), filter(null, null, LONG_KEY + ":x")),
                    "a key longer than the index holds, with an emoji");
            assertEquals(List.of(OWN_TEAM), ids(db.dataSource(), filter(null, null, "score:7")));

            later(db.dataSource(), record(OWN_TEAM, "u1", null, null, null), Instant.parse("2026-05-15T00:00:00Z"));
            assertEquals(List.of(OWN_TEAM), ids(db.dataSource(), filter(null, null, "tier:gold")),
                    "a record without attributes (the query, a batch GET) leaves them");
            Map<String, String> shown = new ConversationRepository(db.dataSource()).find(TENANT, OWN_TEAM)
                    .orElseThrow().participants().get(0).attributes();
            assertEquals("gold", shown.get("tier"), "the one-conversation read shows the stored attributes");
            assertNull(shown.get("gone"));

            later(db.dataSource(), record(OWN_TEAM, "u1", null, null, "{\"tier\":\"silver\"}"),
                    Instant.parse("2026-05-16T00:00:00Z"));
            assertEquals(List.of(), ids(db.dataSource(), filter(null, null, "tier:gold")));
            assertEquals(List.of(OWN_TEAM, NEITHER), ids(db.dataSource(), filter(null, null, "tier:silver")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldBreakTheSummaryDownByQueueAndByTeamCountingAConversationOncePerGroup(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            stored(db.dataSource(), TENANT, inQueue(record(OWN_TEAM, "u1", TEAM, null, null), "q1"),
                    inQueue(record(BY_MEMBERSHIP, "u2", null, null, null), "q1"),
                    inQueue(record(NEITHER, "u3", null, null, null), "q2"));
            TestDatabase.execute(db.dataSource(), "INSERT INTO team_member (tenant_id, team_id, user_id, first_seen)"
                    + " VALUES ('" + TENANT + "', '" + TEAM + "', 'u2', TIMESTAMP WITH TIME ZONE"
                    + " '2026-05-01 00:00:00+00')");
            TestDatabase.execute(db.dataSource(), "INSERT INTO directory_team (tenant_id, team_id, name, raw_json,"
                    + " first_seen, last_synced) VALUES ('" + TENANT + "', '" + TEAM + "', 'Night shift', '{}',"
                    + " TIMESTAMP WITH TIME ZONE '2026-05-01 00:00:00+00', TIMESTAMP WITH TIME ZONE"
                    + " '2026-05-01 00:00:00+00')");
            ConversationRepository repository = new ConversationRepository(db.dataSource());

            assertEquals(List.of(new SummaryGroup("q1", null, 2, 0, 0), new SummaryGroup("q2", null, 1, 0, 0)),
                    repository.byQueue(TENANT, ConversationRepositoryTest.MAY, 3.5, 50));
            assertEquals(List.of(new SummaryGroup("q1", null, 2, 0, 0)),
                    repository.byQueue(TENANT, ConversationRepositoryTest.MAY, 3.5, 1), "the busiest first");
            assertEquals(List.of(new SummaryGroup(TEAM, "Night shift", 2, 0, 0)),
                    repository.byTeam(TENANT, ConversationRepositoryTest.MAY, 3.5, 50));
        }
    }

    private static String inQueue(String record, String queueId) {
        return record.replace("\"segmentType\":\"interact\"", "\"segmentType\":\"interact\",\"queueId\":\""
                + queueId + "\"");
    }

    @Test
    void shouldReadAnAttributeFilterAsKeyColonValueSplitAtTheFirstColon() {
        assertEquals(new AttributeMatch("url", "https://example.com/a"), AttributeMatch.parse("url:https://example.com/a"));
        assertEquals(new AttributeMatch("empty", ""), AttributeMatch.parse("empty:"));
        assertNull(AttributeMatch.parse(null));
        assertEquals(400, assertThrows(ProblemException.class, () -> AttributeMatch.parse("nocolon")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> AttributeMatch.parse(":value")).status());
    }

    private static ConversationFilter filter(String teamId, String flowId, String attribute) {
        return new ConversationFilter(ConversationRepositoryTest.MAY, null, null, null, null, null, null, false,
                teamId, flowId, AttributeMatch.parse(attribute));
    }

    private static List<UUID> ids(DataSource ds, ConversationFilter filter) {
        return new ConversationRepository(ds).page(TENANT, filter, null, null, 100).stream()
                .map(ConversationOverview::conversationId).sorted().toList();
    }

    /** A customer (with attributes, when given) in a flow session, and an agent of {@code userId}. */
    private static String record(UUID id, String userId, String teamId, String flowId, String attributes) {
        return "{\"conversationId\":\"" + id + "\",\"conversationStart\":\"2026-05-10T10:00:00Z\","
                + "\"conversationEnd\":\"2026-05-10T10:05:00Z\",\"participants\":[{\"participantId\":\"p1\","
                + "\"purpose\":\"customer\"" + (attributes == null ? "" : ",\"attributes\":" + attributes)
                + ",\"sessions\":[{\"sessionId\":\"s1\",\"mediaType\":\"voice\""
                + (flowId == null ? "" : ",\"flow\":{\"flowId\":\"" + flowId + "\",\"flowName\":\"IVR\"}")
                + ",\"segments\":[{\"segmentType\":\"interact\",\"segmentStart\":\"2026-05-10T10:00:00Z\","
                + "\"segmentEnd\":\"2026-05-10T10:05:00Z\"}]}]},{\"participantId\":\"p2\",\"purpose\":\"agent\","
                + "\"userId\":\"" + userId + "\"" + (teamId == null ? "" : ",\"teamId\":\"" + teamId + "\"")
                + ",\"sessions\":[]}]}";
    }

    private static void stored(DataSource ds, UUID tenant, String... records) throws Exception {
        try (Connection c = ds.getConnection()) {
            new ConversationStore().upsert(c, tenant, List.of(records).stream()
                    .map(r -> new IncomingConversation(r, FETCHED, ConversationSource.BACKFILL)).toList());
        }
    }

    private static void later(DataSource ds, String record, Instant fetchedAt) throws Exception {
        try (Connection c = ds.getConnection()) {
            UpsertResult result = new ConversationStore().upsert(c, TENANT,
                    List.of(new IncomingConversation(record, fetchedAt, ConversationSource.LIVE)));
            assertEquals(1, result.replaced(), "the later fetch replaces the record");
        }
    }
}
