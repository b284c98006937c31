package com.dxp.collector.events;

import static com.dxp.collector.events.EventEnvelopeReaderTest.CUSTOMER_END;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventIngestServiceTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000000a");
    private static final Instant NOW = Instant.parse("2026-05-14T09:31:08Z");

    private final EventEnvelopeReader reader = new EventEnvelopeReader(100_000);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldStoreEachEventOnceHoweverOftenItIsDelivered(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventIngestService ingest = service(db.dataSource());
            RoutedEvent event = customerEnd(CUSTOMER_END);

            int first = ingest.store(List.of(event, event), List.of());
            int again = ingest.store(List.of(event), List.of());

            assertEquals(List.of(1, 0), List.of(first, again));
            assertEquals(1, count(db.dataSource(), "event_receipt"));
            assertEquals(1, count(db.dataSource(), "enrichment_task"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldLeaveATenantsConversationsToReconciliationWhileItsBacklogIsFullAndQueueOthers(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            UUID stuck = UUID.randomUUID();
            try (Connection c = db.dataSource().getConnection()) {
                EventStore.requestEnrichment(c, stuck, Set.of(UUID.randomUUID(), UUID.randomUUID()), NOW, NOW);
            }
            EventIngestService ingest = service(db.dataSource(), 2);
            RoutedEvent ofStuck = new RoutedEvent(stuck, reader.read(CUSTOMER_END), new RoutedEvent.ConversationEnded(
                    UUID.randomUUID()));
            RoutedEvent ofOther = customerEnd(CUSTOMER_END.replace("3b2a1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
                    "4b2a1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d").replace("c0ffee00-1111-4222-8333-444455556666",
                    "c0ffee00-1111-4222-8333-444455556667"));

            assertEquals(2, ingest.store(List.of(ofStuck, ofOther), List.of()));

            assertEquals(2, count(db.dataSource(), "event_receipt"), "both events recorded");
            assertEquals(3, count(db.dataSource(), "enrichment_task"), "the other tenant's conversation queued only");
            assertEquals(1, DEFERRED.get(stuck), "the stuck tenant's one counted as left to reconciliation");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAskOnceForAConversationAnnouncedByTwoEvents(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventIngestService ingest = service(db.dataSource());
            RoutedEvent one = customerEnd(CUSTOMER_END);
            RoutedEvent other = customerEnd(CUSTOMER_END.replace("3b2a1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
                    "4b2a1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d"));

            assertEquals(2, ingest.store(List.of(one, other), List.of()));

            assertEquals(2, count(db.dataSource(), "event_receipt"));
            assertEquals(1, count(db.dataSource(), "enrichment_task"));
            assertEquals("2026-05-14 09:31:18", dueAt(db.dataSource()), "due after the configured delay");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCountTheSameQuarantinedBodyUpInsteadOfAddingRows(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            EventIngestService ingest = service(db.dataSource());
            RejectedMessage bad = new RejectedMessage("q", "not json", QuarantineReason.INVALID_JSON, "not JSON",
                    null, null, null);
            RejectedMessage other = new RejectedMessage("q", "{}", QuarantineReason.NOT_AN_EVENT, "no id", null,
                    null, null);

            ingest.store(List.of(), List.of(bad, other));
            ingest.store(List.of(), List.of(bad));

            assertEquals(2, count(db.dataSource(), "quarantined_message"));
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT seen_count FROM quarantined_message"
                            + " WHERE raw_body = 'not json'")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
    }

    private RoutedEvent customerEnd(String body) throws Exception {
        EventEnvelope e = reader.read(body);
        return new RoutedEvent(TENANT, e, new RoutedEvent.ConversationEnded(EventBodies.customerEnd(e)));
    }

    static EventIngestService service(DataSource ds) {
        return service(ds, 100_000);
    }

    /** The service with a bound of {@code perTenant} pending enrichment tasks per tenant. */
    static EventIngestService service(DataSource ds, int perTenant) {
        EventIngestService ingest = new EventIngestService();
        ingest.dataSource = ds;
        ingest.config = new EventsConfig();
        ingest.config.enrichmentDelaySeconds = 10;
        ingest.config.enrichmentMaxBacklog = 1_000_000;
        ingest.config.enrichmentMaxBacklogPerTenant = perTenant;
        ingest.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ingest.backlog = new EnrichmentBacklog();
        ingest.backlog.queue = new EnrichmentQueue(ds);
        ingest.backlog.config = ingest.config;
        ingest.metrics = new EventMetrics() {
            @Override
            void enrichmentDeferred(UUID tenantId, int conversations) {
                DEFERRED.merge(tenantId, conversations, Integer::sum);
            }
        };
        return ingest;
    }

    /** Conversations left to reconciliation, by tenant, as the metric counted them. */
    private static final Map<UUID, Integer> DEFERRED = new java.util.concurrent.ConcurrentHashMap<>();

    private static long count(DataSource ds, String table) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String dueAt(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT due_at FROM enrichment_task")) {
            rs.next();
            return rs.getObject(1, java.time.OffsetDateTime.class).toInstant().toString().replace("T", " ")
                    .replace("Z", "");
        }
    }
}
