package com.dxp.collector.platform.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls a port on behalf of one reader: counts every call (the figure reported as API calls), waits out
 * {@link PostponedException}s and repeats the same call, and waits between polls. Waits are cut into short slices
 * and end with {@link StopRequestedException} as soon as the job is {@code STOPPING}, because a Retry-After can be
 * hours long and a stop must not wait for it. Not thread-safe: one per reader.
 */
public final class PortCaller {

    /** How often a wait looks at the job's status; short enough that a stop ends a wait promptly. */
    static final Duration SLICE = Duration.ofMillis(50);

    /** How often a wait asks the job operator whether the job is stopping; a repository read each time. */
    static final Duration OPERATOR_CHECK = Duration.ofMillis(250);

    private static final Logger LOG = Logger.getLogger(PortCaller.class.getName());

    private final JobContext job;
    private int calls;
    private long lastOperatorCheck = System.nanoTime() - OPERATOR_CHECK.toNanos();

    public PortCaller(JobContext job) {
        this.job = job;
    }

    /**
     * Runs {@code call}, repeating it after each postponement. Any other exception goes to the caller unchanged
     * (retry and skip are the chunk's business).
     *
     * @throws StopRequestedException if the job is stopped while waiting
     */
    public <T> T call(Supplier<T> call) {
        while (true) {
            calls++;
            try {
                return call.get();
            } catch (PostponedException e) {
                LOG.log(Level.INFO, "Job {0} postponed by its source for {1}: {2}",
                        new Object[] {job.getExecutionId(), e.waitFor(), e.getMessage()});
                pause(e.waitFor());
            }
        }
    }

    /**
     * Waits {@code duration} in slices.
     *
     * @throws StopRequestedException as soon as the job is stopping
     */
    public void pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (true) {
            if (stopping()) {
                throw new StopRequestedException();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            LockSupport.parkNanos(Math.min(left, SLICE.toNanos()));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new StopRequestedException();
            }
        }
    }

    /**
     * Whether the job has been asked to stop. A partition's {@link JobContext} may be a copy whose status never
     * changes (JBeret clones it per partition), so the job execution is also asked of the job operator, at most
     * every {@link #OPERATOR_CHECK}.
     */
    public boolean stopping() {
        if (job.getBatchStatus() == BatchStatus.STOPPING) {
            return true;
        }
        long now = System.nanoTime();
        if (now - lastOperatorCheck < OPERATOR_CHECK.toNanos()) {
            return false;
        }
        lastOperatorCheck = now;
        try {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(job.getExecutionId()).getBatchStatus();
            return status == BatchStatus.STOPPING || status == BatchStatus.STOPPED;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Cannot read the status of execution " + job.getExecutionId(), e);
            return false;
        }
    }

    /** The calls made since the last drain, and resets the count: progress is reported in batches. */
    public int drainCalls() {
        int drained = calls;
        calls = 0;
        return drained;
    }
}
