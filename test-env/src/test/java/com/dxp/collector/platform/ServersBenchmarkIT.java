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
 * the test server alone and then with {@link SecondServer} beside it, measures live events stored per second (user
 * login events published at once to the shared queue, every server receiving) and backfilled conversations per
 * second (two tenants of the benchmark org backfilling the same days at once, with two servers one on each). On two
 * cores a second server cannot double anything: the point is that scale-out is correct and does not fall.
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

        System.out.printf("%nServers benchmark: %d login events; 2 tenants backfilling %d days of %d conversations"
                + " a day (jobs strategy); db %s%n", events, days, Integer.getInteger("benchmark.backfill.per-day",
                        500), System.getProperty("it.db.kind"));
        System.out.printf("  %-12s %12s %20s%n", "servers", "events/s", "conversations/s");
        System.out.printf("  %-12s %12.0f %20.0f%n", "one", one.eventsPerSecond(), one.conversationsPerSecond());
        System.out.printf("  %-12s %12.0f %20.0f%n", "two", two.eventsPerSecond(), two.conversationsPerSecond());
        System.out.printf("  two / one    %12.2f %20.2f%n", two.eventsPerSecond() / one.eventsPerSecond(),
                two.conversationsPerSecond() / one.conversationsPerSecond());
    }

    /** What one phase measured. */
    private record Figures(double eventsPerSecond, double conversationsPerSecond) {
    }

    private static Figures measure(List<String> roots, int events, Instant from, Instant to) throws Exception {
        return new Figures(eventsPerSecond(events), conversationsPerSecond(roots, from, to));
    }

    /** Login events of {@code n / 200} users, 200 each, published at once; until every one is stored. */
    private static double eventsPerSecond(int n) throws Exception {
        String tenant = VerifiedTenant.createWithEventSource("Servers benchmark", SimulatorForIts.LIVE);
        try {
            List<String> users = new ArrayList<>();
            List<GenesysEvent> logins = new ArrayList<>();
            for (int i = 0; i < Math.max(1, n / 200); i++) {
                String user = UUID.randomUUID().toString();
                users.add(user);
                logins.addAll(EventsForIts.loginsOf(SimulatorForIts.liveOrg().orgId(), user, 200));
            }
            long start = System.nanoTime();
            SqsForIts.publisher().publishAll(logins);
            await("every login event stored").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> EventsForIts.sessionsOf(tenant, users).size() >= logins.size());
            return logins.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            VerifiedTenant.purge(tenant);
        }
    }

    /** Two tenants backfill {@code [from, to)} at once, started on the servers in turn; until both completed. */
    private static double conversationsPerSecond(List<String> roots, Instant from, Instant to) throws Exception {
        List<String> tenants = List.of(VerifiedTenant.create("Servers benchmark A", SimulatorForIts.BENCHMARK),
                VerifiedTenant.create("Servers benchmark B", SimulatorForIts.BENCHMARK));
        try {
            long start = System.nanoTime();
            List<String> runs = new ArrayList<>();
            for (int i = 0; i < tenants.size(); i++) {
                HttpResponse<String> started = CollectorApi.postJson(roots.get(i % roots.size()),
                        BackfillRuns.backfills(tenants.get(i)), "{\"from\":\"" + from + "\",\"to\":\"" + to
                                + "\",\"strategy\":\"jobs\"}", Account.ADMIN);
                assertEquals(202, started.statusCode(), started.body());
                runs.add(BackfillRuns.backfills(tenants.get(i)) + "/" + CollectorApi.json(started)
                        .getJsonObject("run").getJsonNumber("id").longValue());
            }
            long stored = 0;
            for (String run : runs) {
                await("the backfill " + run + " ended").atMost(Duration.ofMinutes(60))
                        .pollInterval(Duration.ofSeconds(1)).until(() -> !List.of("STARTING", "STARTED", "STOPPING")
                                .contains(CollectorApi.json(CollectorApi.get(run, Account.VIEWER)).getString("status")));
                JsonObject done = CollectorApi.json(CollectorApi.get(run, Account.VIEWER));
                assertEquals("COMPLETED", done.getString("status"), done.toString());
                stored += done.getJsonNumber("conversationsStored").longValue();
            }
            return stored / ((System.nanoTime() - start) / 1e9);
        } finally {
            for (String tenant : tenants) {
                VerifiedTenant.purge(tenant);
            }
        }
    }
}
