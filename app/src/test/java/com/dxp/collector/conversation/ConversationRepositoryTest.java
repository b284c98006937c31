package com.dxp.collector.conversation;

import static com.dxp.collector.conversation.ConversationFixtures.CONFERENCE;
import static com.dxp.collector.conversation.ConversationFixtures.INBOUND_VOICE;
import static com.dxp.collector.conversation.ConversationFixtures.INBOUND_VOICE_LIVE;
import static com.dxp.collector.conversation.ConversationFixtures.TRANSFER;
import static com.dxp.collector.conversation.ConversationFixtures.WEB_MESSAGE;
import static com.dxp.collector.conversation.ConversationFixtures.copy;
import static com.dxp.collector.conversation.ConversationFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.conversation.ConversationRecord.Participant;
import com.dxp.collector.platform.rest.TimeWindow;
import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConversationRepositoryTest {

    static final UUID TENANT_A = UUID.fromString("7e000000-0000-4000-8000-00000000000a");
    static final UUID TENANT_B = UUID.fromString("7e000000-0000-4000-8000-00000000000b");
    static final Instant FETCHED = Instant.parse("2026-05-14T00:00:00Z");
    static final TimeWindow MAY = new TimeWindow(Instant.parse("2026-05-01T00:00:00Z"),
            Instant.parse("2026-06-01T00:00:00Z"));
    static final List<String> FIXTURES = List.of(INBOUND_VOICE, INBOUND_VOICE_LIVE, WEB_MESSAGE, TRANSFER,
            CONFERENCE);

    private final ConversationRecordParser parser = new ConversationRecordParser();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReadEveryStoredConversationBackAsTheRecordItWasParsedFrom(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<String> raws = distinctCopies(FIXTURES, Duration.ZERO);
            store(db.dataSource(), TENANT_A, raws);
            ConversationRepository repository = new ConversationRepository(db.dataSource());

            for (String raw : raws) {
                ConversationRecord expected = parser.parse(raw);
                ConversationDetail detail = repository.find(TENANT_A, expected.conversationId()).orElseThrow();
                assertEquals(expected.participants(), detail.participants(), "children of " + raw);
                ConversationOverview o = detail.conversation();
                assertEquals(List.of(expected.start(), String.valueOf(expected.end()),
                        expected.originatingDirection(), expected.mediaTypes(), expected.divisionIds(),
                        String.valueOf(expected.minMos()), String.valueOf(expected.minRFactor()),
                        String.valueOf(expected.externalTag()), expected.complete()),
                        List.of(o.start(), String.valueOf(o.end()), o.originatingDirection(), o.mediaTypes(),
                                o.divisionIds(), String.valueOf(o.minMos()), String.valueOf(o.minRFactor()),
                                String.valueOf(o.externalTag()), o.complete()));
                assertEquals(raw, repository.findRaw(TENANT_A, expected.conversationId()).orElseThrow(),
                        "raw JSON byte for byte");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepChildTimestampsToTheMicrosecondBeforeTheEpochAndFarAhead(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<String> raws = new ArrayList<>();
            for (Duration shift : List.of(Duration.ofDays(-25_000).plusNanos(123_456_000),
                    Duration.ofDays(82_000).minusNanos(999_999_000))) {
                raws.addAll(distinctCopies(List.of(TRANSFER, CONFERENCE), shift));
            }
            store(db.dataSource(), TENANT_A, raws);
            ConversationRepository repository = new ConversationRepository(db.dataSource());

            for (String raw : raws) {
                ConversationRecord expected = parser.parse(raw);
                assertEquals(expected.participants(), repository.find(TENANT_A, expected.conversationId())
                        .orElseThrow().participants(), "children of " + raw);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldNeverReturnAnotherTenantsConversations(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<String> ofA = distinctCopies(FIXTURES, Duration.ZERO);
            List<String> ofB = distinctCopies(FIXTURES, Duration.ZERO);
            store(db.dataSource(), TENANT_A, ofA);
            store(db.dataSource(), TENANT_B, ofB);
            ConversationRepository repository = new ConversationRepository(db.dataSource());

            List<UUID> listedForA = repository.page(TENANT_A, filter(null, null, null, null, null, null, false),
                    null, null, 100).stream().map(ConversationOverview::conversationId).toList();

            assertEquals(ids(ofA).stream().sorted().toList(), listedForA.stream().sorted().toList());
            for (UUID idOfB : ids(ofB)) {
                assertTrue(repository.find(TENANT_A, idOfB).isEmpty(), "B's conversation through A");
                assertTrue(repository.findRaw(TENANT_A, idOfB).isEmpty(), "B's raw JSON through A");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldApplyEachFilterAsTheRecordsSay(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<String> raws = distinctCopies(FIXTURES, Duration.ZERO);
            store(db.dataSource(), TENANT_A, raws);
            ConversationRepository repository = new ConversationRepository(db.dataSource());
            List<ConversationRecord> records = raws.stream().map(parser::parse).toList();
            String someUser = participants(records).map(Participant::userId).filter(Objects::nonNull).findFirst()
                    .orElseThrow();
            String someQueue = participants(records).flatMap(p -> p.sessions().stream())
                    .flatMap(s -> s.segments().stream()).map(ConversationRecord.Segment::queueId)
                    .filter(Objects::nonNull).findFirst().orElseThrow();
            String someDivision = records.stream().flatMap(r -> r.divisionIds().stream()).findFirst().orElseThrow();

            assertFilter(repository, records, filter("voice", null, null, null, null, null, false),
                    r -> r.mediaTypes().contains("voice"));
            assertFilter(repository, records, filter("message", null, null, null, null, null, false),
                    r -> r.mediaTypes().contains("message"));
            assertFilter(repository, records, filter(null, "outbound", null, null, null, null, false),
                    r -> "outbound".equals(r.originatingDirection()));
            assertFilter(repository, records, filter(null, null, someUser, null, null, null, false),
                    r -> r.participants().stream().anyMatch(p -> someUser.equals(p.userId())));
            assertFilter(repository, records, filter(null, null, null, someQueue, null, null, false),
                    r -> r.participants().stream().flatMap(p -> p.sessions().stream())
                            .flatMap(s -> s.segments().stream()).anyMatch(g -> someQueue.equals(g.queueId())));
            assertFilter(repository, records, filter(null, null, null, null, someDivision, null, false),
                    r -> r.divisionIds().contains(someDivision));
            assertFilter(repository, records, filter(null, null, null, null, null, 4.0, false),
                    r -> r.minMos() != null && r.minMos() < 4.0);
            assertFilter(repository, records, filter(null, null, null, null, null, null, true),
                    r -> !r.complete());
            assertFilter(repository, records, filter("voice", "inbound", null, null, null, 4.9, false),
                    r -> r.mediaTypes().contains("voice") && "inbound".equals(r.originatingDirection())
                            && r.minMos() != null && r.minMos() < 4.9);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCountConversationsPerUtcDayWithTheirPoorCalls(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<String> raws = new ArrayList<>(distinctCopies(FIXTURES, Duration.ZERO));
            raws.addAll(distinctCopies(List.of(INBOUND_VOICE, TRANSFER), Duration.ofDays(1)));
            store(db.dataSource(), TENANT_A, raws);
            store(db.dataSource(), TENANT_B, distinctCopies(FIXTURES, Duration.ZERO));
            List<ConversationRecord> records = raws.stream().map(parser::parse).toList();
            ConversationRepository repository = new ConversationRepository(db.dataSource());

            List<DailyConversations> days = repository.daily(TENANT_A, MAY, 4.0);

            List<DailyConversations> expected = records.stream()
                    .map(r -> LocalDate.ofInstant(r.start(), java.time.ZoneOffset.UTC)).distinct().sorted()
                    .map(day -> {
                        List<ConversationRecord> of = records.stream()
                                .filter(r -> LocalDate.ofInstant(r.start(), java.time.ZoneOffset.UTC).equals(day))
                                .toList();
                        return new DailyConversations(day, of.size(),
                                of.stream().filter(r -> r.minMos() != null).count(),
                                of.stream().filter(r -> r.minMos() != null && r.minMos() < 4.0).count(),
                                of.stream().filter(r -> !r.complete()).count());
                    }).toList();
            assertEquals(expected, days);
            Map<Instant, Long> hours = records.stream().collect(Collectors.groupingBy(
                    r -> r.start().truncatedTo(ChronoUnit.HOURS), TreeMap::new, Collectors.counting()));
            assertEquals(hours, repository.hourly(TENANT_A, MAY.from(), MAY.to()), "conversations per hour");
            List<Double> bounds = MosBand.BOUNDS;
            List<MosBand> bands = repository.mosBands(TENANT_A, MAY);
            assertEquals(bounds.size() + 1, bands.size());
            for (int i = 0; i < bands.size(); i++) {
                double low = i == 0 ? Double.NEGATIVE_INFINITY : bounds.get(i - 1);
                double high = i == bounds.size() ? Double.POSITIVE_INFINITY : bounds.get(i);
                assertEquals(records.stream().filter(r -> r.minMos() != null && r.minMos() >= low
                        && r.minMos() < high).count(), bands.get(i).conversations(), bands.get(i).label());
            }
            assertEquals(records.stream().filter(r -> r.minMos() != null).count(),
                    bands.stream().mapToLong(MosBand::conversations).sum(), "every call with a MOS in one band");
            assertTrue(bands.stream().filter(b -> b.conversations() > 0).count() > 1, "the fixtures span bands: "
                    + bands);
            assertTrue(repository.hourly(TENANT_A, MAY.to(), MAY.to().plus(Duration.ofDays(1))).isEmpty());
            assertEquals(records.stream().map(ConversationRecord::start).max(Comparator.naturalOrder()),
                    repository.latestStart(TENANT_A));
            assertFalse(repository.latestStart(UUID.randomUUID()).isPresent());
        }
    }

    private static void assertFilter(ConversationRepository repository, List<ConversationRecord> records,
            ConversationFilter filter, Predicate<ConversationRecord> oracle) {
        List<UUID> expected = records.stream().filter(oracle)
                .sorted(Comparator.comparing(ConversationRecord::start))
                .map(ConversationRecord::conversationId).toList();
        assertFalse(expected.isEmpty(), "the fixtures must exercise " + filter);
        assertTrue(expected.size() < records.size() || filter.mediaType() == null, "the filter must exclude some");
        List<UUID> actual = repository.page(TENANT_A, filter, null, null, 100).stream()
                .map(ConversationOverview::conversationId).toList();
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), filter.toString());
    }

    static ConversationFilter filter(String mediaType, String direction, String userId, String queueId,
            String divisionId, Double mosBelow, boolean incomplete) {
        return new ConversationFilter(MAY, mediaType, direction, userId, queueId, divisionId, mosBelow, incomplete);
    }

    private static Stream<Participant> participants(List<ConversationRecord> records) {
        return records.stream().flatMap(r -> r.participants().stream());
    }

    /** Each fixture under a fresh conversation id, moved by {@code shift}. */
    static List<String> distinctCopies(List<String> fixtures, Duration shift) {
        return fixtures.stream().map(f -> copy(load(f), UUID.randomUUID(), shift)).toList();
    }

    static void store(DataSource dataSource, UUID tenant, List<String> raws) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            new ConversationStore().upsert(c, tenant, raws.stream()
                    .map(r -> new IncomingConversation(r, FETCHED, ConversationSource.BACKFILL)).toList());
        }
    }

    private List<UUID> ids(List<String> raws) {
        return raws.stream().map(r -> parser.parse(r).conversationId()).toList();
    }
}
