package com.dxp.collector.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the enrichment work list has reached its bounds: in all ({@code events.enrichment.max-backlog}), when the
 * receive loops pause so that events wait in SQS rather than grow the database without bound; and per tenant
 * ({@code events.enrichment.max-backlog-per-tenant}), when that tenant's further ended conversations are left to
 * reconciliation instead of queued, so one tenant whose API is refused or rate limited never pauses another's events.
 * The counts are read at most every two seconds, whoever asks.
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

    /** The work list as a whole is full: receiving pauses. */
    public boolean full() {
        return reading().full();
    }

    /** The tenant's share of the work list is full: its further conversations are left to reconciliation. */
    public boolean fullFor(UUID tenantId) {
        return reading().pending().getOrDefault(tenantId, 0L) >= config.enrichmentMaxBacklogPerTenant();
    }

    private Reading reading() {
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
        return r;
    }

    private Reading read(long now, Reading previous) {
        try {
            Map<UUID, Long> pending = queue.pendingByTenant();
            long total = pending.values().stream().mapToLong(Long::longValue).sum();
            boolean full = total >= config.enrichmentMaxBacklog();
            if (previous == null || previous.full() != full) {
                LOG.log(full ? Level.WARNING : Level.INFO, full
                        ? "events: {0} conversations wait for enrichment (maximum {1}); receiving pauses"
                        : "events: {0} conversations wait for enrichment (maximum {1}); receiving", new Object[] {
                            total, config.enrichmentMaxBacklog()});
            }
            for (Map.Entry<UUID, Long> e : pending.entrySet()) {
                boolean tenantFull = e.getValue() >= config.enrichmentMaxBacklogPerTenant();
                boolean wasFull = previous != null && previous.pending().getOrDefault(e.getKey(), 0L)
                        >= config.enrichmentMaxBacklogPerTenant();
                if (tenantFull && !wasFull) {
                    LOG.log(Level.WARNING, "events: tenant {0} has {1} conversations waiting for enrichment (maximum"
                            + " {2}); its further ended conversations are left to reconciliation", new Object[] {
                                e.getKey(), e.getValue(), config.enrichmentMaxBacklogPerTenant()});
                }
            }
            return new Reading(Map.copyOf(pending), full, now);
        } catch (RuntimeException e) {
            // the store is down: the receive loops find out themselves and back off; do not block them here
            return new Reading(previous == null ? Map.of() : previous.pending(), previous != null && previous.full(),
                    now);
        }
    }

    private record Reading(Map<UUID, Long> pending, boolean full, long atNanos) {
    }
}
