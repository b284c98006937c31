package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

            List<EnrichmentTask> first = queue.claim(TENANT, T0, T0.plusSeconds(300), 100);
            List<EnrichmentTask> second = queue.claim(TENANT, T0.plusSeconds(10), T0.plusSeconds(310), 100);
            List<EnrichmentTask> afterLease = queue.claim(TENANT, T0.plusSeconds(301), T0.plusSeconds(601), 100);

            assertEquals(List.of(3, 0, 3), List.of(first.size(), second.size(), afterLease.size()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPutBackRetriesFinishDoneOnesAndKeepGivenUpOnesOutOfTheWay(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            request(db, 3, T0);
            EnrichmentQueue queue = new EnrichmentQueue(db.dataSource());
            List<EnrichmentTask> claimed = queue.claim(TENANT, T0, T0.plusSeconds(300), 100);

            queue.done(List.of(claimed.get(0)));
            queue.retry(List.of(new EnrichmentQueue.Later(claimed.get(1), T0.plusSeconds(30), "record incomplete")));
            queue.giveUp(List.of(new EnrichmentQueue.Later(claimed.get(2), T0, "too old")));

            assertEquals(1, queue.pending());
            assertEquals(0, queue.claim(TENANT, T0.plusSeconds(29), T0.plusSeconds(400), 100).size());
            List<EnrichmentTask> retried = queue.claim(TENANT, T0.plusSeconds(30), T0.plusSeconds(400), 100);
            assertEquals(List.of(claimed.get(1).conversationId()), retried.stream()
                    .map(EnrichmentTask::conversationId).toList());
            assertEquals(1, retried.get(0).attempts());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldLeaveATaskAloneWhenItsClaimersLeaseHasPassedToAnother(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            request(db, 3, T0);
            EnrichmentQueue queue = new EnrichmentQueue(db.dataSource());
            List<EnrichmentTask> stale = queue.claim(TENANT, T0, T0.plusSeconds(300), 100);
            List<EnrichmentTask> current = queue.claim(TENANT, T0.plusSeconds(301), T0.plusSeconds(601), 100);

            assertEquals(0, queue.done(List.of(stale.get(0))), "the old holder completes nothing");
            assertEquals(0, queue.retry(List.of(new EnrichmentQueue.Later(stale.get(1), T0, "late"))));
            assertEquals(0, queue.giveUp(List.of(new EnrichmentQueue.Later(stale.get(2), T0, "late"))));
            assertEquals(3, queue.pending());

            assertEquals(1, queue.done(List.of(current.get(0))), "the holder of the lease does");
            assertEquals(1, queue.retry(List.of(new EnrichmentQueue.Later(current.get(1), T0.plusSeconds(700),
                    "record incomplete"))));
            assertEquals(2, queue.pending());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldListTenantsWithDueTasksLongestWaitingFirstAndClaimOnlyTheTenantAsked(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            UUID other = UUID.randomUUID();
            request(db, TENANT, 2, T0.plusSeconds(5));
            request(db, other, 2, T0);
            EnrichmentQueue queue = new EnrichmentQueue(db.dataSource());

            assertEquals(List.of(other, TENANT), queue.dueTenants(T0.plusSeconds(10), 10));
            assertEquals(List.of(other), queue.dueTenants(T0.plusSeconds(1), 10));
            List<EnrichmentTask> claimed = queue.claim(TENANT, T0.plusSeconds(10), T0.plusSeconds(300), 100);
            assertEquals(2, claimed.size());
            assertEquals(Set.of(TENANT), Set.copyOf(claimed.stream().map(EnrichmentTask::tenantId).toList()));
        }
    }

    /**
     * The tenant health's backlog and its age: per tenant, the conversations still pending and when the one waiting
     * longest was asked for; given-up and done ones count for nothing, however old.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldGiveEachTenantsPendingConversationsWithWhenTheOldestWasAskedFor(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            UUID other = UUID.randomUUID();
            UUID idle = UUID.randomUUID();
            request(db, TENANT, 1, T0);
            request(db, TENANT, 2, T0.plusSeconds(120));
            request(db, TENANT, 1, T0.plusSeconds(300));
            request(db, other, 4, T0.plusSeconds(30));
            request(db, idle, 2, T0);
            EnrichmentQueue queue = new EnrichmentQueue(db.dataSource());
            List<EnrichmentTask> oldest = queue.claim(TENANT, T0, T0.plusSeconds(10), 100);
            queue.giveUp(List.of(new EnrichmentQueue.Later(oldest.get(0), T0, "too old")));
            List<EnrichmentTask> ofIdle = queue.claim(idle, T0, T0.plusSeconds(300), 100);
            queue.done(List.of(ofIdle.get(0)));
            queue.giveUp(List.of(new EnrichmentQueue.Later(ofIdle.get(1), T0, "too old")));
            List<EnrichmentTask> ofOther = queue.claim(other, T0.plusSeconds(30), T0.plusSeconds(330), 100);
            queue.done(List.of(ofOther.get(0)));

            assertEquals(Map.of(
                    TENANT, new PendingEnrichment(3, T0.plusSeconds(60)),
                    other, new PendingEnrichment(3, T0.minusSeconds(30))), queue.pendingWithAge(),
                    "asked for a minute before due (see request); claimed tasks still pending count, given-up and"
                            + " done ones do not, however old");
        }
    }

    private static void request(TestDatabase.Handle db, int n, Instant due) throws Exception {
        request(db, TENANT, n, due);
    }

    private static void request(TestDatabase.Handle db, UUID tenant, int n, Instant due) throws Exception {
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        try (Connection c = db.dataSource().getConnection()) {
            EventStore.requestEnrichment(c, tenant, ids, due.minusSeconds(60), due);
        }
    }
}
