package com.dxp.collector.tenant;

import com.dxp.collector.platform.cluster.CollectorServer;
import com.dxp.collector.platform.cluster.ServerMembership;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Purges a disabled tenant in the only safe order: first its work is stopped everywhere ({@link TenantStopping}:
 * running backfills and directory syncs, in-flight enrichment), then the tenant is marked {@code PURGING} and the
 * {@code tenant-purge} batch job deletes its rows in the background, a chunk per transaction, the tenant row last.
 * A purge whose work does not stop in {@code tenant.purge.stop-timeout-seconds} deletes nothing and answers 409.
 * There is one purge per tenant: asked again while its job runs it answers 409; asked again after its job failed,
 * stopped or lost its server (Liberty marks a dead server's jobs FAILED only when that server starts again), it
 * starts a new execution that continues with what is left, deleting being idempotent.
 */
@ApplicationScoped
public class TenantPurge {

    static final String JOB = "tenant-purge";

    private static final Logger LOG = Logger.getLogger(TenantPurge.class.getName());

    @Inject
    TenantService tenants;

    @Inject
    TenantPurgeRepository purges;

    @Inject
    TenantConfig config;

    @Inject
    ServerMembership membership;

    @Inject
    Event<TenantStopping> stopping;

    Clock clock = Clock.systemUTC();

    PurgeJobs jobs = new BatchPurgeJobs();

    /** Starts the tenant-purge job and reads its executions; a seam so the purge's rules run without a batch runtime. */
    interface PurgeJobs {

        /** Starts the job; its execution id. */
        long start(Properties parameters);

        /** The batch status of a tenant-purge execution; null when the job repository knows no such execution. */
        BatchStatus status(long executionId);
    }

    /**
     * Stops the tenant's work, marks it {@code PURGING} and starts the job that deletes it with its data, or starts
     * that job again for a purge whose last execution ended early; the purge as it stands.
     *
     * @throws com.dxp.collector.platform.rest.ProblemException 404 for an unknown tenant; 409 when it is enabled,
     *         its work will not stop, or its purge is running
     */
    public TenantPurgeRun purge(UUID tenantId, CredentialStore.Actor actor) {
        Optional<TenantPurgeRun> current = find(tenantId);
        if (current.isPresent() && !current.get().completed()) {
            if (running(current.get().status())) {
                throw TenantProblems.purgeRunning(tenantId);
            }
            stopWork(tenantId);
            tenants.recordPurgeResumed(tenantId, actor, "its execution " + current.get().executionId() + " ended "
                    + current.get().status());
            return launch(tenantId);
        }
        tenants.requireDisabled(tenantId);
        stopWork(tenantId);
        tenants.startPurge(tenantId, actor);
        return launch(tenantId);
    }

    /** The tenant's purge, if one was ever started (it is kept after the tenant is gone). */
    public Optional<TenantPurgeRun> find(UUID tenantId) {
        return purges.find(tenantId).map(p -> new TenantPurgeRun(p.tenantId(), p.tenantName(),
                status(p.endedAt() != null, p.executionId() == null ? null : jobs.status(p.executionId()),
                        alive(p.serverId())), p.executionId(),
                p.requestedBy(), p.startedAt(), p.endedAt(), p.deleted(),
                p.deleted().values().stream().mapToLong(Long::longValue).sum()));
    }

    /**
     * What a purge's status is: COMPLETED once its tenant is gone; else its execution's batch status, except that an
     * execution the job repository does not know, one that completed without deleting the tenant (stopped), or one
     * still marked running on a server that is no longer alive has ended early: it can be started again.
     */
    static String status(boolean ended, BatchStatus execution, boolean serverAlive) {
        if (ended) {
            return BatchStatus.COMPLETED.name();
        }
        if (execution == null) {
            return BatchStatus.FAILED.name();
        }
        if (execution == BatchStatus.COMPLETED) {
            return BatchStatus.STOPPED.name();
        }
        if (running(execution.name()) && !serverAlive) {
            return BatchStatus.FAILED.name();
        }
        return execution.name();
    }

    /** Whether a purge of this status is deleting now (asking again is a 409). */
    static boolean running(String status) {
        return status.equals(BatchStatus.STARTING.name()) || status.equals(BatchStatus.STARTED.name())
                || status.equals(BatchStatus.STOPPING.name());
    }

    private void stopWork(UUID tenantId) {
        Duration timeout = config.purgeStopTimeout();
        stopping.fire(new TenantStopping(tenantId, clock.instant().plus(timeout)));
    }

    private TenantPurgeRun launch(UUID tenantId) {
        Properties parameters = new Properties();
        parameters.setProperty("tenantId", tenantId.toString());
        parameters.setProperty("chunkSize", Integer.toString(config.purgeChunkSize()));
        long executionId = jobs.start(parameters);
        tenants.purgeExecuting(tenantId, executionId, serverId());
        LOG.log(Level.INFO, "tenant {0}: purge running as execution {1}", new Object[] {tenantId, executionId});
        return find(tenantId).orElseThrow(() -> new IllegalStateException("the purge of tenant " + tenantId
                + " vanished right after it was started"));
    }

    /** This collector server's id. */
    String serverId() {
        return membership.serverId();
    }

    /** Whether the server running the purge's execution is this one or another that is alive. */
    boolean alive(String serverId) {
        if (serverId == null || serverId.equals(serverId())) {
            return true;
        }
        return membership.servers().stream().anyMatch(s -> s.serverId().equals(serverId)
                && s.state() == CollectorServer.State.LIVE);
    }

    /** The job in Liberty's batch runtime, whose job repository is in the application database. */
    static final class BatchPurgeJobs implements PurgeJobs {

        @Override
        public long start(Properties parameters) {
            return operator().start(JOB, parameters);
        }

        @Override
        public BatchStatus status(long executionId) {
            try {
                JobExecution execution = operator().getJobExecution(executionId);
                return JOB.equals(execution.getJobName()) ? execution.getBatchStatus() : null;
            } catch (NoSuchJobExecutionException e) {
                return null;
            }
        }

        private static JobOperator operator() {
            return BatchRuntime.getJobOperator();
        }
    }
}
