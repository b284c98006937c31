package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.DailySchedule;
import com.dxp.collector.platform.PeriodicTask;
import com.dxp.collector.platform.batch.DailyTenantRuns;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * The daily directory sync of every verified tenant ({@code directory.schedule.at}, UTC; {@link DailyTenantRuns}
 * checks every minute); a sync already going, or being started by another server, is left alone.
 */
@ApplicationScoped
public class DirectorySyncSchedule {

    @Inject
    DirectoryConfig config;

    @Inject
    DirectorySyncService syncs;

    @Inject
    DailyTenantRuns daily;

    private PeriodicTask ticks;

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 510)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (config.scheduleEnabled()) {
            ticks = daily.schedule(DirectorySyncService.JOB, config.schedule(),
                    tenant -> syncs.start(tenant, false, DailySchedule.REQUESTED_BY));
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel();
        }
    }
}
