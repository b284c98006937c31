package com.dxp.collector.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The writes of run records, each in a transaction: {@link BatchRuns} makes them from request threads, the managed
 * scheduler and the application's stop, where none is open, and the job operator's calls around them must stay
 * outside one. Joins the caller's transaction when there is one.
 */
@ApplicationScoped
public class JobRunService {

    @Inject
    JobRunRepository runs;

    /** Records a run just started on {@code serverId}. */
    @Transactional
    public void started(JobRun run, String serverId) {
        run.runningOn(serverId);
        runs.store(run);
    }

    /** Records the server that runs the run's latest execution from now on (a restart or a take-over). */
    @Transactional
    public void runningOn(long instanceId, String serverId) {
        runs.runningOn(instanceId, serverId);
    }

    /** Asks the run's own server to stop it. */
    @Transactional
    public void requestStop(long instanceId) {
        runs.requestStop(instanceId);
    }

    /** Takes the asks to stop runs of {@code serverId}; the runs asked. */
    @Transactional
    public List<JobRun> takeStopRequests(String serverId) {
        return runs.takeStopRequests(serverId);
    }

    /** Marks the run handed over by its server, which stops on purpose. */
    @Transactional
    public void handOver(long instanceId) {
        runs.handOver(instanceId);
    }
}
