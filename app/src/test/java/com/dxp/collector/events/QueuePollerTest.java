package com.dxp.collector.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.jdbc.StoreException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final QueuePoller poller = new QueuePoller(URL, queue, new EmptyIntake(), ingest, config(),
            new SilentMetrics(), () -> {
                backlogAsked.incrementAndGet();
                return backlogFull.get();
            }, clock);

    @AfterEach
    void stop() {
        ingest.release.countDown();
        poller.stop(Duration.ofSeconds(5));
        executor.shutdownNow();
    }

    @Test
    void shouldExtendTheVisibilityOfABatchStillBeingStoredAfterHalfTheTimeout() {
        ingest.release = new CountDownLatch(1);
        List<Message> batch = queue.offer(3);
        poller.start(executor);
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
    void shouldLeaveAFailedBatchInTheQueueAndBringItBackAfterTheBackOff() {
        ingest.failures.set(1);
        List<Message> batch = queue.offer(2);
        poller.start(executor);

        await("the failed batch is handed back").atMost(Duration.ofSeconds(5))
                .until(() -> !queue.visibilityChanges.isEmpty());
        assertEquals(new VisibilityChange(batch, Duration.ofSeconds(1)), queue.visibilityChanges.get(0));
        assertEquals(List.of(), queue.deleted);
        assertTrue(poller.status().lastError().startsWith("StoreException"), poller.status().lastError());

        queue.redeliver(batch);
        await("the batch is stored on its next delivery").atMost(Duration.ofSeconds(10))
                .until(() -> queue.deleted.equals(batch));
        assertEquals(2, ingest.calls.get());
        assertEquals(null, poller.status().lastError());
    }

    @Test
    void shouldNotReceiveWhileTheEnrichmentBacklogIsFull() {
        backlogFull.set(true);
        List<Message> batch = queue.offer(4);
        poller.start(executor);

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
        poller.start(executor);
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
            List<Message> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int id = ids.incrementAndGet();
                batch.add(Message.builder().messageId("m" + id).receiptHandle("r" + id).body("{}").build());
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

    /** Stores nothing; can fail a given number of times or hold a batch until released. */
    private static final class ControlledIngest extends EventIngestService {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public int store(List<RoutedEvent> events, List<RejectedMessage> rejected) {
            calls.incrementAndGet();
            if (failures.getAndDecrement() > 0) {
                throw StoreException.of("event batch", new SQLException("database down"));
            }
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    private static final class EmptyIntake extends EventIntake {
        @Override
        public Sorted sort(String queueName, List<String> bodies) {
            return new Sorted(List.of(), List.of());
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
    }

    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
