package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.conversation.EndedConversation;
import com.dxp.collector.platform.MovableClock;
import com.dxp.collector.platform.jdbc.UnitOfWork;
import com.dxp.collector.platform.schema.TestDatabase;
import com.dxp.collector.tenant.EventBridgeSource;
import com.dxp.collector.tenant.TenantState;
import com.dxp.collector.tenant.TenantView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The event-stream check against a real store, with the analytics API played by the test: what it calls silent,
 * missed or flowing, which conversations it puts on the enrichment work list, and which window it reads next.
 */
class EventStreamWatchTest {

    private static final UUID TENANT = UUID.fromString("5e000000-0000-4000-8000-0000000000a1");
    private static final Instant VERIFIED = Instant.parse("2026-12-06T07:00:00Z");
    private static final Instant START = Instant.parse("2026-12-06T08:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    /** The conversations the fake analytics API says ended, whatever the window: the watch filters nothing itself. */
    private Function<Window, List<EndedConversation>> api = w -> List.of();
    private final List<Window> asked = new CopyOnWriteArrayList<>();
    private boolean backlogFull;

    record Window(Instant from, Instant to) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCallTheStreamSilentAndRequestEveryMissedConversationWhenNoEndEventCame(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventStreamWatch watch = watch(db);
            receipt(db, "CUSTOMER_END", START.minus(Duration.ofMinutes(30)));
            receipt(db, "USER_TOKENS", START.minusSeconds(10));
            List<UUID> ended = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            api = w -> ended.stream().map(id -> new EndedConversation(id, w.from().plusSeconds(1))).toList();

            StreamCheck check = watch.check(tenant());

            assertEquals(StreamVerdict.SILENT, check.verdict());
            assertEquals(START.minus(Duration.ofMinutes(30)), check.silentSince(), "since the last customer.end");
            assertEquals(3, check.ended());
            assertEquals(3, check.missing());
            assertEquals(3, check.requested());
            assertEquals(new HashSet<>(ended), pendingTasks(db), "every missed conversation asked for");
            assertEquals(check, new EventStreamRepository(db.dataSource()).lastCheck(TENANT).orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSeeTheStreamFlowingWhenEveryEndedConversationIsStoredOrAskedFor(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventStreamWatch watch = watch(db);
            UUID asked = UUID.randomUUID();
            UUID stored = UUID.randomUUID();
            task(db, asked);
            conversation(db, stored);
            receipt(db, "CUSTOMER_END", START.minusSeconds(200));
            api = w -> List.of(new EndedConversation(asked, w.from()), new EndedConversation(stored, w.from()));

            StreamCheck check = watch.check(tenant());

            assertEquals(StreamVerdict.FLOWING, check.verdict());
            assertEquals(0, check.missing());
            assertEquals(1, check.endEvents());
            assertNull(check.silentSince());
            assertEquals(Set.of(asked), pendingTasks(db), "nothing asked for twice");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCallEventsMissedWhenTheyComeButTooLargeAShareOfConversationsHasNone(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventStreamWatch watch = watch(db);
            List<EndedConversation> ended = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                UUID id = UUID.randomUUID();
                if (i < 6) {
                    task(db, id);
                }
                ended.add(new EndedConversation(id, START.minusSeconds(150)));
            }
            receipt(db, "CUSTOMER_END", START.minusSeconds(100));
            api = w -> ended;

            StreamCheck check = watch.check(tenant());

            assertEquals(StreamVerdict.MISSED, check.verdict(), "4 of 10 missed, above a share of 0.2");
            assertEquals(4, check.requested());
            assertEquals(10, pendingTasks(db).size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReadTheNextWindowFromTheLastOneAndAFailedWindowAgain(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventStreamWatch watch = watch(db);

            StreamCheck first = watch.check(tenant());
            assertEquals(StreamVerdict.QUIET, first.verdict());
            assertEquals(new Window(START.minusSeconds(120 + 300), START.minusSeconds(120)), asked.get(0));

            clock.advance(Duration.ofMinutes(5));
            api = w -> {
                throw new IllegalStateException("analytics.details.query answered 503");
            };
            StreamCheck failed = watch.check(tenant());
            assertEquals(StreamVerdict.FAILED, failed.verdict());
            assertTrue(failed.detail().contains("503"), failed.detail());
            assertEquals(first.windowTo(), failed.windowFrom());

            clock.advance(Duration.ofMinutes(5));
            api = w -> List.of();
            StreamCheck again = watch.check(tenant());
            assertEquals(first.windowTo(), again.windowFrom(), "the failed window is read again");
            assertEquals(clock.instant().minusSeconds(120), again.windowTo());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldStartAFreshTenantsFirstWindowAtItsVerification(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventStreamWatch watch = watch(db);
            Instant verifiedJustNow = START.minusSeconds(200);

            watch.check(tenant(verifiedJustNow));

            assertEquals(verifiedJustNow, asked.get(0).from(), "no judging of events never routed to it");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepASilenceThroughAQuietWindowAndEndItWhenEventsFlowAgain(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventStreamWatch watch = watch(db);
            api = w -> List.of(new EndedConversation(UUID.randomUUID(), w.from()),
                    new EndedConversation(UUID.randomUUID(), w.from()),
                    new EndedConversation(UUID.randomUUID(), w.from()));
            Instant since = watch.check(tenant()).silentSince();
            assertEquals(START.minusSeconds(420), since, "no customer.end ever: silent since the window opened");

            clock.advance(Duration.ofMinutes(5));
            api = w -> List.of();
            StreamCheck quiet = watch.check(tenant());
            assertEquals(StreamVerdict.SILENT, quiet.verdict());
            assertEquals(since, quiet.silentSince());

            clock.advance(Duration.ofMinutes(5));
            UUID known = UUID.randomUUID();
            task(db, known);
            receipt(db, "CUSTOMER_END", clock.instant().minusSeconds(60));
            api = w -> List.of(new EndedConversation(known, w.from()));
            StreamCheck flowing = watch.check(tenant());
            assertEquals(StreamVerdict.FLOWING, flowing.verdict());
            assertNull(flowing.silentSince());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldLeaveMissedConversationsToReconciliationWhileTheTenantsWorkListIsFull(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventStreamWatch watch = watch(db);
            backlogFull = true;
            api = w -> List.of(new EndedConversation(UUID.randomUUID(), w.from()));

            StreamCheck check = watch.check(tenant());

            assertEquals(1, check.missing());
            assertEquals(0, check.requested());
            assertTrue(check.detail().contains("left to reconciliation"), check.detail());
            assertTrue(pendingTasks(db).isEmpty());
        }
    }

    private EventStreamWatch watch(TestDatabase.Handle db) {
        EventStreamWatch watch = new EventStreamWatch();
        watch.clock = clock;
        watch.units = UnitOfWork.DIRECT;
        watch.stream = new EventStreamRepository(db.dataSource());
        watch.config = new EventsConfig();
        watch.config.streamCheckIntervalSeconds = 300;
        watch.config.streamCheckSettleSeconds = 120;
        watch.config.streamCheckLookbackHours = 24;
        watch.config.streamCheckMinMissing = 1;
        watch.config.streamCheckMissedShare = 0.2;
        watch.config.streamCheckMaxPages = 10;
        watch.config.streamCheckErrorAfterMinutes = 60;
        watch.backlog = new EnrichmentBacklog() {
            @Override
            public boolean fullFor(UUID tenantId) {
                return backlogFull;
            }
        };
        watch.ends = (tenantId, from, to, maxPages) -> {
            asked.add(new Window(from, to));
            return new ConversationEnds.Ends(api.apply(new Window(from, to)), true, 1);
        };
        return watch;
    }

    private static TenantView tenant() {
        return tenant(VERIFIED);
    }

    private static TenantView tenant(Instant verifiedAt) {
        return new TenantView(TENANT, "t", "mypurecloud.com", null, null, true, TenantState.VERIFIED, "org", "Org",
                new EventBridgeSource("123456789012", "eu-central-1", "collector"), 300, false, null, verifiedAt, null,
                List.of(), VERIFIED, VERIFIED, 1, null);
    }

    private static void receipt(TestDatabase.Handle db, String topic, Instant at) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO event_receipt (tenant_id, event_id, topic, received_at) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, TENANT);
            s.setString(2, UUID.randomUUID().toString());
            s.setString(3, topic);
            s.setObject(4, at.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    private static void task(TestDatabase.Handle db, UUID conversation) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            EventStore.requestEnrichment(c, TENANT, Set.of(conversation), START, START);
        }
    }

    private static void conversation(TestDatabase.Handle db, UUID conversation) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO conversation (tenant_id, conversation_id, source, first_seen, last_fetched, complete,"
                        + " raw_json) VALUES (?, ?, 'LIVE', ?, ?, TRUE, '{}')")) {
            s.setObject(1, TENANT);
            s.setObject(2, conversation);
            s.setObject(3, START.atOffset(ZoneOffset.UTC));
            s.setObject(4, START.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    private static Set<UUID> pendingTasks(TestDatabase.Handle db) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT conversation_id FROM enrichment_task WHERE tenant_id = ? AND state = 'PENDING'")) {
            s.setObject(1, TENANT);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }
}
