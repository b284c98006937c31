package com.dxp.collector.platform;

import com.dxp.collector.platform.rest.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One piece of background work in flight per tenant, and none for a tenant being purged: what a feature that works
 * for tenants on its own schedule (live enrichment, the event-stream check) needs so that a purge returns only once
 * nothing of the tenant is left in flight, and nothing starts for it afterwards.
 */
public final class TenantWorkGuard {

    /**
     * How long after a purge's deadline its tenant is still skipped: the tenant is gone by then, or the purge failed
     * and the tenant, still disabled, is refused by the gate anyway.
     */
    private static final Duration STOPPED_FOR = Duration.ofMinutes(10);

    private final String work;
    private final Supplier<Instant> clock;
    private final Set<UUID> inFlight = new HashSet<>();
    private final Map<UUID, Instant> stopping = new HashMap<>();

    /**
     * @param work  what the work is, as a 409 names it ("Enrichment", "The event-stream check")
     * @param clock the time, read at each use (a test may change its owner's clock after construction)
     */
    public TenantWorkGuard(String work, Supplier<Instant> clock) {
        this.work = work;
        this.clock = clock;
    }

    /** Marks the tenant's work in flight; false when it already is or the tenant is being purged. */
    public synchronized boolean begin(UUID tenantId) {
        return !stopping(tenantId) && inFlight.add(tenantId);
    }

    /** The tenant's work has ended: the next may begin, and a purge waiting for it may go on. */
    public synchronized void end(UUID tenantId) {
        inFlight.remove(tenantId);
        notifyAll();
    }

    /** Whether the tenant is being purged: work in flight for it should stop early. */
    public synchronized boolean stopping(UUID tenantId) {
        Instant until = stopping.get(tenantId);
        if (until != null && clock.get().isAfter(until)) {
            stopping.remove(tenantId);
            return false;
        }
        return until != null;
    }

    /**
     * A purge of the tenant: no work of it begins any more, and this returns once none is in flight.
     *
     * @throws ProblemException 409 when work is still in flight at the deadline
     */
    public synchronized void stop(UUID tenantId, Instant deadline) {
        stopping.put(tenantId, deadline.plus(STOPPED_FOR));
        while (inFlight.contains(tenantId)) {
            long left = Duration.between(clock.get(), deadline).toMillis();
            if (left <= 0) {
                throw new ProblemException(409, "Conflict", work + " of tenant " + tenantId
                        + " is still in flight; try again in a minute.");
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProblemException(409, "Conflict", "Interrupted while waiting for "
                        + work.toLowerCase(Locale.ROOT) + " of tenant " + tenantId + " to stop.");
            }
        }
    }
}
