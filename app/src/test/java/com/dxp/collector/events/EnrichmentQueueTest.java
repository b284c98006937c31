package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnrichmentQueueTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000000a");
    private static final Instant T0 = Instant.parse("2026-05-14T09:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldHandEachDueTaskToOneWorkerUntilItsLeaseEnds(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            request(db, 3, T0);
            EnrichmentQueue queue = new EnrichmentQueue(db.dataSource());

            List<EnrichmentTask> first = queue.claim(T0, T0.plusSeconds(300), 100);
            List<EnrichmentTask> second = queue.claim(T0.plusSeconds(10), T0.plusSeconds(310), 100);
            List<EnrichmentTask> afterLease = queue.claim(T0.plusSeconds(301), T0.plusSeconds(601), 100);

            assertEquals(List.of(3, 0, 3), List.of(first.size(), second.size(), afterLease.size()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPutBackRetriesFinishDoneOnesAndKeepGivenUpOnesOutOfTheWay(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            request(db, 3, T0);
            EnrichmentQueue queue = new EnrichmentQueue(db.dataSource());
            List<EnrichmentTask> claimed = queue.claim(T0, T0.plusSeconds(300), 100);

            queue.done(List.of(claimed.get(0)));
            queue.retry(List.of(new EnrichmentQueue.Later(claimed.get(1), T0.plusSeconds(30), "record incomplete")));
            queue.giveUp(List.of(new EnrichmentQueue.Later(claimed.get(2), T0, "too old")));

            assertEquals(1, queue.pending());
            assertEquals(0, queue.claim(T0.plusSeconds(29), T0.plusSeconds(400), 100).size());
            List<EnrichmentTask> retried = queue.claim(T0.plusSeconds(30), T0.plusSeconds(400), 100);
            assertEquals(List.of(claimed.get(1).conversationId()), retried.stream()
                    .map(EnrichmentTask::conversationId).toList());
            assertEquals(1, retried.get(0).attempts());
        }
    }

    private static void request(TestDatabase.Handle db, int n, Instant due) throws Exception {
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        try (Connection c = db.dataSource().getConnection()) {
            EventStore.requestEnrichment(c, TENANT, ids, due.minusSeconds(60), due);
        }
    }
}
