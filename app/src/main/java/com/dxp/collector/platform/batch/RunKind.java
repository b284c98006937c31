package com.dxp.collector.platform.batch;

/**
 * One kind of per-tenant run, such as a backfill or a directory sync: the job it runs and how one of its runs reads
 * to operators. The lifecycle every kind shares (start, list, read, stop, restart, stop before a purge) is written
 * once, in the tenant feature's {@code TenantRuns}; a kind adds only what is its own (planning, estimate, view).
 *
 * @param <V> the run as operators see it
 */
public interface RunKind<V> {

    /** The job's name, as in its job XML; run records are kept under it. */
    String jobName();

    /** The run as operators see it, from its record, its latest execution and its figures. */
    V view(JobRun run);
}
