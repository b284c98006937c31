package com.dxp.collector.backfill;

import com.dxp.collector.conversation.CompletenessStore;
import com.dxp.collector.platform.PeriodicTask;
import com.dxp.collector.platform.batch.DailySchedule;
import com.dxp.collector.platform.batch.DailyTenantRuns;
import com.dxp.collector.platform.rest.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly catch-up backfill: once a day ({@code backfill.schedule.at}, UTC) each verified tenant gets a backfill
 * of the whole days it is not yet complete through, at most {@code backfill.schedule.days} back; its last step
 * reconciles them, so the watermark follows ({@link DailyTenantRuns} checks every minute); a run already going, or
 * being started by another server, is left alone.
 */
@ApplicationScoped
public class BackfillSchedule {

    private static final Logger LOG = Logger.getLogger(BackfillSchedule.class.getName());

    @Inject
    BackfillConfig config;

    @Inject
    BackfillService backfills;

    @Inject
    DailyTenantRuns daily;

    @Inject
    CompletenessStore completeness;

    Clock clock = Clock.systemUTC();

    private PeriodicTask ticks;

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (config.scheduleEnabled()) {
            ticks = daily.schedule(BackfillService.JOB, config.schedule(), tenant -> catchUp(tenant, clock.instant()));
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel();
        }
    }

    private void catchUp(UUID tenant, Instant now) {
        Optional<Period> period = period(completeness.watermark(tenant), now, config.scheduleDays());
        if (period.isEmpty()) {
            return;
        }
        try {
            backfills.start(tenant, new BackfillRequest(period.get().from(), period.get().to(), "auto", null, null, false),
                    DailySchedule.REQUESTED_BY);
        } catch (ProblemException e) {
            LOG.log(Level.INFO, "schedule: tenant {0}: nightly backfill not started: {1}",
                    new Object[] {tenant, e.getMessage()});
        }
    }

    /**
     * The whole days to catch up on: from the watermark (or {@code days} back, whichever is later) to the start of
     * today; empty when there is nothing.
     */
    static Optional<Period> period(Optional<Instant> watermark, Instant now, int days) {
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        Instant earliest = today.minus(Duration.ofDays(days));
        Instant from = watermark.filter(w -> w.isAfter(earliest)).orElse(earliest);
        return from.isBefore(today) ? Optional.of(new Period(from, today)) : Optional.empty();
    }

    /** A period to backfill. */
    record Period(Instant from, Instant to) {
    }
}
