package com.dxp.collector.events;

import com.dxp.collector.platform.jdbc.StoreException;
import com.dxp.collector.platform.jdbc.UnitOfWork;
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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
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
 * the messages, in the background while it receives the next batch (one delete outstanding per loop).
 *
 * <p>A failure never burns healthy messages. When the database does not answer, the loops stop receiving (state
 * {@code WAITING_FOR_DATABASE}) until it does, so messages wait in SQS without counting receives toward the
 * dead-letter queue. When it answers, the batch is split in halves until the message that fails it is found and
 * quarantined ({@link QuarantineReason#UNSTORABLE}), the rest stored. While the enrichment work list is full the
 * loops do not receive at all (the events wait in SQS). Loops and deletes run on threads of this poller's own, so no
 * other work can starve them; a loop that ends by any failure is started again ({@link #supervise()}) and counted.
 * Each round's database work is a {@link UnitOfWork} of its own, so a loop never keeps a pooled connection.
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
    private final BooleanSupplier databaseAnswers;
    private final ThreadFactory threads;
    private final UnitOfWork units;
    private final Clock clock;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong quarantined = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong batchIds = new AtomicLong();
    private final List<Future<?>> loops = new ArrayList<>();
    private volatile ExecutorService loopPool;
    private volatile ExecutorService deletePool;
    /** Loops waiting in a long poll: stopping interrupts them at once, as nothing they hold is processed yet. */
    private final Set<Thread> receiving = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private volatile Instant lastReceiveAt;
    private volatile Depth depth;
    private volatile boolean throttled;
    private volatile boolean waitingForDatabase;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    QueuePoller(String url, EventQueues queues, EventIntake intake, EventIngestService ingest, EventsConfig config,
            EventMetrics metrics, BooleanSupplier backlogFull, BooleanSupplier databaseAnswers, ThreadFactory threads,
            UnitOfWork units, Clock clock) {
        this.url = url;
        this.name = EventQueues.name(url);
        this.queues = queues;
        this.intake = intake;
        this.ingest = ingest;
        this.config = config;
        this.metrics = metrics;
        this.backlogFull = backlogFull;
        this.databaseAnswers = databaseAnswers;
        this.threads = threads;
        this.units = units;
        this.clock = clock;
    }

    String name() {
        return name;
    }

    /** Starts the receive loops, each on a thread of this poller's own, and as many delete threads. */
    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        int receivers = config.receiversPerQueue();
        loopPool = Executors.newFixedThreadPool(receivers, threads);
        deletePool = Executors.newFixedThreadPool(receivers, threads);
        loops.clear();
        for (int i = 0; i < receivers; i++) {
            loops.add(loopPool.submit(this::loop));
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
        loopPool.shutdown();
        try {
            if (!loopPool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                loops.forEach(f -> f.cancel(true));
            }
        } catch (InterruptedException e) {
            loops.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
        } finally {
            loopPool.shutdownNow();
            deletePool.shutdown();
        }
        LOG.log(Level.INFO, "events: stopped polling queue {0}", name);
    }

    boolean running() {
        return running;
    }

    /**
     * Starts again any loop that ended while the poller runs (a loop only ends on a stop; anything else is a fault
     * that must not silently leave the queue with fewer receivers), counting each restart.
     */
    synchronized void supervise() {
        if (!running) {
            return;
        }
        for (int i = 0; i < loops.size(); i++) {
            if (loops.get(i).isDone() && running) {
                restarts.incrementAndGet();
                metrics.loopRestarted(name);
                LOG.log(Level.WARNING, "events: queue {0}: a receive loop had ended; started again", name);
                loops.set(i, loopPool.submit(this::loop));
            }
        }
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        CompletableFuture<Void> deleting = CompletableFuture.completedFuture(null);
        try {
            while (running && !Thread.currentThread().isInterrupted()) {
                List<Message> batch = List.of();
                try {
                    pause(backoff);
                    if (waitingForDatabase) {
                        if (!units.run(databaseAnswers::getAsBoolean)) {
                            backoff = next(backoff);
                            continue;
                        }
                        waitingForDatabase = false;
                        LOG.log(Level.INFO, "events: queue {0}: the database answers again; receiving", name);
                    }
                    throttled = units.run(backlogFull::getAsBoolean);
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
                    List<Message> toStore = batch;
                    List<Message> stored = units.run(() -> store(toStore));
                    if (!stored.isEmpty()) {
                        finish(deleting);
                        deleting = deleteLater(stored);
                    }
                    backoff = Duration.ZERO;
                    lastError = null;
                } catch (RuntimeException | Error e) {
                    // an Error too: a loop that ended here would leave the queue short of a receiver for good
                    if (!running) {
                        return;
                    }
                    lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                    lastErrorAt = clock.instant();
                    metrics.failed(name);
                    backoff = next(backoff);
                    if (e instanceof DatabaseUnavailableException) {
                        waitingForDatabase = true;
                    }
                    LOG.log(Level.WARNING, "events: queue {0}: {1}; {2} (whatever was received and not stored stays"
                            + " in the queue)", new Object[] {name, lastError, waitingForDatabase
                                    ? "receiving waits until the database answers" : "retrying in "
                                            + backoff.toMillis() + " ms"});
                    // while the database is down nobody here receives: the batch waits in SQS, visible again soon
                    retryLater(batch, waitingForDatabase ? config.maxBackoff() : backoff);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finish(deleting);
            // a stop's interrupt may still be pending on this pooled thread: clear it before handing it back
            Thread.interrupted();
        }
    }

    /**
     * Stores a received batch and returns what may be deleted: all of it, or, when the database refused the batch
     * while it answers, what storing it in halves got in (the message that fails it quarantined).
     *
     * @throws DatabaseUnavailableException when the database does not answer: nothing of the batch is stored
     */
    private List<Message> store(List<Message> batch) {
        if (batch.isEmpty()) {
            return batch;
        }
        received.addAndGet(batch.size());
        metrics.received(name, batch.size());
        long id = batchIds.incrementAndGet();
        inFlight.put(id, new InFlight(batch, clock.instant()));
        try {
            storeSorted(batch);
            return batch;
        } catch (RuntimeException e) {
            if (!databaseAnswers.getAsBoolean()) {
                throw new DatabaseUnavailableException(e);
            }
            if (!StoreException.refusesAValue(e)) {
                // a lock timeout, a deadlock, a lost connection: the same batch can succeed on its next delivery
                throw e;
            }
            LOG.log(Level.WARNING, "events: queue {0}: the database refused a value of a batch of {1} ({2});"
                    + " storing it in parts to find the message that holds it",
                    new Object[] {name, batch.size(), e.toString()});
            return isolate(batch, e);
        } finally {
            inFlight.remove(id);
        }
    }

    /** Sorts and stores messages in one transaction. */
    private void storeSorted(List<Message> messages) {
        long started = System.nanoTime();
        EventIntake.Sorted sorted = intake.sort(name, messages.stream().map(Message::body).toList());
        long sortedAt = System.nanoTime();
        metrics.step(name, "sort", sortedAt - started);
        int fresh = ingest.store(sorted.events(), sorted.rejected());
        metrics.step(name, "store", System.nanoTime() - sortedAt);
        stored.addAndGet(fresh);
        duplicates.addAndGet(sorted.events().size() - fresh);
        quarantined.addAndGet(sorted.rejected().size());
        metrics.stored(name, fresh, sorted.events().size() - fresh, sorted.rejected());
    }

    /**
     * Stores {@code part}, which failed as a whole with {@code failure}, in halves, down to the single messages that
     * fail alone, which are quarantined with the failure. Returns what is stored or quarantined.
     *
     * @throws DatabaseUnavailableException when the database stops answering on the way
     */
    private List<Message> isolate(List<Message> part, RuntimeException failure) {
        if (part.size() == 1) {
            Message m = part.get(0);
            RejectedMessage unstorable = new RejectedMessage(name, m.body() == null ? "" : m.body(),
                    QuarantineReason.UNSTORABLE, "the database refused it even alone: " + failure, null, null, null);
            try {
                ingest.store(List.of(), List.of(unstorable));
            } catch (RuntimeException e) {
                throw databaseAnswers.getAsBoolean() ? e : new DatabaseUnavailableException(e);
            }
            quarantined.incrementAndGet();
            metrics.stored(name, 0, 0, List.of(unstorable));
            LOG.log(Level.WARNING, "events: queue {0}: message {1} fails every batch it is in; quarantined as"
                    + " UNSTORABLE, the others of its batch stored", new Object[] {name, m.messageId()});
            return part;
        }
        List<Message> done = new ArrayList<>();
        int half = part.size() / 2;
        for (List<Message> p : List.of(part.subList(0, half), part.subList(half, part.size()))) {
            try {
                storeSorted(p);
                done.addAll(p);
            } catch (RuntimeException e) {
                if (!databaseAnswers.getAsBoolean()) {
                    throw new DatabaseUnavailableException(e);
                }
                if (!StoreException.refusesAValue(e)) {
                    throw e;
                }
                done.addAll(isolate(p, e));
            }
        }
        return done;
    }

    /**
     * Deletes a stored batch while the loop receives the next one. A delete that fails or never runs costs nothing
     * but a redelivery, which the receipts recognise; with the executor full it runs on the loop's own thread.
     */
    private CompletableFuture<Void> deleteLater(List<Message> batch) {
        try {
            return CompletableFuture.runAsync(() -> delete(batch), deletePool);
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

    /** This server's loops on the queue from the poller's own figures, asking SQS nothing: for the heartbeat. */
    ReceiveLoopsActivity.QueueLoops loops() {
        return new ReceiveLoopsActivity.QueueLoops(name, state(), config.receiversPerQueue(), received.get());
    }

    private String state() {
        return !running ? "STOPPED" : waitingForDatabase ? "WAITING_FOR_DATABASE" : throttled ? "THROTTLED" : "RUNNING";
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
        return new QueueStatus(name, url, state(), config.receiversPerQueue(),
                received.get(), stored.get(), duplicates.get(), quarantined.get(), lastReceiveAt, d.waiting(),
                d.inFlight(), lastError, lastError == null ? null : lastErrorAt, restarts.get());
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

    /** The database did not answer when a batch failed: the loops wait for it instead of receiving. */
    private static final class DatabaseUnavailableException extends RuntimeException {

        DatabaseUnavailableException(RuntimeException cause) {
            super("the database does not answer: " + cause.getMessage(), cause);
        }
    }

    /** SQS's approximate depth of the queue, as asked at {@code at}. */
    private record Depth(Long waiting, Long inFlight, Instant at) {
    }
}
