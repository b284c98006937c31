package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.backfill.BackfillRuns;
import com.dxp.collector.events.EventsForIts;
import com.dxp.collector.events.SqsForIts;
import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.api.RequestLog;
import com.dxp.collector.genesys.simulator.api.SimulatorControl;
import com.dxp.collector.genesys.simulator.events.GenesysEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Two collector servers on one machine, one PostgreSQL and one queue (the test server and {@link SecondServer}):
 * each lists both; 10,000 events are received by both and stored once each; a busy tenant's Genesys calls from both
 * servers together keep to its org's limit, as the simulator's request log shows; a backfill whose server is killed
 * is finished by the other, and so is one whose server stops gracefully (handed over at once); one stopped through
 * the other server stops, and a restart of one leaves the other's run alone. PostgreSQL only: H2 serves one server.
 */
@MicroShedTest
class SeveralServersIT {

    /** The busy tenant's org limit: small, so both servers are busy with it within a few minutes. */
    private static final int LIMIT = 60;

    private static SecondServer second;
    private static String busyTenant;
    private static Instant busyVerifiedAt;

    @BeforeAll
    static void startTheSecondServer() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "several servers need PostgreSQL");
        // verified first: until its verification has read the org's limit, the collector assumes the default one,
        // and the minute of those calls passes while the second server starts
        SimulatorForIts.start().control().limitRequests(SimulatorForIts.SHARED, LIMIT);
        busyTenant = VerifiedTenant.create("Shared budget", SimulatorForIts.SHARED);
        busyVerifiedAt = Instant.now();
        second = SecondServer.start(Map.of());
    }

    @AfterAll
    static void stopTheSecondServer() throws Exception {
        if (busyTenant != null) {
            SimulatorForIts.start().control().unlimitRequests(SimulatorForIts.SHARED);
            VerifiedTenant.purge(busyTenant);
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void shouldListBothServersLiveOnEitherServer() throws Exception {
        for (String root : List.of(CollectorApi.root(), second.root())) {
            await("both servers listed live by " + root).atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> servers(root).stream().filter(s -> s.getString("state").equals("LIVE")).count() >= 2);
            List<JsonObject> servers = servers(root);
            assertEquals(1, servers.stream().filter(s -> s.getBoolean("self")).count(), servers.toString());
            assertTrue(servers.stream().anyMatch(s -> s.getString("serverId").endsWith("/" + SecondServer.NAME)
                    && s.getString("state").equals("LIVE")), servers.toString());
            // Liberty's batch names, read from its ServerInfo MBean: host/user dir/server name, one per server
            List<String> batchNames = servers.stream().filter(s -> s.getString("state").equals("LIVE"))
                    .map(s -> s.getString("batchServerId")).toList();
            assertEquals(batchNames.size(), Set.copyOf(batchNames).size(), batchNames.toString());
            assertTrue(batchNames.stream().anyMatch(n -> n.endsWith("/" + SecondServer.NAME)), batchNames.toString());
        }
    }

    @Test
    void shouldStoreEachOfTenThousandEventsOnceWithBothServersReceiving() throws Exception {
        String tenant = VerifiedTenant.createWithEventSource("Two servers", SimulatorForIts.LIVE);
        try {
            List<String> users = new ArrayList<>();
            List<GenesysEvent> logins = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String user = UUID.randomUUID().toString();
                users.add(user);
                logins.addAll(EventsForIts.loginsOf(SimulatorForIts.liveOrg().orgId(), user, 200));
            }
            long firstBefore = received(CollectorApi.root());
            long secondBefore = received(second.root());
            long deadBefore = EventsForIts.deadLettered();
            Instant start = Instant.now();

            SqsForIts.publisher().publishAll(logins);
            await("all 10,000 events stored").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> EventsForIts.sessionsOf(tenant, users).size() >= logins.size());

            List<String> stored = EventsForIts.sessionsOf(tenant, users);
            assertEquals(logins.size(), stored.size(), "each event stored once");
            assertEquals(logins.size(), new HashSet<>(stored).size());
            assertEquals(deadBefore, EventsForIts.deadLettered(), "none dead-lettered");
            long byFirst = received(CollectorApi.root()) - firstBefore;
            long bySecond = received(second.root()) - secondBefore;
            System.out.printf("two servers stored 10,000 events in %d ms: %d received by the first, %d by the"
                    + " second%n", Duration.between(start, Instant.now()).toMillis(), byFirst, bySecond);
            assertTrue(byFirst > 0 && bySecond > 0, "both received: " + byFirst + " and " + bySecond);
            assertTrue(byFirst + bySecond >= logins.size(), byFirst + " + " + bySecond);
        } finally {
            VerifiedTenant.purge(tenant);
        }
    }

    /**
     * The first server backfills the busy tenant while the second reconciles other days of it: both call Genesys
     * for the same tenant at once, and together they stay within its limit of {@value #LIMIT} a minute. Without the
     * budget they share, each server would spend the whole limit (120 a minute between them) and the simulator would
     * refuse, and count, what goes beyond.
     */
    @Test
    void shouldKeepABusyTenantWithinItsLimitAcrossBothServers() throws Exception {
        SimulatorControl control = SimulatorForIts.start().control();
        String tenant = busyTenant;
        // the simulator counts a client's minute from its first request: the verification's probes, sent at the
        // default limit before the org's own was known, must be in a minute of their own
        await("the minute of the verification's probes over").atMost(Duration.ofSeconds(75))
                .until(() -> Instant.now().isAfter(busyVerifiedAt.plusSeconds(61)));
        RequestLog log = control.requests();
        long refusedBefore = log.overBudget(SimulatorForIts.SHARED);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant start = Instant.now();
        JsonObject run = BackfillRuns.start(tenant, today.minus(Duration.ofDays(40)), today.minus(Duration.ofDays(20)),
                "query");
        CompletableFuture<HttpResponse<String>> reconciled = CompletableFuture.supplyAsync(() -> {
            try {
                return CollectorApi.postJson(second.root(), "/api/admin/tenants/" + tenant + "/reconciliations",
                        "{\"from\":\"" + today.minus(Duration.ofDays(4)) + "\",\"to\":\"" + today.minus(
                                Duration.ofDays(2)) + "\"}", ADMIN, Duration.ofMinutes(5));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        HttpResponse<String> reconciliation = reconciled.get(6, TimeUnit.MINUTES);
        assertEquals(200, reconciliation.statusCode(), reconciliation.body());
        // more than a minute, so that a whole minute's window lies within what the log is asked about
        await("75 s of both servers calling").atMost(Duration.ofMinutes(3))
                .until(() -> Instant.now().isAfter(start.plus(Duration.ofSeconds(75))));
        Instant end = Instant.now();
        assertEquals(200, CollectorApi.postJson(BackfillRuns.backfills(tenant) + "/"
                + run.getJsonNumber("id").longValue() + "/stop", "", ADMIN).statusCode());

        long busiest = log.busiestMinute(SimulatorForIts.SHARED, start, end);
        long calls = log.count(SimulatorForIts.SHARED, start, end);
        System.out.printf("a busy tenant on two servers: %d calls in %d s, at most %d in a minute (limit %d)%n",
                calls, Duration.between(start, end).toSeconds(), busiest, LIMIT);
        assertTrue(busiest <= LIMIT, "at most " + LIMIT + " in any minute: " + busiest);
        assertTrue(calls > LIMIT, calls + " calls: the test needs more than a minute's budget");
        assertEquals(refusedBefore, log.overBudget(SimulatorForIts.SHARED), "requests beyond the org's limit");
    }

    @Test
    void shouldStopARunningBackfillOfOneServerThroughTheOther() throws Exception {
        String tenant = VerifiedTenant.create("Stopped elsewhere", SimulatorForIts.FULL);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        try {
            String run = BackfillRuns.startSlowed(second.root(), tenant, today.minus(Duration.ofDays(35)),
                    today.minus(Duration.ofDays(28)));
            await("the run started on the second server").atMost(Duration.ofMinutes(1)).ignoreExceptions()
                    .until(() -> CollectorApi.json(CollectorApi.get(run, VIEWER)).getString("status")
                            .equals("STARTED"));

            HttpResponse<String> stop = CollectorApi.postJson(run + "/stop", "", ADMIN);

            assertEquals(200, stop.statusCode(), stop.body());
            await("the run stopped by its own server").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> CollectorApi.json(CollectorApi.get(second.root(), run, VIEWER)).getString("status")
                            .equals("STOPPED"));
        } finally {
            SimulatorForIts.start().control().clearFaults();
            VerifiedTenant.purge(tenant);
        }
    }

    /**
     * {@code kill -9} of the server running a backfill: the other server finds the run left active on a dead server,
     * marks its execution failed and restarts it from its checkpoints, and the run completes with every
     * conversation of the period stored.
     */
    @Test
    void shouldFinishABackfillOnTheOtherServerWhenItsServerIsKilled() throws Exception {
        finishedElsewhereAfter("killed", second::kill, Duration.ofMinutes(4));
    }

    /**
     * A graceful stop of the server running a backfill hands the run over: its execution is stopped at a checkpoint
     * and marked handed over, and the other server restarts it at its next look, without waiting for the stopped
     * server's heartbeat to age, and the run completes with every conversation of the period stored.
     */
    @Test
    void shouldHandABackfillOverToTheOtherServerWhenItsServerStops() throws Exception {
        finishedElsewhereAfter("stopped", second::stop, Duration.ofMinutes(4));
    }

    /**
     * Liberty fails at start the running executions under its own name: the two servers' names differ, so a restart of
     * the first leaves the second's run alone, and it completes in its first execution.
     */
    @Test
    void shouldLeaveTheOtherServersRunAloneWhenOneRestarts() throws Exception {
        String tenant = VerifiedTenant.create("Left alone", SimulatorForIts.FULL);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        try {
            String run = BackfillRuns.startSlowed(second.root(), tenant, today.minus(Duration.ofDays(35)),
                    today.minus(Duration.ofDays(30)));

            TestServer.restart();

            await("the second server's run completed").atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> CollectorApi.json(CollectorApi.get(second.root(), run, VIEWER)).getString("status")
                            .equals("COMPLETED"));
            assertEquals(1, CollectorApi.json(CollectorApi.get(run, VIEWER)).getInt("executions"),
                    "never failed by the other server's start");
        } finally {
            SimulatorForIts.start().control().clearFaults();
            VerifiedTenant.purge(tenant);
        }
    }

    /**
     * A backfill started on the second server, which then ends by {@code end}, completes on the first, in at most
     * {@code patience}.
     */
    private static void finishedElsewhereAfter(String how, Ending end, Duration patience) throws Exception {
        String tenant = VerifiedTenant.create("Taken over", SimulatorForIts.FULL);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant from = today.minus(Duration.ofDays(35));
        Instant to = today.minus(Duration.ofDays(28));
        try {
            String run = BackfillRuns.underWay(second.root(), tenant, from, to);
            long runId = Long.parseLong(run.substring(run.lastIndexOf('/') + 1));
            await("the run listed under the second server by the first").atMost(Duration.ofSeconds(30))
                    .ignoreExceptions().until(() -> servers(CollectorApi.root()).stream()
                            .filter(s -> !s.getBoolean("self")).flatMap(s -> s.getJsonObject("activity")
                                    .getJsonArray("runs").getValuesAs(JsonObject.class).stream())
                            .anyMatch(r -> r.getJsonNumber("runId").longValue() == runId
                                    && r.getString("tenantId").equals(tenant)));

            end.end();
            Instant ended = Instant.now();
            JsonObject done = BackfillRuns.resumedAndCompleted(tenant, run, from, to, patience);
            System.out.printf("a backfill whose server was %s completed %d s later, in %d executions%n", how,
                    Duration.between(ended, Instant.now()).toSeconds(), done.getInt("executions"));
        } finally {
            SimulatorForIts.start().control().clearFaults();
            second.startAgain();
            VerifiedTenant.purge(tenant);
        }
    }

    /** How the second server ends. */
    @FunctionalInterface
    private interface Ending {
        void end() throws Exception;
    }

    private static List<JsonObject> servers(String root) throws Exception {
        HttpResponse<String> response = CollectorApi.get(root, "/api/admin/servers", VIEWER);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    /** Messages the server's receive loops took since it started. */
    private static long received(String root) throws Exception {
        HttpResponse<String> queues = CollectorApi.get(root, "/api/admin/event-queues", VIEWER);
        assertEquals(200, queues.statusCode(), queues.body());
        return Json.createReader(new StringReader(queues.body())).readArray().getValuesAs(JsonObject.class).stream()
                .mapToLong(q -> q.getJsonNumber("received").longValue()).sum();
    }
}
