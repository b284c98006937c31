package com.dxp.collector.platform.batch;

import java.time.Duration;
import java.util.Objects;

/**
 * A port's way of saying "ask again after {@link #waitFor()}" (a rate limit with a long Retry-After). It is not a
 * failure: {@link PortCaller} waits and repeats the call, so it never consumes a chunk's retry limit. Each feature
 * has its own subclass so the app can throw a type that belongs to the port it implements.
 */
public abstract class PostponedException extends RuntimeException {

    private final Duration waitFor;

    protected PostponedException(Duration waitFor, String message) {
        super(message);
        this.waitFor = Objects.requireNonNull(waitFor, "waitFor");
        if (waitFor.isNegative()) {
            throw new IllegalArgumentException("a postponement cannot be negative: " + waitFor);
        }
    }

    /** How long to wait before repeating the same call. */
    public Duration waitFor() {
        return waitFor;
    }
}
