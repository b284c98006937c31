package com.dxp.collector.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.jdbc.StoreException;
import com.dxp.collector.platform.jdbc.UnitOfWork;
import java.sql.SQLException;
import com.dxp.collector.platform.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The receive loop against an in-memory queue: what it deletes, hides longer or hands back, and when. */
class QueuePollerTest {

    private static final String URL = "http://127.0.0.1:9324/000000000000/poller-test";
    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    private final FakeQueue queue = new FakeQueue();
    private final ControlledIngest ingest = new ControlledIngest();
    private final MovableClock clock = new MovableClock(T0);
    private final AtomicBoolean backlogFull = new AtomicBoolean();
    private final AtomicInteger backlogAsked = new AtomicInteger();
    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final AtomicInteger databaseAsked = new AtomicInteger();
    private final SilentMetrics metrics = new SilentMetrics();
    private final QueuePoller poller = new QueuePoller(URL, queue, new BodyIntake(), ingest, config(),
            metrics, () -> {
                backlogAsked.incrementAndGet();
                return backlogFull.get();
            }, () -> {
                databaseAsked.incrementAndGet();
                return databaseUp.get();
            }, this::thread, UnitOfWork.DIRECT, clock);
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    private Thread thread(Runnable r) {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        threads.add(t);
        return t;
    }

    @AfterEach
    void stop() {
        ingest.release.countDown();
        poller.stop(Duration.ofSeconds(5));
    }

    @Test
    void shouldExtendTheVisibilityOfABatchStillBeingStoredAfterHalfTheTimeout() {
        ingest.release = new CountDownLatch(1);
        List<Message> batch = queue.offer(3);
        poller.start();
        await("the batch is being stored").atMost(Duration.ofSeconds(5)).until(() -> ingest.calls.get() == 1);

        clock.advance(Duration.ofSeconds(29));
        poller.extendSlowBatches();
        assertEquals(List.of(), queue.visibilityChanges);

        clock.advance(Duration.ofSeconds(2));
        poller.extendSlowBatches();
        assertEquals(List.of(new VisibilityChange(batch, Duration.ofSeconds(60))), queue.visibilityChanges);
        assertEquals(List.of(), queue.deleted);

        ingest.release.countDown();
        await("the stored batch is deleted").atMost(Duration.ofSeconds(5)).until(() -> queue.deleted.equals(batch));
        poller.extendSlowBatches();
        assertEquals(1, queue.visibilityChanges.size(), "a deleted batch is not extended again");
    }

    @Test
    void shouldStopReceivingWhileTheDatabaseIsDownAndResumeWhenItAnswers() {
        ingest.failures.set(1);
        databaseUp.set(false);
        List<Message> batch = queue.offer(2);
        poller.start();

        await("the failed batch is handed back").atMost(Duration.ofSeconds(5))
                .until(() -> !queue.visibilityChanges.isEmpty());
        assertEquals(new VisibilityChange(batch, Duration.ofSeconds(1)), queue.visibilityChanges.get(0),
                "back in the queue after the longest back-off, where nobody here receives it until the database is up");
        assertEquals(List.of(), queue.deleted);
        assertEquals("WAITING_FOR_DATABASE", poller.status().state());
        assertTrue(poller.status().lastError().contains("database does not answer"), poller.status().lastError());
        int receives = queue.receives.get();
        int asked = databaseAsked.get();
        await("the loop asks the database again, without receiving").atMost(Duration.ofSeconds(5))
                .until(() -> databaseAsked.get() >= asked + 2);
        assertEquals(receives, queue.receives.get(), "no receive while waiting: no receive counts burnt");

        databaseUp.set(true);
        queue.redeliver(batch);
        await("the batch is stored on its next delivery").atMost(Duration.ofSeconds(10))
                .until(() -> queue.deleted.equals(batch));
        assertEquals("RUNNING", poller.status().state());
        assertEquals(null, poller.status().lastError());
    }

