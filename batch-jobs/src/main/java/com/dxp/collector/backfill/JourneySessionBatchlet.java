package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.BatchParameters;
import com.dxp.collector.platform.batch.PortCaller;
import com.dxp.collector.platform.batch.StopRequestedException;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The backfill's last step: fetches the journey sessions the period's stored conversations name and stores them,
 * when the run was started with {@code journeySessions=true} (the tenant opted in and granted
 * {@code journey:session:view}); otherwise it does nothing. One call per session, so it comes after the
 * conversations and is bounded by the tenant's backfill lane. Each session is stored as soon as it arrives, outside
 * any transaction of the step's own, so a restart asks only for what is still pending; a transient failure is
 * retried {@value #ATTEMPTS} times with a growing pause, then fails the step (the run can be restarted). Its exit
 * status is {@code JOURNEY_SESSIONS fetched=<n> missing=<n>}.
 */
@Named("journeySessionBatchlet")
@Dependent
public class JourneySessionBatchlet extends AbstractBatchlet {

    /** How many pending sessions are looked up at a time. */
    static final int BATCH = 500;

    /** Calls of one session before a transient failure fails the step. */
    static final int ATTEMPTS = 5;

    private static final Logger LOG = Logger.getLogger(JourneySessionBatchlet.class.getName());

    @Inject
    JourneySessions sessions;

    @Inject
    BackfillProgress progress;

    @Inject
    JobContext jobContext;

    /** The tenant (UUID). Required. */
    @Inject
    @BatchProperty
    String tenantId;

    /** Start of the period (ISO-8601 instant). Required. */
    @Inject
    @BatchProperty
    String from;

    /** End of the period, exclusive (ISO-8601 instant). Required. */
    @Inject
    @BatchProperty
    String to;

    /** {@code true} to fetch; anything else, or absent, fetches nothing. Decided when the run starts. */
    @Inject
    @BatchProperty
    String journeySessions;

    Clock clock = Clock.systemUTC();

    private volatile boolean stopped;

    @Override
    public String process() {
        if (!Boolean.parseBoolean(journeySessions)) {
            return "JOURNEY_SESSIONS off";
        }
        UUID tenant = BatchParameters.uuid("tenantId", tenantId);
        Instant start = BatchParameters.instant("from", from);
        Instant end = BatchParameters.instant("to", to);
        PortCaller caller = new PortCaller(jobContext);
        int fetched = 0;
        int missing = 0;
        try {
            List<String> previous = null;
            for (List<String> pending = sessions.pending(tenant, start, end, BATCH); !pending.isEmpty() && !stopped;
                    pending = sessions.pending(tenant, start, end, BATCH)) {
                if (pending.equals(previous)) {
                    // stored, yet still pending: the store cannot hold them; never loop on them
                    throw new IllegalStateException("journey sessions stay pending after they were stored: "
                            + pending.subList(0, Math.min(3, pending.size())));
                }
                previous = pending;
                for (String id : pending) {
                    if (stopped) {
                        break;
                    }
                    Optional<String> session = fetch(caller, tenant, id);
                    sessions.store(tenant, id, session, clock.instant());
                    progress.journeySessions(jobContext.getInstanceId(), session.isPresent() ? 1 : 0,
                            session.isPresent() ? 0 : 1);
                    fetched += session.isPresent() ? 1 : 0;
                    missing += session.isPresent() ? 0 : 1;
                    progress.apiCalls(jobContext.getInstanceId(), caller.drainCalls());
                }
            }
        } catch (StopRequestedException e) {
            stopped = true;
        } finally {
            progress.apiCalls(jobContext.getInstanceId(), caller.drainCalls());
        }
        LOG.log(Level.INFO, "Backfill of tenant {0}: {1} journey sessions fetched, {2} unknown to Genesys{3}",
                new Object[] {tenantId, fetched, missing, stopped ? " (stopped)" : ""});
        return "JOURNEY_SESSIONS fetched=" + fetched + " missing=" + missing;
    }

    private Optional<String> fetch(PortCaller caller, UUID tenant, String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return caller.call(() -> sessions.fetch(tenant, id));
            } catch (HistoryUnavailableException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.log(Level.FINE, "Backfill of tenant {0}: journey session {1} unavailable ({2}), attempt {3}",
                        new Object[] {tenantId, id, e.getMessage(), attempt});
                caller.pause(Duration.ofSeconds(1L << attempt));
            }
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
