package com.dxp.collector.backfill;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One unit of the backfill: the conversations that started in {@code [start, end)}, read with one method. Each
 * conversation belongs to exactly one window, which is why readers filter by start.
 *
 * @param start first instant of the window, inclusive
 * @param end the end, exclusive
 * @param method how the window is read
 */
public record BackfillWindow(Instant start, Instant end, Method method) {

    /** How a window is read: the synchronous query (recent data) or an asynchronous analytics job (bulk). */
    public enum Method {
        QUERY, JOBS
    }

    public BackfillWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(method, "method");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a window must end after it starts: " + start + " / " + end);
        }
    }

    /** A stable name of the window, the same in every execution: {@code QUERY:2026-05-01T00:00:00Z/...}. */
    public String key() {
        return method + ":" + start + "/" + end;
    }

    /** Whether a conversation that started at {@code instant} belongs to this window. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