    @Test
    void shouldStoreTheHealthyMessagesOfABatchAndQuarantineTheOneThatFailsIt() {
        ingest.poison = "poison";
        List<Message> batch = queue.offer(List.of("a", "b", "c", "poison", "d", "e", "f", "g", "h", "i"));
        poller.start();

        await("every message is deleted").atMost(Duration.ofSeconds(10))
                .until(() -> queue.deleted.size() == batch.size());
        assertEquals(Set.copyOf(batch), Set.copyOf(queue.deleted));
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), ingest.storedBodies.stream().sorted()
                .toList(), "each healthy message stored once");
        assertEquals(List.of("poison"), ingest.unstorable);
        assertEquals(List.of(), queue.visibilityChanges, "nothing handed back");
        assertEquals("RUNNING", poller.status().state());
    }

    @Test
    void shouldHandBackABatchThatMetALockTimeoutInsteadOfQuarantiningAnyOfIt() {
        ingest.failure = new SQLException("lock timeout", "HYT00");
        ingest.failures.set(1);
        List<Message> batch = queue.offer(4);
        poller.start();

        await("the batch is handed back").atMost(Duration.ofSeconds(5))
                .until(() -> !queue.visibilityChanges.isEmpty());
        assertEquals(new VisibilityChange(batch, Duration.ofSeconds(1)), queue.visibilityChanges.get(0));
        assertEquals(List.of(), ingest.unstorable, "a transient failure quarantines nothing");
        assertEquals("RUNNING", poller.status().state());

        queue.redeliver(batch);
        await("stored on its next delivery").atMost(Duration.ofSeconds(10)).until(() -> queue.deleted.equals(batch));
    }

    @Test
    void shouldKeepReceivingAfterAnErrorThatIsNoException() {
        ingest.error = new StackOverflowError("a deep body");
        List<Message> first = queue.offer(1);
        poller.start();

        await("the error is shown").atMost(Duration.ofSeconds(5)).until(() -> poller.status().lastError() != null);
        assertTrue(poller.status().lastError().startsWith("StackOverflowError"), poller.status().lastError());
        queue.redeliver(first);
        List<Message> second = queue.offer(1);

        await("the loop lives on and stores what comes").atMost(Duration.ofSeconds(10))
                .until(() -> queue.deleted.containsAll(second) && queue.deleted.containsAll(first));
    }

    @Test
    void shouldStartAgainALoopThatEndedAndCountIt() {
        poller.start();
        assertEquals(0, poller.status().loopRestarts());
        poller.supervise();
        assertEquals(0, poller.status().loopRestarts(), "a live loop is left alone");

        await("the loop receives").atMost(Duration.ofSeconds(5)).until(() -> queue.receives.get() > 0);
        // a stray interrupt is what ends a loop while the poller runs: every failure is caught inside it
        threads.get(0).interrupt();
        await("the loop has ended").atMost(Duration.ofSeconds(5)).until(() -> !threads.get(0).isAlive()
                || threads.get(0).getState() == Thread.State.WAITING);
        await("the restart is counted").atMost(Duration.ofSeconds(5)).until(() -> {
            poller.supervise();
            return poller.status().loopRestarts() == 1;
        });
        assertEquals(1, metrics.loopRestarts.get(), "and shown in the metrics");
        List<Message> batch = queue.offer(1);
        await("the new loop stores the message").atMost(Duration.ofSeconds(10))
                .until(() -> queue.deleted.equals(batch));
    }

    @ParameterizedTest(name = "{0} queues of {1} receivers")
    @CsvSource({"1, 16", "4, 4"})
    void shouldDrainEveryQueueUnderLoadWithoutFreezing(int queues, int receivers) {
        List<FakeQueue> fakes = new ArrayList<>();
        List<QueuePoller> pollers = new ArrayList<>();
        EventsConfig config = config();
        config.receiversPerQueue = receivers;
        for (int q = 0; q < queues; q++) {
            FakeQueue fake = new FakeQueue();
            for (int b = 0; b < 100; b++) {
                fake.offer(10);
            }
            fakes.add(fake);
            pollers.add(new QueuePoller(URL + q, fake, new BodyIntake(), new ControlledIngest(), config,
                    new SilentMetrics(), () -> false, () -> true, this::thread, UnitOfWork.DIRECT, clock));
        }
        try {
            pollers.forEach(QueuePoller::start);
            await("every message of every queue stored and deleted").atMost(Duration.ofSeconds(30))
                    .until(() -> fakes.stream().allMatch(f -> f.deleted.size() == 1_000));
        } finally {
            pollers.forEach(p -> p.stop(Duration.ofSeconds(5)));
        }
    }

    @Test
    void shouldNotReceiveWhileTheEnrichmentBacklogIsFull() {
        backlogFull.set(true);
        List<Message> batch = queue.offer(4);
        poller.start();

        await("the loop asked twice and waited").atMost(Duration.ofSeconds(5)).until(() -> backlogAsked.get() >= 2);
        assertEquals(0, queue.receives.get());
        assertEquals("THROTTLED", poller.status().state());

        backlogFull.set(false);
        await("receiving resumes").atMost(Duration.ofSeconds(5)).until(() -> queue.deleted.equals(batch));
        assertEquals("RUNNING", poller.status().state());
    }

    @Test
    void shouldHandBackABatchReceivedWhileStopping() {
        List<Message> batch = queue.offer(2);
        queue.holdNextBatch = true;
        poller.start();
        await("a receive holds the batch").atMost(Duration.ofSeconds(5)).until(() -> queue.holding.getCount() == 0);

        CompletableFuture.runAsync(() -> poller.stop(Duration.ofSeconds(5)));

        await("the batch is handed back at once").atMost(Duration.ofSeconds(5))
                .until(() -> queue.visibilityChanges.contains(new VisibilityChange(batch, Duration.ZERO)));
        assertEquals(0, ingest.calls.get());
        assertEquals(List.of(), queue.deleted);
    }

    private static EventsConfig config() {
        EventsConfig c = new EventsConfig();
        c.receiversPerQueue = 1;
        c.maxMessagesPerTransaction = 50;
        c.visibilityTimeoutSeconds = 60;
        c.maxBackoffSeconds = 1;
        c.shutdownTimeoutSeconds = 5;
        return c;
    }

    private record VisibilityChange(List<Message> messages, Duration visibility) {
    }

    /** An SQS queue in memory: receive waits briefly like a long poll; every call is recorded. */
    private static final class FakeQueue extends EventQueues {
        final BlockingQueue<List<Message>> batches = new LinkedBlockingQueue<>();
        final List<Message> deleted = new CopyOnWriteArrayList<>();
        final List<VisibilityChange> visibilityChanges = new CopyOnWriteArrayList<>();
        final AtomicInteger receives = new AtomicInteger();
        final AtomicInteger ids = new AtomicInteger();
        final CountDownLatch holding = new CountDownLatch(1);
        volatile boolean holdNextBatch;

        List<Message> offer(int n) {
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                bodies.add("{}");
            }
            return offer(bodies);
        }

        List<Message> offer(List<String> bodies) {
            List<Message> batch = new ArrayList<>();
            for (String body : bodies) {
                int id = ids.incrementAndGet();
                batch.add(Message.builder().messageId("m" + id).receiptHandle("r" + id).body(body).build());
            }
            batches.add(batch);
            return batch;
        }

        void redeliver(List<Message> batch) {
            batches.add(batch);
        }

        @Override
        public List<Message> receive(String queueUrl) {
            receives.incrementAndGet();
            List<Message> batch;
            try {
                batch = batches.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
            if (batch != null && holdNextBatch) {
                holdNextBatch = false;
                holding.countDown();
                try {
                    new CountDownLatch(1).await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    // the stop's interrupt: the answer is here all the same, as when it crosses a stop on the wire
                }
            }
            return batch == null ? List.of() : batch;
        }

        @Override
        public List<Message> receiveWaiting(String queueUrl) {
            return List.of();
        }

        @Override
        public int delete(String queueUrl, List<Message> messages) {
            deleted.addAll(messages);
            return 0;
        }

        @Override
        public void changeVisibility(String queueUrl, List<Message> messages, Duration visibility) {
            visibilityChanges.add(new VisibilityChange(List.copyOf(messages), visibility));
        }

        @Override
        public Map<QueueAttributeName, String> depth(String queueUrl) {
            return Map.of(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, Integer.toString(batches.size()));
        }
    }

    /**
     * Stores nothing but remembers the bodies; can fail a given number of times, fail every batch holding a poison
     * body, throw an error once, or hold a batch until released.
     */
    private static final class ControlledIngest extends EventIngestService {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        volatile SQLException failure = new SQLException("database down");
        final List<String> storedBodies = new CopyOnWriteArrayList<>();
        final List<String> unstorable = new CopyOnWriteArrayList<>();
        volatile String poison;
        volatile Error error;
        volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public int store(List<RoutedEvent> events, List<RejectedMessage> rejected) {
            calls.incrementAndGet();
            if (failures.getAndDecrement() > 0) {
                throw StoreException.of("event batch", failure);
            }
            if (error != null) {
                Error e = error;
                error = null;
                throw e;
            }
            List<String> bodies = rejected.stream().map(RejectedMessage::rawBody).toList();
            if (poison != null && rejected.stream().anyMatch(m -> m.rawBody().equals(poison)
                    && m.reason() != QuarantineReason.UNSTORABLE)) {
                throw StoreException.of("event batch", new SQLException("value refused", "22021"));
            }
            rejected.stream().filter(m -> m.reason() == QuarantineReason.UNSTORABLE)
                    .forEach(m -> unstorable.add(m.rawBody()));
            rejected.stream().filter(m -> m.reason() != QuarantineReason.UNSTORABLE)
                    .forEach(m -> storedBodies.add(m.rawBody()));
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    /** Sorts every body into a rejected message holding it, so the ingest sees which bodies it is given. */
    private static final class BodyIntake extends EventIntake {
        @Override
        public Sorted sort(String queueName, List<String> bodies) {
            return new Sorted(List.of(), bodies.stream().map(b -> new RejectedMessage(queueName, b,
                    QuarantineReason.NOT_AN_EVENT, "test", null, null, null)).toList());
        }
    }

    private static final class SilentMetrics extends EventMetrics {
        @Override
        void received(String queue, int messages) {
        }

        @Override
        void stored(String queue, int fresh, int duplicates, List<RejectedMessage> rejected) {
        }

        @Override
        void step(String queue, String step, long nanos) {
        }

        @Override
        void failed(String queue) {
        }

        final AtomicInteger loopRestarts = new AtomicInteger();

        @Override
        void loopRestarted(String queue) {
            loopRestarts.incrementAndGet();
        }
    }
}
