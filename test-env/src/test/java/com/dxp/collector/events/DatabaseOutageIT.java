package com.dxp.collector.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.events.EventBridgePublisher;
import com.dxp.collector.genesys.simulator.events.GenesysEvent;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.FaultFigures;
import com.dxp.collector.platform.VerifiedTenant;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * PostgreSQL stopped for {@code it.db.outage.seconds} (120, in CI too) while events arrive, once on a quiet queue and
 * once at 100 events a second: the receive loops wait for the database instead of burning receives, so nothing
 * reaches the dead-letter queue and the queue says it waits for the database for the whole outage, and every event is
 * stored exactly once when it is back. PostgreSQL only: the cluster is the
 * one {@code .ci/postgres} runs, paused and resumed on the same data.
 */
@MicroShedTest
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("it.db.outage.seconds", 120));
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    static String tenant;
    static EventBridgePublisher publisher;

    @BeforeAll
    static void verifiedTenant() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "needs the PostgreSQL run");
        publisher = SqsForIts.publisher();
        tenant = VerifiedTenant.create("outage", SimulatorForIts.FULL);
    }

    @AfterAll
    static void purge() throws Exception {
        if (tenant != null) {
            VerifiedTenant.purge(tenant);
        }
    }

    @Test
    void shouldKeepEveryEventOfAQuietQueueThroughTheOutageAndStoreItOnce() throws Exception {
        List<String> users = users(1);
        List<GenesysEvent> events = EventsForIts.loginsOf(SimulatorForIts.org().orgId(), users.get(0), 100);

        Duration outage = throughOutage(events, 10, OUTAGE.dividedBy(10));

        assertStoredOnce("shouldKeepEveryEventOfAQuietQueueThroughTheOutageAndStoreItOnce", outage, users, events);
    }

    @Test
    void shouldKeepEveryEventOfAHundredASecondThroughTheOutageAndStoreItOnce() throws Exception {
        int perUser = 1_000;
        long total = 100 * OUTAGE.toSeconds();
        List<String> users = users((int) ((total + perUser - 1) / perUser));
        List<GenesysEvent> events = new ArrayList<>();
        for (String user : users) {
            events.addAll(EventsForIts.loginsOf(SimulatorForIts.org().orgId(), user,
                    (int) Math.min(perUser, total - events.size())));
        }

        Duration outage = throughOutage(events, 10, Duration.ofMillis(100));

        assertStoredOnce("shouldKeepEveryEventOfAHundredASecondThroughTheOutageAndStoreItOnce", outage, users, events);
    }

    /**
     * Pauses the database, publishes {@code events} {@code burst} at a time every {@code every} during the outage,
     * checks the queue waits for the database with nothing dead-lettered for the whole outage, and resumes it.
     *
     * @return how long the database was paused
     */
    private static Duration throughOutage(List<GenesysEvent> events, int burst, Duration every) throws Exception {
        long deadBefore = EventsForIts.deadLettered();
        ScheduledExecutorService publishing = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        postgres("pause");
        long pausedAt = System.nanoTime();
        try {
            publishing.scheduleAtFixedRate(() -> {
                int from = sent.getAndAdd(burst);
                if (from < events.size()) {
                    publisher.publishAll(events.subList(from, Math.min(events.size(), from + burst)));
                }
            }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
            await("the queue waiting for the database").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> CollectorApi.get("/api/admin/event-queues",
                            Account.VIEWER).body().contains("WAITING_FOR_DATABASE"));
            Duration rest = OUTAGE.minusNanos(System.nanoTime() - pausedAt);
            await("the queue waiting for the database, no message dead-lettered, for the whole outage").during(rest)
                    .atMost(rest.plusSeconds(30)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> EventsForIts.deadLettered() == deadBefore && CollectorApi.get(
                            "/api/admin/event-queues", Account.VIEWER).body().contains("WAITING_FOR_DATABASE"));
            await("every event published").atMost(Duration.ofSeconds(30)).until(() -> sent.get() >= events.size());
        } finally {
            publishing.shutdownNow();
            postgres("resume");
        }
        assertEquals(deadBefore, EventsForIts.deadLettered(), "no healthy message burnt");
        return Duration.ofNanos(System.nanoTime() - pausedAt);
    }

    private static void assertStoredOnce(String faultCase, Duration outage, List<String> users,
            List<GenesysEvent> events) throws Exception {
        long back = System.nanoTime();
        try {
            // the matcher form prints the last count when it times out
            await("every event stored once the database is back").atMost(PATIENCE).pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptions()
                    .until(() -> EventsForIts.sessionsOf(tenant, users).size(), greaterThanOrEqualTo(events.size()));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; the queues then: "
                    + CollectorApi.get("/api/admin/event-queues", Account.VIEWER).body(), e);
        }
        List<String> stored = EventsForIts.sessionsOf(tenant, users);
        assertEquals(events.size(), stored.size(), "each event stored once");
        assertEquals(events.size(), new HashSet<>(stored).size());
        FaultFigures.print("DatabaseOutageIT." + faultCase, "PostgreSQL paused " + outage.toSeconds()
                + " s, queue WAITING_FOR_DATABASE throughout, 0 dead-lettered; " + stored.size() + " of "
                + events.size() + " events stored, " + new HashSet<>(stored).size() + " distinct, "
                + Duration.ofNanos(System.nanoTime() - back).toSeconds() + " s after the database was back");
    }

    private static List<String> users(int n) {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(UUID.randomUUID().toString());
        }
        return users;
    }

    /** Runs {@code .ci/postgres pause|resume} on the cluster of the integration tests. */
    private static void postgres(String action) throws IOException, InterruptedException {
        File script = Path.of(System.getProperty("it.db.script")).toFile();
        assertTrue(script.canExecute() || script.canRead(), "no " + script);
        ProcessBuilder pb = new ProcessBuilder("bash", script.getPath(), action).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PG_PORT", System.getProperty("it.db.port"));
        Process p = pb.start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), action + " in time");
        assertEquals(0, p.exitValue(), ".ci/postgres " + action);
    }
}
