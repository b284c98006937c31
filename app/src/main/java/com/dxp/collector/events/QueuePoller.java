package com.dxp.collector.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Polls one SQS queue with a fixed number of receive loops. Each loop receives up to 10 messages (topped up to
 * {@code events.sqs.max-messages-per-transaction} while the queue is busy), sorts them
 * ({@link EventIntake}), stores the batch in one transaction ({@link EventIngestService}) and only then deletes
 * the messages, in the background while it receives the next batch (one delete outstanding per loop); a failure
 * leaves them for SQS to deliver again and pauses the loop with a doubling, bounded
 * back-off. While the enrichment work list is full the loops do not receive at all (the events wait in SQS).
 * Stopping ends the loops after their current batch and hands back what they received but did not process.
 */
final class QueuePoller {

    private static final Logger LOG = Logger.getLogger(QueuePoller.class.getName());

    /** How long SQS's answer about the queue's depth is shown before it is asked again. */
    private static final Duration DEPTH_FOR = Duration.ofSeconds(1);

    /** How long a loop waits before asking again whether the enrichment work list has room. */
    private static final Duration THROTTLE_PAUSE = Duration.ofSeconds(1);

    private final String url;
    private final String name;
    private final EventQueues queues;
    private final EventIntake intake;
    private final EventIngestService ingest;
    private final EventsConfig config;
    private final EventMetrics metrics;
    private final BooleanSupplier backlogFull;
    private final Clock clock;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong quarantined = new AtomicLong();
    private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong batchIds = new AtomicLong();
    private final List<Future<?>> loops = new ArrayList<>();
    private volatile ExecutorService executor;
    /** Loops waiting in a long poll: stopping interrupts them at once, as nothing they hold is processed yet. */
    private final Set<Thread> receiving = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private volatile CountDownLatch stopped = new CountDownLatch(0);
    private volatile Instant lastReceiveAt;
    private volatile Depth depth;
    private volatile boolean throttled;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    QueuePoller(String url, EventQueues queues, EventIntake intake, EventIngestService ingest, EventsConfig config,
            EventMetrics metrics, BooleanSupplier backlogFull, Clock clock) {
        this.url = url;
        this.name = EventQueues.name(url);
        this.queues = queues;
        this.intake = intake;
        this.ingest = ingest;
        this.config = config;
        this.metrics = metrics;
        this.backlogFull = backlogFull;
        this.clock = clock;
    }

    String name() {
        return name;
    }

    synchronized void start(ExecutorService executor) {
        if (running) {
            return;
        }
        running = true;
        this.executor = executor;
        int receivers = config.receiversPerQueue();
        stopped = new CountDownLatch(receivers);
        loops.clear();
        for (int i = 0; i < receivers; i++) {
            loops.add(executor.submit(this::loop));
        }
        LOG.log(Level.INFO, "events: polling queue {0} with {1} receivers", new Object[] {name, receivers});
    }

    /**
     * Stops receiving: interrupts loops waiting in a long poll (what such a poll would return is never processed,
     * so SQS hands it out again after its visibility timeout), waits up to {@code timeout} for batches being
     * processed to be stored and deleted, then cancels what is left.
     */
    synchronized void stop(Duration timeout) {
        if (!running) {
            return;
        }
        running = false;
        receiving.forEach(Thread::interrupt);
        try {
            if (!stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                loops.forEach(f -> f.cancel(true));
            }
        } catch (InterruptedException e) {
            loops.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
        }
        LOG.log(Level.INFO, "events: stopped polling queue {0}", name);
    }

