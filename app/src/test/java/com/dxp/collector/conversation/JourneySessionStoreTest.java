package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JourneySessionStoreTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000002a");
    private static final Instant FROM = Instant.parse("2026-05-10T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-05-11T00:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldGiveTheSessionsThePeriodsConversationsNameUntilEachIsStoredFoundOrNot(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            stored(db.dataSource(), conversation("c0000000-0000-4000-8000-000000000001", "10:00", "js-b", "js-a"),
                    conversation("c0000000-0000-4000-8000-000000000002", "11:00", "js-a", null),
                    conversation("c0000000-0000-4000-8000-000000000003", "12:00", null, null),
                    conversation("c0000000-0000-4000-8000-000000000004", "2026-05-12T09:00:00Z", "js-later", null));
            JourneySessionStore store = new JourneySessionStore(db.dataSource());

            assertEquals(List.of("js-a", "js-b"), store.pending(TENANT, FROM, TO, 10), "distinct, in id order");
            assertEquals(List.of("js-a"), store.pending(TENANT, FROM, TO, 1));
            assertEquals(2, store.countPending(TENANT, FROM, TO));
            assertEquals(2.0 / 3, store.sessionsPerConversation(TENANT, FROM, TO), 1e-9);

            store.store(TENANT, "js-a", Optional.of("{\"id\":\"js-a\",\"type\":\"web\",\"customerId\":\"cu-1\","
                    + "\"createdDate\":\"2026-05-10T09:58:00.120Z\",\"unknownField\":[1,2]}"), TO);
            store.store(TENANT, "js-b", Optional.empty(), TO);

            assertEquals(List.of(), store.pending(TENANT, FROM, TO, 10));
            JourneySessionRepository repository = new JourneySessionRepository(db.dataSource());
            JourneySession a = repository.find(TENANT, "js-a").orElseThrow();
            assertTrue(a.found());
            assertEquals("web", a.type());
            assertEquals(Instant.parse("2026-05-10T09:58:00.120Z"), a.createdDate());
            assertTrue(a.rawJson().contains("unknownField"), "kept raw");
            JourneySession b = repository.find(TENANT, "js-b").orElseThrow();
            assertFalse(b.found());
            assertNull(b.rawJson());
            assertTrue(repository.find(UUID.randomUUID(), "js-a").isEmpty(), "another tenant's");
        }
    }

    /** A conversation starting at {@code start} (a time that day, or an instant) whose sessions name journeys. */
    private static String conversation(String id, String start, String journey, String secondJourney) {
        String at = start.length() == 5 ? "2026-05-10T" + start + ":00Z" : start;
        return "{\"conversationId\":\"" + id + "\",\"conversationStart\":\"" + at + "\",\"participants\":["
                + "{\"participantId\":\"p1\",\"purpose\":\"customer\",\"sessions\":[" + session("s1", journey) + ","
                + session("s2", secondJourney) + "]}]}";
    }

    private static String session(String id, String journey) {
        return "{\"sessionId\":\"" + id + "\",\"mediaType\":\"message\""
                + (journey == null ? "" : ",\"journeyCustomerSessionId\":\"" + journey + "\"") + "}";
    }

    private static void stored(DataSource ds, String... records) throws Exception {
        try (Connection c = ds.getConnection()) {
            new ConversationStore().upsert(c, TENANT, List.of(records).stream()
                    .map(r -> new IncomingConversation(r, TO, ConversationSource.BACKFILL)).toList());
        }
    }
}
