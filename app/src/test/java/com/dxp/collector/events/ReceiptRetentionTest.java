package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReceiptRetentionTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000000b");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldDeleteReceiptsAndGivenUpTasksOlderThanTheRetentionInChunks(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            receipts(db, 25, NOW.minus(Duration.ofDays(15)));
            receipts(db, 3, NOW.minus(Duration.ofDays(13)));
            UUID oldGivenUp = task(db, NOW.minus(Duration.ofDays(20)));
            UUID recentGivenUp = task(db, NOW.minus(Duration.ofDays(2)));
            UUID oldPending = task(db, NOW.minus(Duration.ofDays(20)));
            giveUp(db, oldGivenUp, recentGivenUp);

            ReceiptRetention.Pruned pruned = retention(db, 14, 10).prune();

            assertEquals(new ReceiptRetention.Pruned(25, 1), pruned);
            assertEquals(List.of(3L), count(db, "SELECT COUNT(*) FROM event_receipt"));
            assertEquals(Set.of(recentGivenUp, oldPending), Set.copyOf(Jdbc.query(db.dataSource(), "tasks",
                    "SELECT conversation_id FROM enrichment_task", s -> { }, rs -> rs.getObject(1, UUID.class))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepEverythingYoungerThanTheRetention(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            receipts(db, 4, NOW.minus(Duration.ofDays(6)));

            assertEquals(new ReceiptRetention.Pruned(0, 0), retention(db, 7, 10).prune());
            assertEquals(List.of(4L), count(db, "SELECT COUNT(*) FROM event_receipt"));
        }
    }

    private static ReceiptRetention retention(TestDatabase.Handle db, int days, int chunk) {
        EventsConfig config = new EventsConfig();
        config.receiptRetentionDays = days;
        return new ReceiptRetention(db.dataSource(), config, Clock.fixed(NOW, ZoneOffset.UTC), chunk);
    }

    private static void receipts(TestDatabase.Handle db, int n, Instant at) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO event_receipt (tenant_id, event_id, topic, received_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                s.setObject(1, TENANT);
                s.setString(2, UUID.randomUUID().toString());
                s.setString(3, "v2.users.{id}.tokens");
                Jdbc.setInstant(s, 4, at);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static UUID task(TestDatabase.Handle db, Instant requested) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = db.dataSource().getConnection()) {
            EventStore.requestEnrichment(c, TENANT, Set.of(id), requested, requested.plusSeconds(60));
        }
        return id;
    }

    private static void giveUp(TestDatabase.Handle db, UUID... ids) {
        for (UUID id : ids) {
            Jdbc.update(db.dataSource(), "give up", "UPDATE enrichment_task SET state = 'GAVE_UP'"
                    + " WHERE conversation_id = ?", s -> s.setObject(1, id));
        }
    }

    private static List<Long> count(TestDatabase.Handle db, String sql) {
        return Jdbc.query(db.dataSource(), "count", sql, s -> { }, rs -> rs.getLong(1));
    }
}
