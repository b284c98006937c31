package com.dxp.collector.platform;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work a bean runs on the container's scheduler with a fixed delay for as long as the application runs.
 * Whatever a run throws is logged and the next run still comes: a scheduled task that throws is never run again,
 * which would end the work silently.
 */
public final class PeriodicTask {

    private final ScheduledFuture<?> runs;

    private PeriodicTask(ScheduledFuture<?> runs) {
        this.runs = runs;
    }

    /**
     * Schedules {@code task} every {@code every} after {@code first}.
     *
     * @param what names the work in the log line of a failed run
     */
    public static PeriodicTask start(ManagedScheduledExecutorService scheduler, Duration first, Duration every,
            Logger log, String what, Runnable task) {
        return new PeriodicTask(scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                log.log(Level.WARNING, "{0} failed; the next run comes in {1} s: {2}",
                        new Object[] {what, every.toSeconds(), e.toString()});
            }
        }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** No further run; one running finishes. */
    public void cancel() {
        runs.cancel(false);
    }
}
