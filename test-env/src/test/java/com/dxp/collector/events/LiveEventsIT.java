package com.dxp.collector.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.api.Fault;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.events.EventBridgePublisher;
import com.dxp.collector.genesys.simulator.events.GenesysEvent;
import com.dxp.collector.genesys.simulator.events.GenesysEvents;
import com.dxp.collector.genesys.simulator.events.Malformation;
import com.dxp.collector.genesys.simulator.events.OperationalEvent;
import com.dxp.collector.genesys.simulator.events.OperationalEventDefinition;
import com.dxp.collector.genesys.simulator.events.UserLogin;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.FaultFigures;
import com.dxp.collector.platform.VerifiedTenant;
import com.dxp.collector.platform.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The live path end to end: EventBridge-shaped messages published into ElasticMQ, polled by the server, routed to
 * the tenant of the simulator's second org, and turned into complete conversations (fetched in batches),
 * user sessions and operational events; malformed messages quarantined and replayable.
 */
@MicroShedTest
class LiveEventsIT {

    private static final String BATCH_DETAILS = "GET /api/v2/analytics/conversations/details";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static OrgSpec org;
    static String tenant;
    static EventBridgePublisher publisher;
    /** Each test takes conversations of its own hour of yesterday, all complete by now. */
    static final Instant YESTERDAY = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));

    @BeforeAll
    static void verifiedTenantOfTheLiveOrg() throws Exception {
        org = SimulatorForIts.liveOrg();
        publisher = SqsForIts.publisher();
        // it names the publisher's EventBridge source, so an event from another account is refused
        tenant = VerifiedTenant.createWithEventSource("live", SimulatorForIts.LIVE);
    }

    @AfterAll
    static void purgeTenant() throws Exception {
        VerifiedTenant.purge(tenant);
    }

    @Test
    void shouldStoreEveryAnnouncedConversationCompleteWithFewBatchCalls() throws Exception {
        List<SimConversation> conversations = conversationsOfHour(9, 40);
        long callsBefore = batchCalls();

        publisher.publishAll(conversations.stream().map(c -> GenesysEvents.customerEnd(org.orgId(), c)).toList());

        awaitOrExplain("every announced conversation stored complete",
                () -> storedComplete(conversations) == conversations.size());
        long calls = batchCalls() - callsBefore;
        assertTrue(calls >= 1 && calls <= 4, conversations.size() + " conversations took " + calls
                + " batch details calls");
    }

    /**
     * 10 % each of 429s, 503s, connection resets and calls held past the read timeout, on every Genesys endpoint
     * (the token endpoint included): every conversation still stored, no request beyond the org's budget.
     */
    @Test
    void shouldStoreEveryAnnouncedConversationThroughTenPercentOfEachFault() throws Exception {
        List<SimConversation> conversations = conversationsOfHour(12, 40);
        long overBudget = SimulatorForIts.start().control().requests().overBudget(SimulatorForIts.LIVE);
        SimulatorForIts.start().control().inject(
                Fault.rateLimitStorm(1).on("*", "*").withProbability(0.1),
                Fault.serverError(503).on("*", "*").withProbability(0.1),
                Fault.connectionReset().on("*", "*").withProbability(0.1),
                Fault.timeout(Duration.ofSeconds(10)).on("*", "*").withProbability(0.1));
        try {
            publisher.publishAll(conversations.stream().map(c -> GenesysEvents.customerEnd(org.orgId(), c)).toList());

            awaitOrExplain("every announced conversation stored complete through the faults",
                    () -> storedComplete(conversations) == conversations.size());
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }
        long beyond = SimulatorForIts.start().control().requests().overBudget(SimulatorForIts.LIVE) - overBudget;
        assertEquals(0, beyond, "no request beyond the org's budget");
        FaultFigures.print("LiveEventsIT.shouldStoreEveryAnnouncedConversationThroughTenPercentOfEachFault",
                storedComplete(conversations) + " of " + conversations.size() + " conversations stored complete, "
                        + beyond + " requests beyond the budget");
    }

    @Test
    void shouldStoreDuplicatedRetriedAndShuffledDeliveriesOnce() throws Exception {
        List<SimConversation> conversations = conversationsOfHour(10, 10);
        List<GenesysEvent> logins = logins(6);
        publisher.publishDuplicated(logins.get(0));
        publisher.publishRetried(logins.get(1));
        List<GenesysEvent> rest = new ArrayList<>(logins.subList(2, logins.size()));
        conversations.forEach(c -> rest.add(GenesysEvents.customerEnd(org.orgId(), c)));
        publisher.publishShuffled(rest, 7);
        publisher.publishDuplicated(GenesysEvents.customerEnd(org.orgId(), conversations.get(0)));

        awaitOrExplain("conversations stored", () -> storedComplete(conversations) == conversations.size());
        awaitOrExplain("token events stored", () -> sessionsOf(loginUsers(logins)).size() >= logins.size());
        List<String> sessions = sessionsOf(loginUsers(logins));
        assertEquals(logins.size(), sessions.size(), "one stored session per token event: " + sessions);
        assertEquals(logins.size(), new HashSet<>(sessions).size());
    }

    @Test
    void shouldStoreOperationalEventsWithTheirFields() throws Exception {
        OperationalEventDefinition definition = OperationalEventDefinition.CATALOGUE.get(0);
        String entity = "edge-" + UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(30);
        publisher.publishAll(List.of(GenesysEvents.operational(org.orgId(),
                new OperationalEvent(definition, entity, "Edge 7", null, at))));

        awaitOrExplain("operational event stored", () -> operationalEvent(entity) != null);
        JsonObject stored = operationalEvent(entity);
        assertEquals(definition.id(), stored.getString("definitionId"));
        assertEquals(definition.name(), stored.getString("definitionName"));
        assertEquals("Edge 7", stored.getString("entityName"));
        assertEquals(at, Instant.parse(stored.getString("occurredAt")), "epoch milliseconds read as an instant");
    }

    @Test
    void shouldQuarantineEachMalformedKindKeepPollingAndReplayOnceTheTenantIsEnabled() throws Exception {
        List<GenesysEvent> logins = logins(2);
        long quarantinedBefore = quarantinedByPoller();
        long deadBefore = deadLettered();
        for (Malformation kind : Malformation.values()) {
            publisher.publishMalformed(logins.get(0), kind);
        }
        String oversized = "{\"padding\":\"" + "x".repeat(300_000) + "\"}";
        publisher.send(List.of(oversized.substring(0, 250_000)));

        awaitOrExplain("each malformed kind quarantined", () -> reasons().containsAll(Set.of("INVALID_JSON",
                "UNKNOWN_TOPIC", "UNKNOWN_TENANT", "SOURCE_MISMATCH", "NOT_AN_EVENT", "OVERSIZED")));
        // one each, the oversized one included: a message nested too deep for the parser, or with a NUL in its org
        // id, is quarantined alone; WRONG_TYPES is read as it comes (its values as text), not quarantined
        int quarantinable = Malformation.values().length - 1 + 1;
        awaitOrExplain("every malformed message quarantined",
                () -> quarantinedByPoller() - quarantinedBefore >= quarantinable);
        assertEquals(deadBefore, deadLettered(), "no malformed message went to the dead-letter queue");
        // rawBody is a JSON string in the answer: look for the value, whose quotes are escaped there
        String tokenHash = logins.get(0).eventBody().getString("tokenHash");
        assertTrue(CollectorApi.get("/api/admin/quarantine?limit=200", Account.ADMIN).body().contains(tokenHash),
                "an admin reads the raw bodies whole");
        String viewed = CollectorApi.get("/api/admin/quarantine?limit=200", Account.VIEWER).body();
        assertFalse(viewed.contains(tokenHash), "a viewer never sees a token hash");
        assertTrue(viewed.contains("(redacted)"), "but sees that it was there");

        HttpResponse<String> disabled = CollectorApi.delete(tenantPath(), Account.ADMIN);
        assertEquals(200, disabled.statusCode(), disabled.body());
        try {
            publisher.publishAll(List.of(logins.get(1)));
            awaitOrExplain("the disabled tenant's event quarantined", () -> reasons().contains("DISABLED_TENANT"));
        } finally {
            enable();
        }

        HttpResponse<String> replayed = CollectorApi.postJson("/api/admin/quarantine/replay", "", Account.ADMIN);
        assertEquals(200, replayed.statusCode(), replayed.body());
        assertTrue(CollectorApi.json(replayed).getInt("stored") >= 1, replayed.body());
        assertEquals(1, sessionsOf(loginUsers(logins.subList(1, 2))).size(), "the replayed event is stored");
        HttpResponse<String> queues = CollectorApi.get("/api/admin/event-queues", Account.VIEWER);
        assertTrue(queues.body().contains("\"state\":\"RUNNING\""), queues.body());
    }

    /** Waits for the condition; on timeout, fails with what the server's queues and quarantine say. */
    private static void awaitOrExplain(String alias, java.util.concurrent.Callable<Boolean> condition)
            throws Exception {
        try {
            await(alias).atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(alias + " did not happen within " + PATIENCE + "; queues: "
                    + CollectorApi.get("/api/admin/event-queues", Account.VIEWER).body() + "; quarantine: "
                    + CollectorApi.get("/api/admin/quarantine?limit=20", Account.VIEWER).body().replaceAll(
                            "\"rawBody\":\"(?:[^\"\\\\]++|\\\\.)*+\"", "\"rawBody\":\"...\""), e);
        }
    }

    /**
     * A real stop of the server while 400 events are received: each is stored once after the start. The H2 run
     * covers it: a stop hands the receive batches back the same way on either database, and the PostgreSQL run kills
     * the server mid-ingest instead (below).
     */
    @Test
    void shouldStoreEveryEventExactlyOnceAcrossARealServerStop() throws Exception {
        TestServer.onlyOnTheEmbeddedDatabase();
        String user = UUID.randomUUID().toString();
        List<GenesysEvent> logins = loginsOf(user, 400);
        publisher.publishAll(logins);

        TestServer.restart();

        awaitOrExplain("every token event stored after the restart",
                () -> sessionsOf(List.of(user)).size() >= logins.size());
        List<String> stored = sessionsOf(List.of(user));
        assertEquals(logins.size(), stored.size(), "each event stored once");
        assertEquals(logins.size(), new HashSet<>(stored).size());
    }

    /**
     * {@code kill -9} of the server while 10,000 events are being received (by 16 receive loops on the test server):
     * once it is back, every event is stored exactly once. PostgreSQL only: the embedded H2 is not crash-safe under
     * concurrent commits (in one of two runs it lost 318 events whose messages were already deleted, none
     * dead-lettered, none redelivered); it is for development and demos.
     */
    @Test
    void shouldStoreTenThousandEventsExactlyOnceThroughAKillOfTheServerMidIngest() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "needs the PostgreSQL run");
        List<String> users = new ArrayList<>();
        List<GenesysEvent> logins = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String user = UUID.randomUUID().toString();
            users.add(user);
            logins.addAll(loginsOf(user, 200));
        }
        long storedBefore = storedByPoller();
        long deadBefore = deadLettered();
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> publisher.publishAll(logins));
        awaitOrExplain("ingest under way", () -> storedByPoller() - storedBefore >= 1_000 || publishing.isDone());
        long storedAtKill = storedByPoller() - storedBefore;

        TestServer.crashAndStart();
        publishing.get(2, TimeUnit.MINUTES);

        try {
            await("all 10,000 events stored after the kill").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(2)).until(() -> sessionsOf(users).size() >= logins.size());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(sessionsOf(users).size() + " of " + logins.size() + " stored, "
                    + (deadLettered() - deadBefore) + " dead-lettered; queues: "
                    + CollectorApi.get("/api/admin/event-queues", Account.VIEWER).body(), e);
        }
        List<String> stored = sessionsOf(users);
        assertEquals(logins.size(), stored.size(), "each event stored once");
        assertEquals(logins.size(), new HashSet<>(stored).size());
        FaultFigures.print("LiveEventsIT.shouldStoreTenThousandEventsExactlyOnceThroughAKillOfTheServerMidIngest",
                "killed after " + storedAtKill + " stored; afterwards " + stored.size() + " of " + logins.size()
                        + " stored, " + new HashSet<>(stored).size() + " distinct, "
                        + (deadLettered() - deadBefore) + " dead-lettered");
    }

    /** Events the server's poller stored since it started (0 while it does not answer). */
    private static long storedByPoller() throws Exception {
        return queueTotal("stored");
    }

    /** Messages the server's poller quarantined since it started (0 while it does not answer). */
    private static long quarantinedByPoller() throws Exception {
        return queueTotal("quarantined");
    }

    private static long queueTotal(String figure) throws Exception {
        HttpResponse<String> queues = CollectorApi.get("/api/admin/event-queues", Account.VIEWER);
        if (queues.statusCode() != 200) {
            return 0;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(queues.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .mapToLong(q -> q.getJsonNumber(figure).longValue()).sum();
        }
    }

    @Test
    void shouldLeaveEventsInTheQueueWhileItsPollerIsStoppedAndStoreThemWhenStarted() throws Exception {
        String queue = "/api/admin/event-queues/" + System.getProperty("it.sqs.queue", "collector-it-events");
        List<GenesysEvent> logins = logins(5);
        HttpResponse<String> stopped = CollectorApi.postJson(queue + "/stop", "", Account.ADMIN);
        assertEquals(200, stopped.statusCode(), stopped.body());
        try {
            assertEquals("STOPPED", CollectorApi.json(stopped).getString("state"));
            assertEquals(403, CollectorApi.postJson(queue + "/start", "", Account.VIEWER).statusCode());
            publisher.publishAll(logins);
            awaitOrExplain("the events waiting in SQS", () -> CollectorApi.json(CollectorApi.get(queue,
                    Account.VIEWER)).getJsonNumber("waiting").longValue() >= logins.size());
            assertEquals(0, sessionsOf(loginUsers(logins)).size(), "nothing received while stopped");
        } finally {
            assertEquals(200, CollectorApi.postJson(queue + "/start", "", Account.ADMIN).statusCode());
        }
        awaitOrExplain("the waiting events stored after the start",
                () -> sessionsOf(loginUsers(logins)).size() == logins.size());
        String ready = CollectorApi.get("/health/ready", Account.NOBODY).body();
        assertTrue(ready.contains("\"name\":\"sqs\"") && ready.contains("\"status\":\"UP\""), ready);
        assertEquals(404, CollectorApi.get("/api/admin/event-queues/no-such-queue", Account.VIEWER).statusCode());
    }

    /**
     * PostgreSQL only (the embedded H2 lives inside the server): the collector's database role may not log in and
     * its connections are cut for a while; events published meanwhile stay in the queue and are stored once each
     * when the database is back.
     */
    @Test
    void shouldKeepEventsThroughADatabaseOutageAndStoreThemOnceItIsBack() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "needs the PostgreSQL run");
        String user = UUID.randomUUID().toString();
        List<GenesysEvent> logins = loginsOf(user, 30);
        String role = System.getProperty("it.db.user");
        long deadBefore = deadLettered();
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection("jdbc:postgresql://"
                + System.getProperty("it.db.host") + ":" + System.getProperty("it.db.port") + "/"
                + System.getProperty("it.db.name"), "postgres", "")) {
            try {
                admin.createStatement().execute("ALTER ROLE " + role + " NOLOGIN");
                admin.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE usename = '" + role + "'");
                publisher.publishAll(logins);
                awaitOrExplain("the poller waiting for the database", () -> CollectorApi.get(
                        "/api/admin/event-queues", Account.VIEWER).body().contains("WAITING_FOR_DATABASE"));
                HttpResponse<String> ready = CollectorApi.get("/health/ready", Account.NOBODY);
                assertEquals(503, ready.statusCode(), ready.body());
                assertTrue(ready.body().contains("\"waitingForDatabase\":1"), ready.body());
                // long enough for five receives of every message at the test server's back-off of 2 s, had the
                // loops gone on receiving and handing back: the dead-letter queue would have them all
                await("the events wait in the queue, none in the dead-letter queue").during(Duration.ofSeconds(20))
                        .atMost(Duration.ofSeconds(30)).until(() -> deadLettered() == deadBefore);
                assertEquals(0, storedWhileDown(admin, user), "nothing stored while the database is down");
            } finally {
                admin.createStatement().execute("ALTER ROLE " + role + " LOGIN");
            }
        }

        awaitOrExplain("every event stored once the database is back",
                () -> sessionsOf(List.of(user)).size() >= logins.size());
        List<String> stored = sessionsOf(List.of(user));
        assertEquals(logins.size(), stored.size(), "each event stored once");
        assertEquals(logins.size(), new HashSet<>(stored).size());
        assertEquals(deadBefore, deadLettered(), "no healthy message burnt");
        FaultFigures.print("LiveEventsIT.shouldKeepEventsThroughADatabaseOutageAndStoreThemOnceItIsBack",
                "queue WAITING_FOR_DATABASE and readiness 503 while logins were refused, 0 dead-lettered over 20 s; "
                        + stored.size() + " of " + logins.size() + " events stored once afterwards");
    }

    private static long storedWhileDown(java.sql.Connection admin, String user) throws Exception {
        try (java.sql.ResultSet rs = admin.createStatement().executeQuery(
                "SELECT COUNT(*) FROM user_session WHERE user_id = '" + user + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void enable() throws Exception {
        JsonObject current = CollectorApi.json(CollectorApi.get(tenantPath(), Account.ADMIN));
        HttpResponse<String> enabled = CollectorApi.putJson(tenantPath(), "{\"name\":\"" + current.getString("name")
                + "\",\"apiBaseUrl\":\"" + current.getString("apiBaseUrl") + "\",\"enabled\":true,\"version\":"
                + current.getJsonNumber("version") + "}", Account.ADMIN);
        assertEquals(200, enabled.statusCode(), enabled.body());
    }

    private static Set<String> reasons() throws Exception {
        HttpResponse<String> page = CollectorApi.get("/api/admin/quarantine?limit=200", Account.VIEWER);
        assertEquals(200, page.statusCode(), page.body());
        Set<String> reasons = new HashSet<>();
        CollectorApi.json(page).getJsonArray("messages").getValuesAs(JsonObject.class)
                .forEach(m -> reasons.add(m.getString("reason")));
        return reasons;
    }

    private static List<SimConversation> conversationsOfHour(int hour, int count) {
        Instant from = YESTERDAY.plus(Duration.ofHours(hour));
        return OrgDataFactory.create(org, SimulatorSettings.defaults()).conversations()
                .startingBetween(from, from.plus(Duration.ofHours(1)), Instant.now()).limit(count).toList();
    }

    /** Token events of fresh users, so each test sees only its own sessions. */
    private static List<GenesysEvent> logins(int count) {
        List<GenesysEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = UUID.randomUUID().toString();
            events.add(GenesysEvents.userToken(org.orgId(), new UserLogin(user, "Agent " + i,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), Duration.ofHours(8), UUID.randomUUID().toString(),
                    "client-" + i, "hash-" + i, "192.0.2." + (i + 1))));
        }
        return events;
    }

    private static List<String> loginUsers(List<GenesysEvent> logins) {
        return logins.stream().map(GenesysEvent::topicId).toList();
    }

    private static JsonObject operationalEvent(String entityId) throws Exception {
        HttpResponse<String> page = CollectorApi.get(tenantPath("operational-events?limit=1000"), Account.VIEWER);
        return CollectorApi.json(page).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> entityId.equals(e.getString("entityId", null))).findFirst().orElse(null);
    }

    private static int storedComplete(List<SimConversation> conversations) throws Exception {
        int complete = 0;
        for (SimConversation c : conversations) {
            HttpResponse<String> r = CollectorApi.get(tenantPath("conversations/" + c.conversationId()),
                    Account.VIEWER);
            if (r.statusCode() == 200 && CollectorApi.json(r).getJsonObject("conversation").getBoolean("complete")) {
                complete++;
            }
        }
        return complete;
    }

    private static long batchCalls() {
        return SimulatorForIts.start().control().requests().count(SimulatorForIts.LIVE, BATCH_DETAILS);
    }

    private static List<GenesysEvent> loginsOf(String user, int count) {
        return EventsForIts.loginsOf(org.orgId(), user, count);
    }

    private static List<String> sessionsOf(List<String> users) throws Exception {
        return EventsForIts.sessionsOf(tenant, users);
    }

    private static long deadLettered() {
        return EventsForIts.deadLettered();
    }

    private static String tenantPath() {
        return "/api/admin/tenants/" + tenant;
    }

    private static String tenantPath(String read) {
        return "/api/tenants/" + tenant + "/" + read;
    }
}