    boolean running() {
        return running;
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        CompletableFuture<Void> deleting = CompletableFuture.completedFuture(null);
        try {
            while (running && !Thread.currentThread().isInterrupted()) {
                List<Message> batch = List.of();
                try {
                    pause(backoff);
                    throttled = backlogFull.getAsBoolean();
                    if (throttled) {
                        pause(THROTTLE_PAUSE);
                        continue;
                    }
                    receiving.add(Thread.currentThread());
                    try {
                        if (!running) {
                            return;
                        }
                        long started = System.nanoTime();
                        batch = topUp(queues.receive(url));
                        if (!batch.isEmpty()) {
                            metrics.step(name, "receive", System.nanoTime() - started);
                        }
                    } finally {
                        receiving.remove(Thread.currentThread());
                    }
                    lastReceiveAt = clock.instant();
                    if (!running) {
                        release(batch);
                        return;
                    }
                    if (store(batch)) {
                        deleting.join();
                        deleting = deleteLater(batch);
                    }
                    backoff = Duration.ZERO;
                    lastError = null;
                } catch (RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                    lastErrorAt = clock.instant();
                    metrics.failed(name);
                    backoff = next(backoff);
                    LOG.log(Level.WARNING, "events: queue {0}: {1}; retrying in {2} ms (whatever was received"
                            + " and not stored stays in the queue)",
                            new Object[] {name, lastError, backoff.toMillis()});
                    retryLater(batch, backoff);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finish(deleting);
            // a stop's interrupt may still be pending on this pooled thread: clear it before handing it back
            Thread.interrupted();
            stopped.countDown();
        }
    }

    /** Stores a received batch; true when there is something to delete. */
    private boolean store(List<Message> batch) {
        if (batch.isEmpty()) {
            return false;
        }
        received.addAndGet(batch.size());
        metrics.received(name, batch.size());
        long id = batchIds.incrementAndGet();
        inFlight.put(id, new InFlight(batch, clock.instant()));
        try {
            long started = System.nanoTime();
            EventIntake.Sorted sorted = intake.sort(name, batch.stream().map(Message::body).toList());
            long sortedAt = System.nanoTime();
            metrics.step(name, "sort", sortedAt - started);
            int fresh = ingest.store(sorted.events(), sorted.rejected());
            metrics.step(name, "store", System.nanoTime() - sortedAt);
            stored.addAndGet(fresh);
            duplicates.addAndGet(sorted.events().size() - fresh);
            quarantined.addAndGet(sorted.rejected().size());
            metrics.stored(name, fresh, sorted.events().size() - fresh, sorted.rejected());
            return true;
        } finally {
            inFlight.remove(id);
        }
    }

    /**
     * Deletes a stored batch while the loop receives the next one. A delete that fails or never runs costs nothing
     * but a redelivery, which the receipts recognise; with the executor full it runs on the loop's own thread.
     */
    private CompletableFuture<Void> deleteLater(List<Message> batch) {
        try {
            return CompletableFuture.runAsync(() -> delete(batch), executor);
        } catch (RejectedExecutionException e) {
            delete(batch);
            return CompletableFuture.completedFuture(null);
        }
    }

    private void delete(List<Message> batch) {
        long deleting = System.nanoTime();
        try {
            int refused = queues.delete(url, batch);
            metrics.step(name, "delete", System.nanoTime() - deleting);
            if (refused > 0) {
                LOG.log(Level.WARNING, "events: queue {0}: SQS refused to delete {1} stored messages; they will be"
                        + " recognised as seen when they come back", new Object[] {name, refused});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "events: queue {0}: could not delete {1} stored messages ({2}); they will be"
                    + " recognised as seen when they come back", new Object[] {name, batch.size(), e.toString()});
        }
    }

    /** Waits for the loop's last delete, so a stop hands back nothing it stored. */
    private void finish(CompletableFuture<Void> deleting) {
        try {
            deleting.get(config.callTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "events: queue {0}: the last delete did not finish; its messages come back", name);
        }
    }

    /**
     * While the queue is busy (a receive came back full), takes what else is waiting, up to
     * {@code events.sqs.max-messages-per-transaction}, so one transaction and commit serve several receives.
     */
    private List<Message> topUp(List<Message> first) {
        if (first.size() < EventQueues.MAX_PER_CALL || config.maxMessagesPerTransaction() <= first.size()) {
            return first;
        }
        List<Message> batch = new ArrayList<>(first);
        while (running && batch.size() < config.maxMessagesPerTransaction()) {
            List<Message> more = queues.receiveWaiting(url);
            batch.addAll(more);
            if (more.size() < EventQueues.MAX_PER_CALL) {
                break;
            }
        }
        return batch;
    }

    /** Extends the visibility of batches processed for longer than half the visibility timeout. */
    void extendSlowBatches() {
        Instant threshold = clock.instant().minus(config.visibilityTimeout().dividedBy(2));
        for (InFlight f : inFlight.values()) {
            if (f.since().isBefore(threshold)) {
                try {
                    queues.changeVisibility(url, f.messages(), config.visibilityTimeout());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "events: queue {0}: could not extend the visibility of a slow batch: {1}",
                            new Object[] {name, e.getMessage()});
                }
            }
        }
    }

    /** The poller's figures with SQS's depth, asked at most once a second however often status is polled. */
    QueueStatus status() {
        Instant now = clock.instant();
        Depth d = depth;
        if (d == null || d.at().plus(DEPTH_FOR).isBefore(now)) {
            d = new Depth(null, null, now);
            try {
                Map<QueueAttributeName, String> a = queues.depth(url);
                d = new Depth(Long.valueOf(a.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")),
                        Long.valueOf(a.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                                "0")), now);
            } catch (RuntimeException e) {
                // the status still shows the poller's own figures
            }
            depth = d;
        }
        String state = !running ? "STOPPED" : throttled ? "THROTTLED" : "RUNNING";
        return new QueueStatus(name, url, state, config.receiversPerQueue(),
                received.get(), stored.get(), duplicates.get(), quarantined.get(), lastReceiveAt, d.waiting(),
                d.inFlight(), lastError, lastError == null ? null : lastErrorAt);
    }

    /**
     * A batch that could not be stored comes back when this loop is ready to try again, not only after the full
     * visibility timeout; SQS still counts the receives, so true poison reaches the dead-letter queue.
     */
    private void retryLater(List<Message> batch, Duration after) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            queues.changeVisibility(url, batch, after);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "events: queue {0}: the failed batch comes back after its visibility timeout", name);
        }
    }

    private void release(List<Message> batch) {
        try {
            queues.changeVisibility(url, batch, Duration.ZERO);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "events: queue {0}: {1} messages received while stopping come back after their"
                    + " visibility timeout", new Object[] {name, batch.size()});
        }
    }

    private void pause(Duration d) throws InterruptedException {
        if (!d.isZero()) {
            CountDownLatch never = new CountDownLatch(1);
            long until = System.nanoTime() + d.toNanos();
            while (running && System.nanoTime() < until) {
                never.await(Math.min(200, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()) + 1),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    private Duration next(Duration backoff) {
        Duration doubled = backoff.isZero() ? Duration.ofSeconds(1) : backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private record InFlight(List<Message> messages, Instant since) {
    }

    /** SQS's approximate depth of the queue, as asked at {@code at}. */
    private record Depth(Long waiting, Long inFlight, Instant at) {
    }
}
