package com.dxp.collector.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.events.EventBridgeEnvelopes;
import com.dxp.collector.genesys.simulator.events.EventBridgeSettings;
import com.dxp.collector.genesys.simulator.events.GenesysEvents;
import com.dxp.collector.genesys.simulator.events.SeededIds;
import com.dxp.collector.genesys.simulator.events.UserLogin;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.Percentile;
import com.dxp.collector.platform.VerifiedTenant;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * The live path's benchmark, a tool rather than a test: it prints figures and asserts no timing. Runs only when
 * asked ({@code -Dbenchmark.events=20000}; see README), against the integration-test server, ElasticMQ and the
 * simulator. In one run it measures: the raw drain rate of a bare receive+delete loop with the collector's
 * concurrency; the collector draining the same number of customer.end events from a full queue into stored events;
 * latency from publish to event commit while events arrive at a steady rate; the time until every announced
 * conversation is stored enriched; and batch details calls per event (from the simulator's request log).
 */
@MicroShedTest
class LiveEventsBenchmarkIT {

    private static final String BATCH_DETAILS = "GET /api/v2/analytics/conversations/details";

    @Test
    void printLiveEventFigures() throws Exception {
        int n = Integer.getInteger("benchmark.events", 0);
        assumeTrue(n > 0, "a benchmark: run with -Dbenchmark.events=20000");
        int steadyRate = Integer.getInteger("benchmark.steady-rate", 500);
        OrgSpec org = SimulatorForIts.liveOrg();
        String tenant = VerifiedTenant.create("benchmark", SimulatorForIts.LIVE);
        try {
            Instant now = Instant.now();
            Instant from = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(90));
            Instant to = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
            EventBridgeEnvelopes envelopes = new EventBridgeEnvelopes(EventBridgeSettings.defaults(),
                    SeededIds.unseeded());
            List<String> bodies = OrgDataFactory.create(org, SimulatorSettings.defaults()).conversations()
                    .startingBetween(from, to, now).limit(n)
                    .map(c -> envelopes.wrap(GenesysEvents.customerEnd(org.orgId(), c)).body()).toList();
            assumeTrue(bodies.size() == n, "the org has only " + bodies.size() + " conversations in 90 days");
            SqsClient sqs = SqsForIts.client();

            // 1. bare receive+delete with the collector's concurrency
            String queueName = System.getProperty("it.sqs.queue", "collector-it-events");
            String queueApi = "/api/admin/event-queues/" + queueName;
            int receivers = CollectorApi.json(CollectorApi.get(queueApi, Account.VIEWER)).getInt("receivers");
            String raw = SqsForIts.queue("benchmark-raw").queueUrl();
            send(sqs, raw, bodies);
            double rawRate = n / seconds(() -> drain(sqs, raw, n, receivers));

            // 2. the collector draining a full queue into stored events
            long callsBefore = batchCalls();
            CollectorApi.postJson(queueApi + "/stop", "", Account.ADMIN);
            long storedBefore = stored(queueApi);
            send(sqs, SqsForIts.start().queueUrl(), bodies);
            long startNanos = System.nanoTime();
            CollectorApi.postJson(queueApi + "/start", "", Account.ADMIN);
            // polled every 200 ms, not faster: each poll is a signed-in API request, and at 50 ms they took a tenth
            // of the server's CPU samples from the drain they measure (the drain's end is seen at most 200 ms late)
            await("the collector stored every event").atMost(Duration.ofMinutes(30))
                    .pollInterval(Duration.ofMillis(200)).until(() -> stored(queueApi) >= storedBefore + n);
            double drainSeconds = (System.nanoTime() - startNanos) / 1e9;

            // 3. every announced conversation stored enriched
            long enrichStart = startNanos;
            await("every announced conversation stored enriched").atMost(Duration.ofMinutes(30))
                    .pollInterval(Duration.ofMillis(250)).until(() -> conversations(tenant, from, to) >= n);
            double enrichedSeconds = (System.nanoTime() - enrichStart) / 1e9;
            long calls = batchCalls() - callsBefore;

            // 4. latency publish -> commit at a steady rate, token events of one fresh user
            List<Double> latencies = steadyLatencies(sqs, queueApi, org, envelopes, steadyRate, 10);

            double eventsPerSecond = n / drainSeconds;
            System.out.printf("%nLive events benchmark: %d customer.end events, %d receivers, db %s%n", n, receivers,
                    System.getProperty("it.db.kind"));
            System.out.printf("  raw drain (receive+delete, no processing)   %8.0f msg/s%n", rawRate);
            System.out.printf("  collector: queue -> stored event           %8.0f events/s (%.2f x raw)%n",
                    eventsPerSecond, eventsPerSecond / rawRate);
            System.out.printf("  collector: queue -> stored enriched record %8.0f conversations/s%n",
                    n / enrichedSeconds);
            System.out.printf("  batch details calls                        %8d (%.4f per event)%n", calls,
                    (double) calls / n);
            System.out.printf("  publish -> event commit at %d events/s:     p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    steadyRate, Percentile.of(latencies, 50), Percentile.of(latencies, 99), Percentile.of(latencies, 100));
            CollectorApi.get("/metrics?scope=application", Account.NOBODY).body().lines()
                    .filter(l -> l.startsWith("events_batch_step_seconds") && (l.contains("quantile=\"0.5\"")
                            || l.contains("quantile=\"0.99\"") || l.contains("_count")))
                    .forEach(l -> System.out.println("  " + l));
        } finally {
            VerifiedTenant.purge(tenant);
        }
    }

    /**
     * Publishes token events at {@code rate} per second for {@code seconds} and returns, per event, the time from
     * its publish to the first moment the queue's stored count covered it (ElasticMQ hands messages out close to
     * FIFO; the count is sampled every 10 ms).
     */
    private static List<Double> steadyLatencies(SqsClient sqs, String queueApi, OrgSpec org,
            EventBridgeEnvelopes envelopes, int rate, int seconds) throws Exception {
        String user = UUID.randomUUID().toString();
        int total = rate * seconds;
        long base = stored(queueApi);
        long[] published = new long[total];
        long[] committed = new long[total];
        String queueUrl = SqsForIts.start().queueUrl();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger seen = new AtomicInteger();
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);
        // every 10 ms: how far the commits have got; events up to there are committed now
        ScheduledFuture<?> sampling = ticks.scheduleAtFixedRate(() -> {
            try {
                long s = stored(queueApi) - base;
                long t = System.nanoTime();
                for (int i = seen.get(); i < Math.min(s, sent.get()); i = seen.incrementAndGet()) {
                    committed[i] = t;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
        // every 20 ms: the next events of the steady rate
        int perTick = Math.max(1, rate / 50);
        ScheduledFuture<?> publishing = ticks.scheduleAtFixedRate(() -> {
            int from = sent.get();
            if (from >= total) {
                return;
            }
            List<String> batch = new ArrayList<>();
            for (int j = from; j < Math.min(total, from + perTick); j++) {
                batch.add(envelopes.wrap(GenesysEvents.userToken(org.orgId(), new UserLogin(user, "Agent",
                        Instant.now().truncatedTo(ChronoUnit.MILLIS), Duration.ofHours(8),
                        UUID.randomUUID().toString(), "client", "hash", "192.0.2.1"))).body());
            }
            for (int k = 0; k < batch.size(); k += 10) {
                sendBatch(sqs, queueUrl, batch.subList(k, Math.min(batch.size(), k + 10)));
            }
            long t = System.nanoTime();
            for (int j = from; j < from + batch.size(); j++) {
                published[j] = t;
            }
            sent.addAndGet(batch.size());
        }, 0, 20, TimeUnit.MILLISECONDS);
        await("the steady events committed").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> seen.get() >= total);
        publishing.cancel(false);
        sampling.cancel(false);
        ticks.shutdown();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            out.add(Math.max(0, committed[i] - published[i]) / 1e6);
        }
        return out;
    }

    private static void send(SqsClient sqs, String queueUrl, List<String> bodies) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i += 10) {
            List<String> batch = bodies.subList(i, Math.min(bodies.size(), i + 10));
            done.add(senders.submit(() -> sendBatch(sqs, queueUrl, batch)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        senders.shutdown();
    }

    private static void sendBatch(SqsClient sqs, String queueUrl, List<String> batch) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int j = 0; j < batch.size(); j++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(j)).messageBody(batch.get(j))
                    .build());
        }
        sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
    }

    /** Receives and deletes {@code n} messages with {@code threads} loops, as the collector's receivers would. */
    private static void drain(SqsClient sqs, String queueUrl, int n, int threads) throws Exception {
        AtomicInteger deleted = new AtomicInteger();
        ExecutorService loops = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(loops.submit(() -> {
                while (deleted.get() < n) {
                    List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                            .waitTimeSeconds(1)).messages();
                    if (batch.isEmpty()) {
                        continue;
                    }
                    List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
                    for (int i = 0; i < batch.size(); i++) {
                        entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                                .receiptHandle(batch.get(i).receiptHandle()).build());
                    }
                    sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
                    deleted.addAndGet(batch.size());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        loops.shutdown();
    }

    private static double seconds(ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long stored(String queueApi) throws Exception {
        return CollectorApi.json(CollectorApi.get(queueApi, Account.VIEWER)).getJsonNumber("stored").longValue();
    }

    private static long conversations(String tenant, Instant from, Instant to) throws Exception {
        HttpResponse<String> summary = CollectorApi.get("/api/tenants/" + tenant + "/summary?from=" + from + "&to="
                + to, Account.VIEWER);
        return CollectorApi.json(summary).getJsonNumber("conversations").longValue();
    }

    private static long batchCalls() {
        return SimulatorForIts.start().control().requests().count(SimulatorForIts.LIVE, BATCH_DETAILS);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
