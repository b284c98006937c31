package com.dxp.collector.events;

import com.dxp.collector.platform.PeriodicTask;
import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the live path's bookkeeping bounded: every hour it deletes event receipts older than
 * {@code events.receipts.retention-days} (by then neither SQS nor Genesys can deliver the event again) and
 * enrichment tasks given up on as long ago (their conversations stay stored). Deletes go in chunks, each its own
 * short transaction, so a large first purge never holds locks the receive loops wait on.
 */
@ApplicationScoped
public class ReceiptRetention {

    private static final Logger LOG = Logger.getLogger(ReceiptRetention.class.getName());

    /** Rows deleted per statement. */
    private static final int CHUNK = 10_000;

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    EventsConfig config;

    Clock clock = Clock.systemUTC();

    private int chunk = CHUNK;
    private PeriodicTask runs;

    public ReceiptRetention() {
    }

    ReceiptRetention(DataSource dataSource, EventsConfig config, Clock clock, int chunk) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
        this.chunk = chunk;
    }

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 300)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        runs = PeriodicTask.start(scheduler, Duration.ofMinutes(1), Duration.ofHours(1), LOG,
                "events: receipt retention", this::runOnce);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel();
        }
    }

    private void runOnce() {
        Pruned p = prune();
        if (p.receipts() + p.givenUp() > 0) {
            LOG.log(Level.INFO, "events: deleted {0} event receipts and {1} given-up enrichment tasks older than {2}"
                    + " days", new Object[] {p.receipts(), p.givenUp(), config.receiptRetention().toDays()});
        }
    }

    /** Deletes what is older than the retention; returns how much. */
    Pruned prune() {
        Instant before = clock.instant().minus(config.receiptRetention());
        long receipts = chunked("event receipt retention", "DELETE FROM event_receipt WHERE (tenant_id, event_id)"
                + " IN (SELECT tenant_id, event_id FROM event_receipt WHERE received_at < ? LIMIT " + chunk + ")",
                before);
        long givenUp = chunked("given-up enrichment retention", "DELETE FROM enrichment_task"
                + " WHERE (tenant_id, conversation_id) IN (SELECT tenant_id, conversation_id FROM enrichment_task"
                + " WHERE state = 'GAVE_UP' AND requested_at < ? LIMIT " + chunk + ")", before);
        return new Pruned(receipts, givenUp);
    }

    private long chunked(String what, String sql, Instant before) {
        long total = 0;
        int deleted;
        do {
            deleted = Jdbc.update(dataSource, what, sql, s -> Jdbc.setInstant(s, 1, before));
            total += deleted;
        } while (deleted == chunk);
        return total;
    }

    /** What one pass deleted. */
    record Pruned(long receipts, long givenUp) {
    }
}
