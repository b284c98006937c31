package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.rest.TimeWindow;
import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventRepositoryTest {

    private static final UUID A = UUID.fromString("7e000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("7e000000-0000-4000-8000-00000000000b");
    private static final TimeWindow OPEN = new TimeWindow(null, null);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPageUserSessionsByTimeThenIdEvenWhenTimesTie(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            // e1..e6: two sessions per minute, so the keyset must break ties by event id
            for (int i = 1; i <= 6; i++) {
                session(db.dataSource(), A, "e" + i, i % 2 == 0 ? "user-even" : "user-odd", "00:0" + ((i + 1) / 2));
                session(db.dataSource(), B, "b" + i, "user-even", "00:0" + ((i + 1) / 2));
            }
            EventRepository repository = new EventRepository(db.dataSource());

            List<String> paged = new ArrayList<>();
            EventRepository.Position after = null;
            List<UserSession> page;
            do {
                page = repository.userSessions(A, OPEN, null, after, 4);
                page.forEach(s -> paged.add(s.eventId()));
                UserSession last = page.isEmpty() ? null : page.get(page.size() - 1);
                after = last == null ? null : new EventRepository.Position(last.tokenCreated(), last.eventId());
            } while (page.size() == 4);

            assertEquals(List.of("e1", "e2", "e3", "e4", "e5", "e6"), paged);
            assertEquals(List.of("e2", "e4", "e6"), repository.userSessions(A, OPEN, "user-even", null, 10).stream()
                    .map(UserSession::eventId).toList());
            TimeWindow secondMinute = new TimeWindow(Instant.parse("2026-05-13T00:02:00Z"),
                    Instant.parse("2026-05-13T00:03:00Z"));
            assertEquals(List.of("e3", "e4"), repository.userSessions(A, secondMinute, null, null, 10).stream()
                    .map(UserSession::eventId).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReadOperationalEventsOfTheTenantInTheWindow(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            operational(db.dataSource(), A, "o1", "00:01");
            operational(db.dataSource(), A, "o2", "00:05");
            operational(db.dataSource(), B, "o3", "00:02");
            EventRepository repository = new EventRepository(db.dataSource());

            List<OperationalEvent> all = repository.operationalEvents(A, OPEN, null, 10);
            List<OperationalEvent> early = repository.operationalEvents(A,
                    new TimeWindow(null, Instant.parse("2026-05-13T00:03:00Z")), null, 10);

            assertEquals(List.of("o1", "o2"), all.stream().map(OperationalEvent::eventId).toList());
            assertEquals(List.of("o1"), early.stream().map(OperationalEvent::eventId).toList());
            assertEquals("EDGE_OFFLINE", all.get(0).errorCode());
        }
    }

    private static void session(DataSource ds, UUID tenant, String id, String user, String time) throws Exception {
        TestDatabase.execute(ds, "INSERT INTO user_session (tenant_id, event_id, user_id, user_name, ip_address,"
                + " client_id, session_id, token_created, token_expires, received_at) VALUES ('" + tenant + "', '" + id
                + "', '" + user + "', 'A User', '192.0.2.10', 'client-1', 's-" + id + "', TIMESTAMP WITH TIME ZONE"
                + " '2026-05-13 " + time + ":00+00', TIMESTAMP WITH TIME ZONE '2026-05-14 00:00:00+00',"
                + " TIMESTAMP WITH TIME ZONE '2026-05-13 00:10:00+00')");
    }

    private static void operational(DataSource ds, UUID tenant, String id, String time) throws Exception {
        TestDatabase.execute(ds, "INSERT INTO operational_event (tenant_id, event_id, definition_id, definition_name,"
                + " entity_id, entity_type, error_code, occurred_at, raw_json, received_at) VALUES ('" + tenant
                + "', '" + id + "', 'def-1', 'Edge offline', 'edge-1', 'edge', 'EDGE_OFFLINE',"
                + " TIMESTAMP WITH TIME ZONE '2026-05-13 " + time + ":00+00', '{}',"
                + " TIMESTAMP WITH TIME ZONE '2026-05-13 00:10:00+00')");
    }
}
