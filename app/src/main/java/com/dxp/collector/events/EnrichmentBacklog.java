package com.dxp.collector.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the enrichment work list has reached its bound ({@code events.enrichment.max-backlog}). The receive loops
 * ask before every receive and pause while it is full, so a Genesys budget that cannot keep up leaves events in
 * SQS rather than growing the database without bound. The count is read at most every two seconds, whichever
 * loop asks.
 */
@ApplicationScoped
public class EnrichmentBacklog {

    private static final Logger LOG = Logger.getLogger(EnrichmentBacklog.class.getName());
    private static final long REFRESH_NANOS = 2_000_000_000L;

    @Inject
    EnrichmentQueue queue;

    @Inject
    EventsConfig config;

    private volatile Reading last;

    /** True while the pending tasks number at least the configured maximum. */
    public boolean full() {
        Reading r = last;
        long now = System.nanoTime();
        if (r == null || now - r.atNanos() > REFRESH_NANOS) {
            synchronized (this) {
                r = last;
                if (r == null || now - r.atNanos() > REFRESH_NANOS) {
                    r = read(now, r);
                    last = r;
                }
            }
        }
        return r.full();
    }

    private Reading read(long now, Reading previous) {
        boolean full;
        try {
            long pending = queue.pending();
            full = pending >= config.enrichmentMaxBacklog();
            if (previous == null || previous.full() != full) {
                LOG.log(full ? Level.WARNING : Level.INFO, full
                        ? "events: {0} conversations wait for enrichment (maximum {1}); receiving pauses"
                        : "events: {0} conversations wait for enrichment (maximum {1}); receiving", new Object[] {
                            pending, config.enrichmentMaxBacklog()});
            }
        } catch (RuntimeException e) {
            // the store is down: the receive loops find out themselves and back off; do not block them here
            full = previous != null && previous.full();
        }
        return new Reading(full, now);
    }

    private record Reading(boolean full, long atNanos) {
    }
}
