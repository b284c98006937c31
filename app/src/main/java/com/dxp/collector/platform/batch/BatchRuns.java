package com.dxp.collector.platform.batch;

import com.dxp.collector.platform.cluster.ServerMembership;
import com.dxp.collector.platform.rest.ProblemException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts, stops and restarts the runs of the app's per-tenant batch jobs through the job operator, and records each
 * run ({@link JobRunRepository}) so it can be listed by tenant. A tenant has at most one active run of a job: a second
 * start is refused (409) while one runs, and a database lease ({@link JobLeases}) around the check and the start
 * keeps that true when several servers share the database.
 */
@ApplicationScoped
public class BatchRuns {

    private static final Logger LOG = Logger.getLogger(BatchRuns.class.getName());

    /** How long a start may hold its lease if the server dies before releasing it. */
    private static final Duration START_LEASE = Duration.ofMinutes(2);

    @Inject
    JobRunRepository runs;

    @Inject
    JobRunService records;

    @Inject
    JobLeases leases;

    @Inject
    ServerMembership membership;

    /** How often {@link #stopAndAwait} looks whether a stopped run has ended. */
    private static final Duration STOP_CHECK = Duration.ofMillis(500);

    /** How long a stopping server waits for its handed-over runs' executions to stop (within Liberty's quiesce). */
    private static final Duration HANDOVER_WAIT = Duration.ofSeconds(20);

    /** How many of its latest failed runs a starting server looks through for runs its death left failed. */
    private static final int RESUME_LOOKBACK = 50;

    Clock clock = Clock.systemUTC();

    /**
     * The executions this server started (a start, a restart, a take-over) by run, while they may run: one that
     * another server took over while this one was cut off from the database is stopped here ({@link #fence}).
     */
    private final Map<Long, Long> localExecutions = new ConcurrentHashMap<>();

    /** Set as the application stops: runs are handed over, none taken. */
    private volatile boolean leaving;

    /**
     * Starts a run of {@code jobName} for the tenant.
     *
     * @return the run's job instance id
     * @throws ProblemException 409 when the tenant already has an active run of the job
     */
    public synchronized long start(String jobName, UUID tenantId, Properties parameters, String requestedBy,
            String requestJson) {
        return leased(jobName, tenantId, () -> startLeased(jobName, tenantId, parameters, requestedBy, requestJson));
    }

    /** Runs {@code work} holding the (tenant, job) lease; 409 when another server holds it. */
    private <T> T leased(String jobName, UUID tenantId, Supplier<T> work) {
        return underLease(jobName, tenantId, work).orElseThrow(() -> new ProblemException(409, "Conflict", "A "
                + jobName + " run of tenant " + tenantId + " is being started elsewhere."));
    }

