package com.dxp.collector.backfill;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Reads the next page of an analytics job's results while the backfill stores the current one, so a partition
 * waits for the API or for the store, not for both in turn. At most a few pages are held, each for a short
 * time: one read for a run that stopped meanwhile is dropped unread. A read that failed fails the caller's next
 * call for that page, which the reader retries as any failed call (then reading it directly).
 */
final class PageReadAhead<P> {

    private final int maxPages;
    private final long maxAgeNanos;
    private final Map<String, Entry<P>> ahead = new ConcurrentHashMap<>();

    PageReadAhead(int maxPages, long maxAgeNanos) {
        this.maxPages = maxPages;
        this.maxAgeNanos = maxAgeNanos;
    }

    /**
     * The page read ahead under {@code key}, waiting for it if it is still being read; null when there is none, or
     * when it is not read within the time a page may be held (the caller then reads it itself: a read that hangs
     * holds a partition no longer than that).
     */
    P take(String key) {
        Entry<P> e = ahead.remove(key);
        if (e == null) {
            return null;
        }
        long left = maxAgeNanos - (System.nanoTime() - e.since());
        try {
            return e.page().get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            e.page().cancel(false);
            return null;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new CompletionException(failed.getCause());
        }
    }

    /** Starts reading {@code key}'s page on {@code executor}, unless enough pages are held already. */
    void readAhead(String key, Executor executor, Supplier<P> read) {
        long now = System.nanoTime();
        for (Iterator<Entry<P>> i = ahead.values().iterator(); i.hasNext();) {
            if (now - i.next().since() > maxAgeNanos) {
                i.remove();
            }
        }
        if (executor == null || ahead.size() >= maxPages) {
            return;
        }
        try {
            ahead.computeIfAbsent(key, k -> new Entry<>(CompletableFuture.supplyAsync(read, executor), now));
        } catch (RejectedExecutionException busy) {
            // the executor is full: the page is read when it is asked for
        }
    }

    private record Entry<P>(CompletableFuture<P> page, long since) {
    }
}
