package com.dxp.collector.health;

import com.dxp.collector.backfill.BackfillConfig;
import com.dxp.collector.events.EventsConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks at start that the database pool can serve what the configuration asks of it at once: every receive loop
 * of every queue, the tenants enriched in parallel, a backfill's windows read in parallel, and a few connections for
 * API requests and scheduled work. A pool smaller than that does not fail at once; it makes receive loops wait for
 * connections under load, which looks like a slow database. So the start says so, with the figures and the fix.
 */
@ApplicationScoped
public class ConnectionPoolCheck {

    private static final Logger LOG = Logger.getLogger(ConnectionPoolCheck.class.getName());
    /** Connections kept for API requests, readiness probes and the scheduled checks. */
    static final int HEADROOM = 4;

    @Inject
    EventsConfig events;

    @Inject
    BackfillConfig backfill;

    /** The pool's size, the server variable {@code db.pool.max} (environment {@code DB_POOL_MAX}). */
    @Inject
    @ConfigProperty(name = "db.pool.max")
    Optional<Integer> poolMax;

    void checkOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        shortfall(events.queueUrls().size(), events.receiversPerQueue(), events.enrichmentParallelTenants(),
                backfill.concurrency(), poolMax.orElse(20)).ifPresentOrElse(
                        message -> LOG.log(Level.WARNING, "configuration: {0}", message),
                        () -> LOG.log(Level.INFO, "configuration: the database pool of {0} serves every receive"
                                + " loop, enrichment and backfill worker at once", poolMax.orElse(20)));
    }

    /** Why the pool is too small for the rest of the configuration, or empty when it is large enough. */
    static Optional<String> shortfall(int queues, int receiversPerQueue, int parallelTenants, int backfillWindows,
            int pool) {
        int needed = queues * receiversPerQueue + parallelTenants + backfillWindows + HEADROOM;
        if (needed <= pool) {
            return Optional.empty();
        }
        return Optional.of("the database pool (DB_POOL_MAX=" + pool + ") is smaller than the " + needed
                + " connections the configuration may use at once: " + queues + " queue(s) x " + receiversPerQueue
                + " receivers (EVENTS_SQS_RECEIVERS_PER_QUEUE) + " + parallelTenants + " tenants enriched in parallel"
                + " (EVENTS_ENRICHMENT_PARALLEL_TENANTS) + " + backfillWindows + " backfill windows"
                + " (BACKFILL_CONCURRENCY) + " + HEADROOM + " for API requests and scheduled work. Under load,"
                + " receive loops would wait for connections. Raise DB_POOL_MAX to " + needed
                + " (and the database's connection limit with it) or lower the others.");
    }
}
