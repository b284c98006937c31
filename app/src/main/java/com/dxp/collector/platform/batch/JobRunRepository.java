package com.dxp.collector.platform.batch;

import com.dxp.collector.platform.jdbc.StoreException;
import com.dxp.collector.platform.schema.UtcTimestamps;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Stores and finds the run records of the app's batch jobs ({@link JobRun}, table {@code job_run}): JPA with named
 * queries, joining the caller's JTA transaction; the writes need one ({@link JobRunService} opens it where the caller
 * has none). A run's figures, windows and skips are written by partitions inside their chunks, in plain JDBC
 * ({@link RunFigureStore}).
 * <p>
 * Marking an abandoned execution failed stays plain JDBC on the same data source: it writes Liberty's own job
 * repository tables, which no entity of this application models, in a transaction of its own.
 */
@ApplicationScoped
public class JobRunRepository {

    /** Liberty's InstanceState FAILED and its remotable partition state RECOVERED, as stored. */
    private static final int INSTANCE_FAILED = 4;
    private static final int PARTITION_RECOVERED = 2;

    /**
     * A run nobody finishes, with the server it was left on, and whether that server handed it over as it stopped
     * (its execution ended as stopped) rather than leaving it active.
     */
    public record Orphan(JobRun run, String serverId, boolean handedOver) {
    }

    @PersistenceContext(unitName = "collector")
    EntityManager em;

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    /** A run just asked for. */
    void store(JobRun run) {
        em.persist(run);
    }

    public Optional<JobRun> find(long instanceId) {
        return Optional.ofNullable(em.find(JobRun.class, instanceId));
    }

    /** Records the server that runs the run's latest execution (a start, a restart or a take-over). */
    void runningOn(long instanceId, String serverId) {
        find(instanceId).ifPresent(run -> run.runningOn(serverId));
    }

    /** The server that runs the run's latest execution, if known. */
    public Optional<String> findServer(long instanceId) {
        return find(instanceId).map(JobRun::serverId);
    }

    /** Asks the run's own server to stop it (the server asked runs another). */
    void requestStop(long instanceId) {
        find(instanceId).ifPresent(run -> run.stopRequested(clock.instant()));
    }

    /** The runs on {@code serverId} that another server was asked to stop; the asks are taken (cleared). */
    List<JobRun> takeStopRequests(String serverId) {
        List<JobRun> asked = em.createNamedQuery("JobRun.findStopRequested", JobRun.class)
                .setParameter("serverId", serverId).getResultList();
        asked.forEach(JobRun::stopTaken);
        return asked;
    }

    /**
     * Runs nobody will finish unless a live server takes them. Either the latest execution is still starting, started
     * or stopping in the job repository while its server stopped, died (no heartbeat since {@code deadBefore}, in the
     * database's clock) or is unknown; or its server handed it over as it stopped on purpose ({@link #handOver}) and
     * the execution has ended. An active run is never this server's own ({@code self}): after a database outage its
     * heartbeat is old, but its runs go on here. A handed-over run may be: a single server restarted on purpose takes
     * its own runs back.
     */
    public List<Orphan> findOrphaned(Instant deadBefore, String self) {
        return em.createNamedQuery("JobRun.findOrphaned", JobRun.class)
                .setParameter(1, self)
                .setParameter(2, UtcTimestamps.column(deadBefore))
                .getResultList().stream()
                .map(run -> new Orphan(run, run.serverId(), run.handedOver()))
                .toList();
    }

    /**
     * Marks the run as handed over by its server, which stops on purpose with the run unfinished: its execution is
     * stopped for the server's stop, and a live server restarts it ({@link #findOrphaned}).
     */
    void handOver(long instanceId) {
        find(instanceId).ifPresent(run -> run.handedOver(clock.instant()));
    }

    /**
     * The newest runs last run on {@code serverId} whose latest execution failed or is still active in the job
     * repository; what a server looks through at its start for the runs its death left.
     */
    public List<JobRun> findUnfinishedOn(String serverId, int limit) {
        return em.createNamedQuery("JobRun.findUnfinishedOn", JobRun.class).setParameter(1, serverId)
                .setMaxResults(limit).getResultList();
    }

    /** A tenant's runs of one job, newest first, those before {@code beforeInstance} when it is not null. */
    public List<JobRun> findByTenantAndJob(UUID tenantId, String jobName, Long beforeInstance, int limit) {
        return em.createNamedQuery("JobRun.findByTenantAndJob", JobRun.class)
                .setParameter("tenantId", tenantId)
                .setParameter("jobName", jobName)
                .setParameter("beforeInstance", beforeInstance == null ? Long.MAX_VALUE : beforeInstance)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The tenant's latest run of each job it ever ran, by job name. */
    public List<JobRun> findLatestOfEachJob(UUID tenantId) {
        return em.createNamedQuery("JobRun.findLatestOfEachJob", JobRun.class).setParameter("tenantId", tenantId)
                .getResultList();
    }

    /** When the tenant's latest run of the job asked for by {@code requestedBy} was asked for. */
    public Optional<Instant> findLastRequested(UUID tenantId, String jobName, String requestedBy) {
        return Optional.ofNullable(em.createNamedQuery("JobRun.findLastRequested", OffsetDateTime.class)
                .setParameter("tenantId", tenantId)
                .setParameter("jobName", jobName)
                .setParameter("requestedBy", requestedBy)
                .getSingleResult()).map(UtcTimestamps::instant);
    }

    /**
     * Marks an execution whose server is gone FAILED in the job repository, at all three levels as Liberty's own
     * recovery does for its own executions (the execution, its instance, its step threads; partitions recovered),
     * so that the job operator can restart it from its checkpoints. Only an execution still active is touched.
     * Called outside any transaction: it commits on a connection of its own.
     *
     * @return whether it was still active (and is now failed)
     */
    public boolean failAbandoned(long instanceId, long executionId) {
        String active = JobRun.STARTING + ", " + JobRun.STARTED + ", " + JobRun.STOPPING;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int executions = execute(c, "UPDATE batch_jobexecution SET batchstatus = " + JobRun.FAILED
                        + ", exitstatus = COALESCE(exitstatus, 'FAILED'), endtime = LOCALTIMESTAMP, updatetime ="
                        + " LOCALTIMESTAMP WHERE jobexecid = ? AND batchstatus IN (" + active + ")", executionId);
                if (executions == 1) {
                    execute(c, "UPDATE batch_jobinstance SET batchstatus = " + JobRun.FAILED + ", instancestate = "
                            + INSTANCE_FAILED + ", exitstatus = COALESCE(exitstatus, 'FAILED'), updatetime ="
                            + " LOCALTIMESTAMP WHERE jobinstanceid = ?", instanceId);
                    execute(c, "UPDATE batch_stepthreadexecution SET batchstatus = " + JobRun.FAILED + ", exitstatus"
                            + " = COALESCE(exitstatus, 'FAILED'), endtime = LOCALTIMESTAMP WHERE fk_jobexecid = ? AND"
                            + " batchstatus IN (" + active + ")", executionId);
                    execute(c, "UPDATE batch_remotablepartition SET internalstate = " + PARTITION_RECOVERED
                            + " WHERE fk_jobexecutionid = ?", executionId);
                }
                c.commit();
                return executions == 1;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of("abandoned execution", e);
        }
    }

    private static int execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            return s.executeUpdate();
        }
    }
}
