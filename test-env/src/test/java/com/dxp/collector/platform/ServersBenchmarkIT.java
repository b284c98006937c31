package com.dxp.collector.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.backfill.BackfillRuns;
import com.dxp.collector.events.EventsForIts;
import com.dxp.collector.events.SqsForIts;
import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.events.GenesysEvent;
import com.dxp.collector.platform.CollectorApi.Account;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * One server against two on the same machine, a tool rather than a test: it prints figures and asserts no timing.
 * Runs only when asked ({@code -Dbenchmark.servers.events=20000}; see README), on PostgreSQL. Each phase, first with
 * the test server alone and then with {@link SecondServer} beside it, puts one mixed load on them: a backfill of the
 * benchmark org on the first server while login events for another tenant are published at once to the shared queue,
 * and measures events stored per second and conversations backfilled per second. With two servers the second takes
 * part of the events, so the first has more of the machine for the backfill. On two cores a second server cannot
 * double anything: the point is that scale-out is correct and does not fall.
 */
@MicroShedTest
class ServersBenchmarkIT {

    @Test
    void printOneAgainstTwoServers() throws Exception {
        int events = Integer.getInteger("benchmark.servers.events", 0);
        assumeTrue(events > 0, "a benchmark: run with -Dbenchmark.servers.events=20000");
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "several servers need PostgreSQL");
        int days = Integer.getInteger("benchmark.servers.backfill-days", 4);
        Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
        Instant from = to.minus(Duration.ofDays(days));

        Figures one = measure(List.of(CollectorApi.root()), events, from, to);
        Figures two;
        try (SecondServer second = SecondServer.start(Map.of())) {
            two = measure(List.of(CollectorApi.root(), second.root()), events, from, to);
        }

        System.out.printf("%nServers benchmark: %d login events published during a backfill of %d days of %d"
                + " conversations a day (jobs strategy); db %s%n", events, days, Integer.getInteger(
                        "benchmark.backfill.per-day", 500), System.getProperty("it.db.kind"));
        System.out.printf("  %-12s %12s %20s%n", "servers", "events/s", "conversations/s");
        System.out.printf("  %-12s %12.0f %20.0f%n", "one", one.eventsPerSecond(), one.conversationsPerSecond());
        System.out.printf("  %-12s %12.0f %20.0f%n", "two", two.eventsPerSecond(), two.conversationsPerSecond());
        System.out.printf("  two / one    %12.2f %20.2f%n", two.eventsPerSecond() / one.eventsPerSecond(),
                two.conversationsPerSecond() / one.conversationsPerSecond());
    }

    /** What one phase measured. */
    private record Figures(double eventsPerSecond, double conversationsPerSecond) {
    }

    /**
     * One phase: a tenant of the benchmark org backfills {@code [from, to)} on the first server while {@code events}
     * login events of another tenant are published at once to the queue all servers receive from; both rates are
     * measured under that mixed load, each from the phase's start to its own end.
     */
    private static Figures measure(List<String> roots, int events, Instant from, Instant to) throws Exception {
        String live = VerifiedTenant.createWithEventSource("Servers benchmark live", SimulatorForIts.LIVE);
        String history = VerifiedTenant.create("Servers benchmark history", SimulatorForIts.BENCHMARK);
        try {
            List<String> users = new ArrayList<>();
            List<GenesysEvent> logins = new ArrayList<>();
            for (int i = 0; i < Math.max(1, events / 200); i++) {
                String user = UUID.randomUUID().toString();
                users.add(user);
                logins.addAll(EventsForIts.loginsOf(SimulatorForIts.liveOrg().orgId(), user, 200));
            }
            long start = System.nanoTime();
            HttpResponse<String> started = CollectorApi.postJson(roots.get(0), BackfillRuns.backfills(history),
                    "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"strategy\":\"jobs\"}", Account.ADMIN);
            assertEquals(202, started.statusCode(), started.body());
            String run = BackfillRuns.backfills(history) + "/" + CollectorApi.json(started).getJsonObject("run")
                    .getJsonNumber("id").longValue();
            SqsForIts.publisher().publishAll(logins);
            await("every login event stored").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> EventsForIts.sessionsOf(live, users).size() >= logins.size());
            double eventsPerSecond = logins.size() / ((System.nanoTime() - start) / 1e9);
            await("the backfill ended").atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !List.of("STARTING", "STARTED", "STOPPING").contains(
                            CollectorApi.json(CollectorApi.get(run, Account.VIEWER)).getString("status")));
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonObject done = CollectorApi.json(CollectorApi.get(run, Account.VIEWER));
            assertEquals("COMPLETED", done.getString("status"), done.toString());
            return new Figures(eventsPerSecond, done.getJsonNumber("conversationsStored").longValue() / seconds);
        } finally {
            VerifiedTenant.purge(live);
            VerifiedTenant.purge(history);
        }
    }
}
