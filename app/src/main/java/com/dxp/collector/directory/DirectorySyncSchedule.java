package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.DailySchedule;
import com.dxp.collector.platform.batch.JobRunStore;
import com.dxp.collector.platform.batch.ScheduledTenants;
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
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily directory sync of every verified tenant ({@code directory.schedule.at}, UTC), checked every minute on
 * the managed scheduler; a sync already going, or being started by another server, is left alone.
 */
@ApplicationScoped
public class DirectorySyncSchedule {

    private static final Logger LOG = Logger.getLogger(DirectorySyncSchedule.class.getName());

    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    DirectoryConfig config;

    @Inject
    DirectorySyncService syncs;

    @Inject
    ScheduledTenants tenants;

    @Inject
    JobRunStore runs;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> ticks;

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 510)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (config.scheduleEnabled()) {
            DailySchedule schedule = config.schedule();
            ticks = scheduler.scheduleWithFixedDelay(() -> tick(schedule), 1, 1, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    private void tick(DailySchedule schedule) {
        try {
            Instant now = clock.instant();
            tenants.forEach(DirectorySyncService.JOB, tenant -> {
                if (schedule.due(now, runs.lastRequested(tenant, DirectorySyncService.JOB,
                        DailySchedule.REQUESTED_BY))) {
                    syncs.start(tenant, false, DailySchedule.REQUESTED_BY);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule: directory syncs not checked: {0}", e.toString());
        }
    }
}
