package com.dxp.collector.backfill;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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

    /** The page read ahead under {@code key}, waiting for it if it is still being read; null when there is none. */
    P take(String key) {
        Entry<P> e = ahead.remove(key);
        if (e == null) {
            return null;
        }
        try {
            return e.page().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw failed;
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
