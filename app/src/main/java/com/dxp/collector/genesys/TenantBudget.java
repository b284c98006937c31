package com.dxp.collector.genesys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * One tenant's API budget: at most {@code limit} calls in any sliding window (a minute in production), handed
 * out by lane priority (a waiting live caller goes before any directory caller, which goes before any backfill
 * caller; first come first served within a lane), and closed entirely while Genesys has said to wait
 * ({@code Retry-After}, a spent {@code inin-ratelimit} window). Waiting is bounded twice: by the caller's timeout
 * and by the number of callers allowed to wait. The window carries a small safety margin (2 %, at least 50 ms).
 */
public final class TenantBudget {

    private static final long MIN_MARGIN_NANOS = 50_000_000L;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final long windowNanos;
    private final int maxWaiters;
    private final LongSupplier nanoTime;
    private final Clock clock;
    private final ArrayDeque<Long> grants = new ArrayDeque<>();
    private final Map<Lane, ArrayDeque<Object>> waiting = new EnumMap<>(Lane.class);
    private int limit;
    private int waiters;
    private long pausedUntil;
    private boolean paused;

    public TenantBudget(int limit, Duration window, int maxWaiters) {
        this(limit, window, maxWaiters, System::nanoTime, Clock.systemUTC());
    }

    TenantBudget(int limit, Duration window, int maxWaiters, LongSupplier nanoTime, Clock clock) {
        if (limit < 1 || maxWaiters < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit, maxWaiters and window must be positive");
        }
        this.limit = limit;
        // a margin so that requests granted at a window's edge still fall into separate windows at Genesys,
        // whatever the scheduling delay between grant and send
        this.windowNanos = window.toNanos() + Math.max(window.toNanos() / 50, MIN_MARGIN_NANOS);
        this.maxWaiters = maxWaiters;
        this.nanoTime = nanoTime;
        this.clock = clock;
        for (Lane lane : Lane.values()) {
            waiting.put(lane, new ArrayDeque<>());
        }
    }

    /**
     * Takes one permit for a call in {@code lane}, waiting at most {@code timeout}; returns how long it waited.
     *
     * @throws GenesysPostponedException     when Genesys said to wait beyond the timeout
     * @throws GenesysBudgetTimeoutException when no permit came in time or too many callers wait already
     */
    public Duration acquire(Lane lane, Duration timeout) {
        long start = nanoTime.getAsLong();
        long deadline = start + timeout.toNanos();
        lock.lock();
        try {
            if (waiters >= maxWaiters) {
                throw new GenesysBudgetTimeoutException(waiters + " callers already wait for this tenant's budget");
            }
            Object ticket = new Object();
            waiting.get(lane).addLast(ticket);
            waiters++;
            try {
                return awaitPermit(lane, ticket, start, deadline);
            } finally {
                waiting.get(lane).remove(ticket);
                waiters--;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private Duration awaitPermit(Lane lane, Object ticket, long start, long deadline) {
        while (true) {
            long now = nanoTime.getAsLong();
            evictBefore(now - windowNanos);
            long wait;
            if (paused && pausedUntil - now > 0) {
                if (pausedUntil - deadline > 0) {
                    throw new GenesysPostponedException(instantAt(pausedUntil, now),
                            "Genesys asked this tenant to pause its calls");
                }
                wait = pausedUntil - now;
            } else if (!isNext(lane, ticket)) {
                wait = deadline - now;
            } else if (grants.size() >= limit) {
                wait = grants.peekFirst() + windowNanos - now;
            } else {
                grants.addLast(now);
                return Duration.ofNanos(now - start);
            }
            long remaining = deadline - now;
            if (remaining <= 0) {
                throw new GenesysBudgetTimeoutException("no API budget permit within "
                        + Duration.ofNanos(deadline - start).toMillis() + " ms (lane " + lane + ")");
            }
            try {
                changed.awaitNanos(Math.max(1, Math.min(wait, remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GenesysBudgetTimeoutException("interrupted while waiting for an API budget permit");
            }
        }
    }

    /** Closes the budget for {@code duration} (extends, never shortens, a pause in force). */
    public void pauseFor(Duration duration) {
        lock.lock();
        try {
            long until = nanoTime.getAsLong() + duration.toNanos();
            if (!paused || until - pausedUntil > 0) {
                pausedUntil = until;
                paused = true;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** When the pause in force ends; now when there is none. */
    public Instant pausedUntil() {
        lock.lock();
        try {
            long now = nanoTime.getAsLong();
            return paused && pausedUntil - now > 0 ? instantAt(pausedUntil, now) : clock.instant();
        } finally {
            lock.unlock();
        }
    }

    /** Sets the calls allowed per window, for example to the org's own limit once known. */
    public void setLimit(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        lock.lock();
        try {
            limit = value;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    /** Callers waiting now, per lane; for tests and diagnostics. */
    public int waiting(Lane lane) {
        lock.lock();
        try {
            return waiting.get(lane).size();
        } finally {
            lock.unlock();
        }
    }

    private boolean isNext(Lane lane, Object ticket) {
        for (Lane higher : Lane.values()) {
            if (higher == lane) {
                return waiting.get(lane).peekFirst() == ticket;
            }
            if (!waiting.get(higher).isEmpty()) {
                return false;
            }
        }
        return false;
    }

    private void evictBefore(long horizon) {
        while (!grants.isEmpty() && grants.peekFirst() - horizon <= 0) {
            grants.pollFirst();
        }
    }

    private Instant instantAt(long nanos, long now) {
        return clock.instant().plusNanos(nanos - now);
    }
}
