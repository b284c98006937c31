package com.dxp.collector.platform.batch;

import com.dxp.collector.platform.PeriodicTask;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a job once a day for every verified tenant: every minute, on the managed scheduler, each enabled and
 * verified tenant whose daily slot has come and who has no scheduled run of the job since is handed to the job's
 * starter. A failure for one tenant is logged and keeps no other from its run.
 */
@ApplicationScoped
public class DailyTenantRuns {

    private static final Logger LOG = Logger.getLogger(DailyTenantRuns.class.getName());

    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ScheduledTenants tenants;

    @Inject
    JobRunRepository runs;

    @Inject
    JobLeases leases;

    /** Suffix of the lease name under which a tenant's scheduled start of a job is decided. */
    static final String SCHEDULE_LEASE = ".schedule";
    /** How long a decision may hold the lease if its server dies before releasing it. */
    private static final Duration LEASE_TIME = Duration.ofMinutes(2);

    Clock clock = Clock.systemUTC();

    /**
     * Starts checking; cancel the result to stop. {@code start} must record its run under
     * {@link DailySchedule#REQUESTED_BY}, which is how the next checks know it ran.
     */
    public PeriodicTask schedule(String jobName, DailySchedule schedule, Consumer<UUID> start) {
        return PeriodicTask.start(scheduler, Duration.ofMinutes(1), Duration.ofMinutes(1), LOG,
                jobName + " schedule (runs not checked)", () -> tick(jobName, schedule, start));
    }

    /** One look at every verified tenant; a failure to page them is logged by the {@link PeriodicTask}. */
    private void tick(String jobName, DailySchedule schedule, Consumer<UUID> start) {
        Instant now = clock.instant();
        tenants.forEach(tenant -> startIfDue(jobName, schedule, start, tenant, now));
    }

    /**
     * Starts the tenant's run when its slot has come and no scheduled run was requested since. The look and the start
     * happen under the tenant's schedule lease, so of several servers checking the same slot one starts the run and
     * the others then find it requested: once per slot, even when the first run ended before another server looks.
     */
    void startIfDue(String jobName, DailySchedule schedule, Consumer<UUID> start, UUID tenant, Instant now) {
        if (!schedule.due(now, runs.findLastRequested(tenant, jobName, DailySchedule.REQUESTED_BY))) {
            return;
        }
        String lease = jobName + SCHEDULE_LEASE;
        String holder = UUID.randomUUID().toString();
        try {
            if (!leases.acquire(tenant, lease, holder, clock.instant(), LEASE_TIME)) {
                return;
            }
            try {
                if (schedule.due(now, runs.findLastRequested(tenant, jobName, DailySchedule.REQUESTED_BY))) {
                    start.accept(tenant);
                }
            } finally {
                leases.release(tenant, lease, holder, clock.instant());
            }
        } catch (RuntimeException | Error e) {
            // an Error of one tenant's start (a class missing from a job, a stack overflow) keeps no other from its run
            LOG.log(Level.WARNING, "schedule: tenant {0}: {1} not started: {2}",
                    new Object[] {tenant, jobName, e.toString()});
        }
    }
}