    /** Runs {@code work}, which gives a value, holding the (tenant, job) lease; empty when another server holds it. */
    private <T> Optional<T> underLease(String jobName, UUID tenantId, Supplier<T> work) {
        String holder = UUID.randomUUID().toString();
        if (!leases.acquire(tenantId, jobName, holder, clock.instant(), START_LEASE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            leases.release(tenantId, jobName, holder, clock.instant());
        }
    }

    private long startLeased(String jobName, UUID tenantId, Properties parameters, String requestedBy,
            String requestJson) {
        Optional<JobRun> active = active(jobName, tenantId);
        if (active.isPresent()) {
            throw new ProblemException(409, "Conflict", "Tenant " + tenantId + " already has an active "
                    + jobName + " run (" + active.get().instanceId() + "); stop it or wait for it to end.");
        }
        JobOperator operator = operator();
        long executionId = operator.start(jobName, parameters);
        long instanceId = operator.getJobInstance(executionId).getInstanceId();
        records.started(new JobRun(instanceId, executionId, jobName, tenantId, requestedBy, clock.instant(),
                requestJson), membership.serverId());
        localExecutions.put(instanceId, executionId);
        LOG.log(Level.INFO, "batch: tenant {0}: {1} run {2} started by {3}",
                new Object[] {tenantId, jobName, instanceId, requestedBy});
        return instanceId;
    }

    /** The tenant's active run of the job, if any. */
    public Optional<JobRun> active(String jobName, UUID tenantId) {
        return runs.findByTenantAndJob(tenantId, jobName, null, 20).stream()
                .filter(r -> execution(r).map(RunExecution::active).orElse(false))
                .findFirst();
    }

    /** The run of the tenant with this id; 404 when there is none (or it is another tenant's or job's). */
    public JobRun run(String jobName, UUID tenantId, long instanceId) {
        return runs.find(instanceId).filter(r -> r.tenantId().equals(tenantId) && r.jobName().equals(jobName))
                .orElseThrow(() -> ProblemException.notFound("Tenant " + tenantId + " has no " + jobName + " run "
                        + instanceId + "."));
    }

    /** A page of the tenant's runs of the job, newest first, each shown by {@code view}. */
    public <V> RunPage<V> page(String jobName, UUID tenantId, String cursor, int limit, Function<JobRun, V> view) {
        if (limit < 1 || limit > 100) {
            throw ProblemException.badRequest("limit must be between 1 and 100.");
        }
        List<JobRun> rows = runs.findByTenantAndJob(tenantId, jobName, cursor == null ? null : runId(cursor),
                limit + 1);
        List<V> out = rows.stream().limit(limit).map(view).toList();
        return new RunPage<>(out, rows.size() > limit ? Long.toString(rows.get(limit - 1).instanceId()) : null);
    }

    /** A run id from a path or cursor; 404 when it is not one. */
    public static long runId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("There is no run " + text + ".");
        }
    }

    /** The run's latest execution; empty when the repository no longer knows it. */
    public Optional<RunExecution> execution(JobRun run) {
        List<JobExecution> executions = executions(run);
        if (executions.isEmpty()) {
            return Optional.empty();
        }
        JobExecution latest = executions.stream().max(Comparator.comparingLong(JobExecution::getExecutionId))
                .orElseThrow();
        JobExecution first = executions.stream().min(Comparator.comparingLong(JobExecution::getExecutionId))
                .orElseThrow();
        return Optional.of(new RunExecution(latest.getExecutionId(), executions.size(),
                latest.getBatchStatus().name(), latest.getExitStatus(), instant(latest.getStartTime()),
                instant(latest.getEndTime()), instant(first.getStartTime())));
    }

    /** The run's executions as the job repository has them; none when it no longer knows the run. */
    private static List<JobExecution> executions(JobRun run) {
        JobOperator operator = operator();
        try {
            JobInstance instance = operator.getJobInstance(run.firstExecutionId());
            return operator.getJobExecutions(instance);
        } catch (NoSuchJobInstanceException | NoSuchJobExecutionException e) {
            return List.of();
        }
    }

    /** The name of the step the execution is in now (a top-level step of the job XML); empty when none runs. */
    public Optional<String> runningStep(RunExecution execution) {
        if (!execution.active()) {
            return Optional.empty();
        }
        try {
            return operator().getStepExecutions(execution.executionId()).stream()
                    .filter(s -> s.getBatchStatus() == BatchStatus.STARTED || s.getBatchStatus() == BatchStatus.STARTING)
                    .max(Comparator.comparingLong(StepExecution::getStepExecutionId))
                    .map(StepExecution::getStepName);
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /**
     * Asks the run's active execution to stop; 409 when it is not active. A run on another server is stopped by that
     * server, which looks for such asks every heartbeat ({@link RunTakeover}).
     */
    public void stop(JobRun run) {
        RunExecution e = execution(run).filter(RunExecution::active).orElseThrow(() ->
                new ProblemException(409, "Conflict", "Run " + run.instanceId() + " is not running."));
        String self = membership.serverId();
        if (runs.findServer(run.instanceId()).filter(s -> !s.equals(self)).isPresent()) {
            records.requestStop(run.instanceId());
            return;
        }
        // stopped on purpose: no longer this server's to hand over when it stops
        localExecutions.remove(run.instanceId());
        operator().stop(e.executionId());
    }

    /**
     * Stops here what another server took over while this one was cut off from the database (its heartbeat aged
     * past the limit, so its runs looked orphaned): two executions of one run must not go on at once. Forgets the
     * executions that have completed or failed.
     */
    void fence() {
        String self = membership.serverId();
        JobOperator operator = operator();
        localExecutions.forEach((instanceId, executionId) -> {
            // the owner first: a take-over marked the execution failed in the repository, yet it may still run here
            Optional<String> owner = runs.findServer(instanceId);
            if (owner.isPresent() && !owner.get().equals(self)) {
                localExecutions.remove(instanceId, executionId);
                try {
                    operator.stop(executionId);
                    LOG.log(Level.WARNING, "batch: run {0} is now server {1}''s (taken over while this server was"
                            + " cut off from the database?); its execution {2} here is stopped",
                            new Object[] {instanceId, owner.get(), executionId});
                } catch (RuntimeException e) {
                    // it no longer runs here
                }
                return;
            }
            try {
                // a stopped one is kept: an operator's stop forgets it at once, so this one was stopped by the
                // server's own stop (Liberty stops running jobs as the server quiesces), to be handed over
                BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
                if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED
                        || status == BatchStatus.ABANDONED) {
                    localExecutions.remove(instanceId, executionId);
                }
            } catch (NoSuchJobExecutionException e) {
                localExecutions.remove(instanceId, executionId);
            }
        });
    }

    /** Stops the runs of this server that another server was asked to stop. */
    void stopAskedElsewhere() {
        for (JobRun run : records.takeStopRequests(membership.serverId())) {
            execution(run).filter(RunExecution::active).ifPresent(e -> {
                localExecutions.remove(run.instanceId());
                operator().stop(e.executionId());
                LOG.log(Level.INFO, "batch: tenant {0}: {1} run {2} stopped, as another server was asked",
                        new Object[] {run.tenantId(), run.jobName(), run.instanceId()});
            });
        }
    }

    /**
     * Stops the tenant's active run of the job, if it has one, and waits until it has ended, partitions and all,
     * looking every {@code STOP_CHECK} until {@code deadline}: what a purge needs before it deletes the tenant's rows.
     *
     * @throws ProblemException 409 when the run is still going at the deadline
     */
    public void stopAndAwait(String jobName, UUID tenantId, Instant deadline) {
        Optional<JobRun> run = active(jobName, tenantId);
        if (run.isEmpty()) {
            return;
        }
        try {
            stop(run.get());
        } catch (ProblemException e) {
            // it ended between the look and the stop
        }
        LOG.log(Level.INFO, "batch: tenant {0}: stopping {1} run {2} and waiting until it has ended",
                new Object[] {tenantId, jobName, run.get().instanceId()});
        while (execution(run.get()).map(RunExecution::active).orElse(false)) {
            if (!clock.instant().isBefore(deadline)) {
                throw new ProblemException(409, "Conflict", "The " + jobName + " run " + run.get().instanceId()
                        + " of tenant " + tenantId + " is still stopping; try again once it has stopped.");
            }
            LockSupport.parkNanos(STOP_CHECK.toNanos());
        }
    }

    /** Restarts a stopped or failed run from its checkpoints, with its original parameters; 409 otherwise. */
    public synchronized void restart(JobRun run) {
        leased(run.jobName(), run.tenantId(), () -> {
            restartLeased(run);
            return run;
        });
    }

    private void restartLeased(JobRun run) {
        RunExecution e = execution(run).filter(RunExecution::restartable).orElseThrow(() ->
                new ProblemException(409, "Conflict", "Run " + run.instanceId()
                        + " can only be restarted when it has stopped or failed."));
        Optional<JobRun> other = active(run.jobName(), run.tenantId());
        if (other.isPresent()) {
            throw new ProblemException(409, "Conflict", "Tenant " + run.tenantId() + " already has an active "
                    + run.jobName() + " run (" + other.get().instanceId() + ").");
        }
        JobOperator operator = operator();
        Properties parameters = operator.getParameters(e.executionId());
        try {
            long restarted = operator.restart(e.executionId(), parameters == null ? new Properties() : parameters);
            records.runningOn(run.instanceId(), membership.serverId());
            localExecutions.put(run.instanceId(), restarted);
        } catch (JobRestartException refused) {
            // a stopped run's partitions may still be ending: the runtime refuses until they have
            throw new ProblemException(409, "Conflict", "Run " + run.instanceId() + " cannot be restarted yet: "
                    + refused.getMessage());
        }
    }

    /**
     * Takes over a run whose server died or stopped ({@link JobRunRepository#findOrphaned}): an execution still active
     * there, which that server will never end, is marked failed in the job repository; one its server stopped as it
     * handed the run over is left as it is. The run then restarts here from its checkpoints with its parameters.
     * Under the (tenant, job) lease, and only while the run is still the gone server's, so of several live servers
     * only one takes it; nothing is done when it has ended or another server took it meanwhile.
     *
     * @return whether this server took it over
     */
    public boolean takeOver(JobRunRepository.Orphan orphan) {
        return !leaving && underLease(orphan.run().jobName(), orphan.run().tenantId(), () -> takeOverLeased(orphan))
                .orElse(false);
    }

    private boolean takeOverLeased(JobRunRepository.Orphan orphan) {
        JobRun run = orphan.run();
        if (!runs.findServer(run.instanceId()).equals(Optional.of(orphan.serverId()))) {
            return false;
        }
        Optional<RunExecution> e = execution(run);
        if (e.isEmpty()) {
            return false;
        }
        boolean abandoned = e.get().active() && runs.failAbandoned(run.instanceId(), e.get().executionId());
        // handed over: stopped at a checkpoint, or failed when the stop did not end before the server did
        boolean handedOver = orphan.handedOver() && e.get().restartable();
        if (!abandoned && !handedOver) {
            return false;
        }
        restartHere(run, e.get().executionId());
        LOG.log(Level.WARNING, "batch: tenant {0}: {1} run {2} taken over from server {3}, which {4};"
                + " restarted from its checkpoints", new Object[] {run.tenantId(), run.jobName(),
                    run.instanceId(), orphan.serverId(), handedOver ? "handed it over as it stopped" : "is gone"});
        return true;
    }

    private void restartHere(JobRun run, long executionId) {
        JobOperator operator = operator();
        Properties parameters = operator.getParameters(executionId);
        long restarted = operator.restart(executionId, parameters == null ? new Properties() : parameters);
        records.runningOn(run.instanceId(), membership.serverId());
        localExecutions.put(run.instanceId(), restarted);
    }

    /**
     * Resumes the runs this server was running when it died, if it came back before another server took them: their
     * latest execution started before this start and is either still active in the job repository (Liberty's
     * start-up recovery, which runs when the repository is first used, has not reached it) or was failed since
     * (which only that recovery does). The first is marked failed as a take-over would; each restarts from its
     * checkpoints.
     *
     * @param started when this server's JVM started
     * @return how many runs it resumed
     */
    public int resumeAfterRestart(Instant started) {
        // the job repository's first use runs Liberty's recovery of this server's executions: let it run first
        operator().getJobNames();
        int resumed = 0;
        for (JobRun run : runs.findUnfinishedOn(membership.serverId(), RESUME_LOOKBACK)) {
            if (localExecutions.containsKey(run.instanceId())) {
                continue;
            }
            try {
                if (underLease(run.jobName(), run.tenantId(), () -> resumeLeased(run, started)).orElse(false)) {
                    resumed++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "batch: tenant {0}: {1} run {2}, left by this server''s death, could not be"
                        + " resumed; restart it by hand: {3}", new Object[] {run.tenantId(), run.jobName(),
                            run.instanceId(), e.toString()});
            }
        }
        return resumed;
    }

    private boolean resumeLeased(JobRun run, Instant started) {
        Optional<JobExecution> latest = latestExecution(run).filter(x -> leftByDeath(x, started));
        if (latest.isEmpty() || !runs.findServer(run.instanceId()).equals(Optional.of(membership.serverId()))
                || active(run.jobName(), run.tenantId()).filter(r -> r.instanceId() != run.instanceId()).isPresent()) {
            return false;
        }
        if (latest.get().getBatchStatus() != BatchStatus.FAILED) {
            runs.failAbandoned(run.instanceId(), latest.get().getExecutionId());
        }
        restartHere(run, latest.get().getExecutionId());
        LOG.log(Level.WARNING, "batch: tenant {0}: {1} run {2} was running when this server died; resumed from its"
                + " checkpoints", new Object[] {run.tenantId(), run.jobName(), run.instanceId()});
        return true;
    }

    /**
     * Whether an execution of this server was left by its death: started before this start, and either still active
     * (nobody has marked it yet) or failed after this start (ended or last written since), which only Liberty's
     * start-up recovery does.
     */
    static boolean leftByDeath(JobExecution execution, Instant started) {
        Date start = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        if (start == null || !start.toInstant().isBefore(started)) {
            return false;
        }
        BatchStatus status = execution.getBatchStatus();
        if (running(status)) {
            return true;
        }
        return status == BatchStatus.FAILED && (since(execution.getEndTime(), started)
                || since(execution.getLastUpdatedTime(), started));
    }

    private static boolean since(Date date, Instant started) {
        return date != null && !date.toInstant().isBefore(started);
    }

    private static Optional<JobExecution> latestExecution(JobRun run) {
        return executions(run).stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
    }

    /**
     * As the application stops on purpose, hands this server's unfinished runs over: each is marked as handed over,
     * its execution stopped (at its next checkpoint), and the stop awaited for up to {@code HANDOVER_WAIT}, so a live
     * server restarts it from its checkpoints at its next look ({@link RunTakeover}) instead of waiting for this
     * server's heartbeat to age. Runs an operator stopped are not handed over. Before any bean is destroyed, so the
     * membership still shows this server while it does.
     */
    void handOverOnStop(@Observes(notifyObserver = Reception.IF_EXISTS) @BeforeDestroyed(ApplicationScoped.class)
                        Object stopping) {
        leaving = true;
        Map<Long, Long> handed = new LinkedHashMap<>();
        localExecutions.forEach((instanceId, executionId) -> {
            try {
                BatchStatus status = operator().getJobExecution(executionId).getBatchStatus();
                if (running(status) || status == BatchStatus.STOPPED) {
                    records.handOver(instanceId);
                    handed.put(instanceId, executionId);
                    if (status != BatchStatus.STOPPED) {
                        operator().stop(executionId);
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "batch: run {0} not handed over: {1}; the others take it over once this"
                        + " server''s stop is recorded", new Object[] {instanceId, e.toString()});
            }
        });
        if (handed.isEmpty()) {
            return;
        }
        Instant deadline = clock.instant().plus(HANDOVER_WAIT);
        while (handed.values().stream().anyMatch(this::stillActive) && clock.instant().isBefore(deadline)) {
            LockSupport.parkNanos(STOP_CHECK.toNanos());
        }
        LOG.log(Level.INFO, "batch: server stopping: run(s) {0} handed over to the other servers",
                handed.keySet());
    }

    /** The runs whose executions run on this server now. */
    public List<JobRun> localRuns() {
        return localExecutions.entrySet().stream().filter(e -> stillActive(e.getValue()))
                .map(e -> runs.find(e.getKey())).flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(JobRun::instanceId)).toList();
    }

    private boolean stillActive(long executionId) {
        try {
            return running(operator().getJobExecution(executionId).getBatchStatus());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Starting, started or stopping: an execution still under way. */
    private static boolean running(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
