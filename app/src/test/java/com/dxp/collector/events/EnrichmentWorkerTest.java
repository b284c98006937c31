package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.conversation.ConversationStores;
import com.dxp.collector.conversation.ConversationWriteService;
import com.dxp.collector.conversation.IncomingConversation;
import com.dxp.collector.conversation.UpsertResult;
import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.Lane;
import com.dxp.collector.platform.jdbc.UnitOfWork;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.schema.TestDatabase;
import com.dxp.collector.tenant.ConnectedTenants;
import com.dxp.collector.tenant.TenantConnection;
import com.dxp.collector.tenant.TenantGate;
import com.dxp.collector.tenant.TenantNotRunnableException;
import com.dxp.collector.tenant.TenantStopping;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The enrichment worker against a real store and work list, with Genesys and the tenant gate played by the test: a
 * batch that fails to store is put back with an attempt counted, a record the store refuses costs that conversation
 * an attempt and no other anything, a tenant the gate refuses has nothing claimed, and one tenant's failures leave
 * another's work alone.
 */
class EnrichmentWorkerTest {

    private static final UUID A = UUID.fromString("7e000000-0000-4000-8000-0000000000a1");
    private static final UUID B = UUID.fromString("7e000000-0000-4000-8000-0000000000b2");
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    /** What the fake API answers per tenant: a function of the ids asked for, or a failure. */
    private final Map<UUID, Function<List<String>, String>> answers = new ConcurrentHashMap<>();
    private final Set<UUID> refusedByGate = ConcurrentHashMap.newKeySet();
    private final List<UUID> called = new CopyOnWriteArrayList<>();
    /** The enrichment lags recorded, as "tenant seconds". */
    private final List<String> lags = new CopyOnWriteArrayList<>();
    private final AtomicInteger givenUp = new AtomicInteger();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPutTheWholeBatchBackWithAnAttemptCountedWhenStoringFails(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<UUID> ids = request(db, A, 3);
            answers.put(A, asked -> complete(asked));
            EnrichmentWorker worker = worker(db, Duration.ofHours(4));
            worker.writer = new ConversationWriteService() {
                @Override
                public UpsertResult store(UUID tenantId, List<IncomingConversation> batch) {
                    throw new IllegalStateException("database gone");
                }
            };

            runToEnd(worker);

            for (UUID id : ids) {
                Task t = task(db, A, id);
                assertEquals(1, t.attempts(), "an attempt is counted");
                assertEquals("PENDING", t.state());
                assertTrue(t.dueAt().isBefore(NOW.plus(Duration.ofMinutes(4))), "back soon, not after the lease");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFetchAnIncompleteRecordAgainAfterTheRetryWhileAgentsWrapUpAndLaterWhenItStaysIncomplete(
            TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            UUID wrappingUp = request(db, A, 1, NOW.minus(Duration.ofMinutes(3))).get(0);
            UUID longIncomplete = request(db, A, 1, NOW.minus(Duration.ofMinutes(20))).get(0);
            try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                    "UPDATE enrichment_task SET attempts = 4 WHERE tenant_id = ?")) {
                s.setObject(1, A);
                s.executeUpdate();
            }
            answers.put(A, asked -> "{\"conversations\": [" + String.join(",", asked.stream().map(
                    id -> Json.createObjectBuilder().add("conversationId", id).add("conversationStart",
                            "2026-12-06T07:55:00Z").add("participants", Json.createArrayBuilder()).build()
                            .toString()).toList()) + "]}");

            runToEnd(worker(db, Duration.ofHours(4)));

            assertEquals(NOW.plusSeconds(30), task(db, A, wrappingUp).dueAt(),
                    "within the steady window, whatever the attempts before");
            assertEquals(NOW.plus(Duration.ofMinutes(10)), task(db, A, longIncomplete).dueAt(),
                    "10 minutes past the window: as long again, at most the maximum");
            assertEquals("PENDING", task(db, A, longIncomplete).state());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldGiveUpVisiblyOnABatchThatKeepsFailingOnceItIsTooOld(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<UUID> ids = request(db, A, 2);
            answers.put(A, asked -> "{\"conversations\": [");
            EnrichmentWorker worker = worker(db, Duration.ZERO);

            runToEnd(worker);

            for (UUID id : ids) {
                assertEquals("GAVE_UP", task(db, A, id).state());
            }
            assertEquals(2, givenUp.get(), "counted in the metrics, though the batch was never stored");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldStoreTheRestAndCountAnAttemptForTheRecordTheStoreRefuses(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<UUID> ids = request(db, A, 3);
            UUID bad = ids.get(1);
            answers.put(A, asked -> {
                StringBuilder body = new StringBuilder("{\"conversations\": [");
                for (String id : asked) {
                    if (body.charAt(body.length() - 1) != '[') {
                        body.append(',');
                    }
                    body.append(id.equals(bad.toString()) ? "{\"conversationId\": \"" + id + "\", \"x\": "
                            + "[".repeat(1200) + "]".repeat(1200) + "}" : record(id));
                }
                return body.append("]}").toString();
            });
            EnrichmentWorker worker = worker(db, Duration.ofHours(4));

            runToEnd(worker);

            assertTrue(ConversationStores.raw(db.dataSource(), A, ids.get(0)).isPresent());
            assertTrue(ConversationStores.raw(db.dataSource(), A, ids.get(2)).isPresent());
            assertEquals(List.of(), tasksOf(db, A).stream().filter(t -> !t.id().equals(bad)).toList(),
                    "the others are done");
            Task refused = task(db, A, bad);
            assertEquals(1, refused.attempts());
            assertTrue(refused.outcome().startsWith("refused by the store"), refused.outcome());
            assertEquals(1, ConversationStores.refused(db.dataSource()).count(A), "set aside whole");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldClaimNothingOfATenantTheGateRefusesAndServeTheOthers(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            request(db, A, 2);
            List<UUID> waiting = request(db, B, 2);
            answers.put(A, EnrichmentWorkerTest::complete);
            answers.put(B, EnrichmentWorkerTest::complete);
            refusedByGate.add(B);
            EnrichmentWorker worker = worker(db, Duration.ofHours(4));

            runToEnd(worker);

            assertEquals(List.of(A), called);
            assertEquals(List.of(), tasksOf(db, A));
            assertEquals(List.of(A), worker.tenantsServedSince(NOW.minusSeconds(60), 10),
                    "the heartbeat lists the tenant served here, not the refused one");
            assertEquals(List.of(), worker.tenantsServedSince(NOW.plusSeconds(1), 10), "forgotten once older");
            for (UUID id : waiting) {
                Task t = task(db, B, id);
                assertEquals(0, t.attempts(), "nothing claimed, nothing aged");
                assertEquals(NOW, t.dueAt());
            }
        }
    }

    /**
     * The lag an operator watches per tenant runs from the conversation's customer.end event (when its enrichment
     * was asked for) to its complete record stored; a record still incomplete is not stored as done and has none.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRecordTheLagFromEventToStoredRecordOfEachCompleteConversationForItsTenant(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            request(db, A, 2, NOW.minusSeconds(90));
            List<UUID> ofB = request(db, B, 2, NOW.minusSeconds(30));
            UUID unfinished = ofB.get(1);
            answers.put(A, EnrichmentWorkerTest::complete);
            answers.put(B, asked -> asked.stream()
                    .map(id -> id.equals(unfinished.toString()) ? Json.createObjectBuilder().add("conversationId", id)
                            .add("conversationStart", "2026-12-06T07:59:00Z").build().toString() : record(id))
                    .collect(Collectors.joining(",", "{\"conversations\": [", "]}")));
            EnrichmentWorker worker = worker(db, Duration.ofHours(4));

            runToEnd(worker);

            assertEquals(List.of(A + " 90", A + " 90", B + " 30"), lags.stream().sorted().toList());
            assertEquals(List.of(unfinished), tasksOf(db, B).stream().map(Task::id).toList(), "still to fetch");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldEnrichOneTenantWhileAnothersCallsFail(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<UUID> failing = request(db, A, 2);
            request(db, B, 2);
            answers.put(A, asked -> {
                throw new IllegalStateException("connection reset");
            });
            answers.put(B, EnrichmentWorkerTest::complete);
            EnrichmentWorker worker = worker(db, Duration.ofHours(4));

            runToEnd(worker);

            assertEquals(List.of(), tasksOf(db, B), "B is enriched");
            for (UUID id : failing) {
                assertEquals(1, task(db, A, id).attempts());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldLetAPurgeGoOnOnlyOnceTheTenantsShareInFlightHasStoredAndStartNoOther(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            List<UUID> ids = request(db, A, 2);
            CountDownLatch answer = new CountDownLatch(1);
            EnrichmentWorker worker = worker(db, Duration.ofHours(4));
            CompletableFuture<Void> run = runHeldInTheCall(worker, A, answer);

            CompletableFuture<Void> purge = CompletableFuture.runAsync(() -> worker.onTenantStopping(
                    new TenantStopping(A, NOW.plusSeconds(60))));
            assertThrows(TimeoutException.class, () -> purge.get(300, TimeUnit.MILLISECONDS),
                    "the purge waits for the share in flight");
            answer.countDown();
            purge.get(10, TimeUnit.SECONDS);
            run.get(10, TimeUnit.SECONDS);

            assertTrue(ConversationStores.raw(db.dataSource(), A, ids.get(0)).isPresent(), "stored before the purge");
            request(db, A, 1);
            called.clear();
            runToEnd(worker);
            assertEquals(List.of(), called, "no share of a tenant being purged starts");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseAPurgeWhoseTenantsShareIsStillInFlightAtItsDeadline(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            request(db, A, 1);
            CountDownLatch answer = new CountDownLatch(1);
            EnrichmentWorker worker = worker(db, Duration.ofHours(4));
            CompletableFuture<Void> run = runHeldInTheCall(worker, A, answer);
            try {
                ProblemException refused = assertThrows(ProblemException.class, () -> worker.onTenantStopping(
                        new TenantStopping(A, NOW)));
                assertEquals(409, refused.status());
            } finally {
                answer.countDown();
                run.get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Runs the worker in the background and returns once tenant's call is under way, held until answer. */
    private CompletableFuture<Void> runHeldInTheCall(EnrichmentWorker worker, UUID tenant, CountDownLatch answer) {
        CountDownLatch calling = new CountDownLatch(1);
        answers.put(tenant, asked -> {
            calling.countDown();
            await(answer);
            return complete(asked);
        });
        CompletableFuture<Void> run = CompletableFuture.runAsync(worker::run);
        await(calling);
        return run;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReturnFromARunAndEnrichAnotherTenantWhileOneTenantsShareIsStillInFlight(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            request(db, A, 1);
            answers.put(B, EnrichmentWorkerTest::complete);
            CountDownLatch answer = new CountDownLatch(1);
            EnrichmentWorker worker = worker(db, Duration.ofHours(4));
            CompletableFuture<Void> first = runHeldInTheCall(worker, A, answer);
            try {
                first.get(5, TimeUnit.SECONDS);
                request(db, B, 2);

                runToEnd(worker);

                assertEquals(List.of(), tasksOf(db, B), "B enriched while A's call hangs");
                assertEquals(1, called.stream().filter(A::equals).count(), "no second share of A meanwhile");
            } finally {
                answer.countDown();
            }
        }
    }

    /** Runs the worker once and waits for the shares it started. */
    private static void runToEnd(EnrichmentWorker worker) throws Exception {
        for (Future<?> share : worker.run()) {
            share.get(10, TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private EnrichmentWorker worker(TestDatabase.Handle db, Duration maxAge) {
        EnrichmentWorker worker = new EnrichmentWorker();
        worker.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        worker.queue = new EnrichmentQueue(db.dataSource());
        worker.config = new EventsConfig();
        worker.config.enrichmentBatchSize = 100;
        worker.config.enrichmentParallelTenants = 2;
        worker.config.enrichmentRetrySeconds = 30;
        worker.config.enrichmentSteadyRetryMinutes = 10;
        worker.config.enrichmentMaxRetrySeconds = 600;
        worker.config.enrichmentMaxAgeMinutes = (int) maxAge.toMinutes();
        worker.tenantPool = Executors.newFixedThreadPool(2);
        worker.units = UnitOfWork.DIRECT;
        worker.writer = ConversationStores.writer(db.dataSource());
        worker.metrics = new EventMetrics() {
            @Override
            void enrichmentCall(int conversations) {
            }

            @Override
            void enriched(int complete, int retried, int gaveUp) {
                givenUp.addAndGet(gaveUp);
            }

            @Override
            void enrichmentLag(UUID tenantId, Duration sinceEvent) {
                lags.add(tenantId + " " + sinceEvent.toSeconds());
            }
        };
        worker.gate = new TenantGate() {
            @Override
            public void requireRunnable(UUID tenantId) {
                if (refusedByGate.contains(tenantId)) {
                    throw new TenantNotRunnableException(tenantId, TenantNotRunnableException.Reason.DISABLED);
                }
            }
        };
        worker.tenants = ConnectedTenants.any();
        worker.gateway = new GenesysGateway() {
            @Override
            public <C> GenesysResponse call(TenantConnection connection, Lane lane, String endpoint, Class<C> api,
                    Function<C, Response> request) {
                called.add(connection.tenantId());
                // the worker asks for the tasks it claimed: read them back from the request's ids
                List<String> asked = tasksOfTenant(db, connection.tenantId());
                return new GenesysResponse(200, Map.of(), answers.get(connection.tenantId()).apply(asked));
            }
        };
        return worker;
    }

    private static String complete(List<String> ids) {
        StringBuilder body = new StringBuilder("{\"conversations\": [");
        for (int i = 0; i < ids.size(); i++) {
            body.append(i == 0 ? "" : ",").append(record(ids.get(i)));
        }
        return body.append("]}").toString();
    }

    private static String record(String id) {
        return Json.createObjectBuilder().add("conversationId", id).add("conversationStart", "2026-12-06T07:00:00Z")
                .add("conversationEnd", "2026-12-06T07:05:00Z").add("participants", Json.createArrayBuilder())
                .build().toString();
    }

    private static List<UUID> request(TestDatabase.Handle db, UUID tenant, int n) throws Exception {
        return request(db, tenant, n, NOW.minusSeconds(60));
    }

    /** Asks for {@code n} conversations as an event received at {@code requestedAt} would, due now. */
    private static List<UUID> request(TestDatabase.Handle db, UUID tenant, int n, Instant requestedAt)
            throws Exception {
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        try (Connection c = db.dataSource().getConnection()) {
            EventStore.requestEnrichment(c, tenant, ids, requestedAt, NOW);
        }
        return List.copyOf(ids);
    }

    private record Task(UUID id, Instant dueAt, int attempts, String state, String outcome) {
    }

    private static List<String> tasksOfTenant(TestDatabase.Handle db, UUID tenant) {
        return tasksOf(db, tenant).stream().map(t -> t.id().toString()).toList();
    }

    private static List<Task> tasksOf(TestDatabase.Handle db, UUID tenant) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT conversation_id, due_at, attempts, state, last_outcome FROM enrichment_task"
                        + " WHERE tenant_id = ? ORDER BY conversation_id")) {
            s.setObject(1, tenant);
            List<Task> tasks = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tasks.add(new Task(rs.getObject(1, UUID.class), rs.getObject(2, java.time.OffsetDateTime.class)
                            .toInstant(), rs.getInt(3), rs.getString(4), rs.getString(5)));
                }
            }
            return tasks;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Task task(TestDatabase.Handle db, UUID tenant, UUID id) {
        return tasksOf(db, tenant).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
