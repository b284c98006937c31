package com.dxp.collector.genesys;

import java.time.Instant;

/**
 * Genesys asked us to wait longer than a thread should block (a long {@code Retry-After}, an exhausted rate
 * window): the caller should reschedule its work for {@link #retryAt()} instead of holding a thread.
 */
public class GenesysPostponedException extends GenesysException {

    private final Instant retryAt;

    public GenesysPostponedException(Instant retryAt, String reason) {
        super(reason + "; retry at " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
