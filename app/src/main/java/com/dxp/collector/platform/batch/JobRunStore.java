package com.dxp.collector.platform.batch;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;
import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The run records of the app's batch jobs ({@code job_run*} tables): what was asked, the figures partitions add to,
 * completed windows and the first skipped records. Figures are written on the caller's transaction (a chunk's), so
 * they roll back with the data they describe; adding to a figure locks its row until commit, which is also what
 * keeps concurrent partitions from losing each other's additions.
 */
@ApplicationScoped
public class JobRunStore {

    /** Skipped records whose details are kept per run; the count goes on. */
    static final int KEPT_SKIPS = 100;

    private static final String RUN_COLUMNS = "instance_id, first_execution_id, job_name, tenant_id, requested_by,"
            + " requested_at, request_json";

    /** Jakarta Batch's BatchStatus as the job repository stores it (the enum's ordinal). */
    private static final int STARTING = 0;
    private static final int STARTED = 1;
    private static final int STOPPING = 2;
    private static final int FAILED = 4;
    /** Liberty's InstanceState FAILED and its remotable partition state RECOVERED, as stored. */
    private static final int INSTANCE_FAILED = 4;
    private static final int PARTITION_RECOVERED = 2;

    /**
     * A run nobody finishes, with the server it was left on, and whether that server handed it over as it stopped
     * (its execution ended as stopped) rather than leaving it active.
     */
    public record Orphan(JobRun run, String serverId, boolean handedOver) {
    }

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    public JobRunStore() {
    }

    JobRunStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void insert(JobRun run) {
        Jdbc.update(dataSource, "job run insert", "INSERT INTO job_run (instance_id, first_execution_id, job_name,"
                + " tenant_id, requested_by, requested_at, request_json) VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, run.instanceId());
                    s.setLong(2, run.firstExecutionId());
                    s.setString(3, run.jobName());
                    s.setObject(4, run.tenantId());
                    s.setString(5, bounded(run.requestedBy(), 200));
                    setInstant(s, 6, run.requestedAt());
                    s.setString(7, bounded(run.requestJson(), 4000));
                });
    }

    /**
     * Records the server that runs the run's latest execution (at a start, a restart or a take-over); a handover is
     * thereby done.
     */
    public void runningOn(long instanceId, String serverId) {
        Jdbc.update(dataSource, "job run server", "UPDATE job_run SET server_id = ?, handover_at = NULL"
                + " WHERE instance_id = ?", s -> {
            s.setString(1, serverId);
            s.setLong(2, instanceId);
        });
    }

    /** The server that runs the run's latest execution, if known. */
    public Optional<String> serverOf(long instanceId) {
        return Jdbc.query(dataSource, "job run server", "SELECT server_id FROM job_run WHERE instance_id = ?",
                s -> s.setLong(1, instanceId), rs -> rs.getString(1)).stream().filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Asks the run's own server to stop it (the server asked runs another). */
    public void requestStop(long instanceId) {
        Jdbc.update(dataSource, "job run stop request", "UPDATE job_run SET stop_requested_at = ? WHERE instance_id"
                + " = ?", s -> {
                    setInstant(s, 1, clock.instant());
                    s.setLong(2, instanceId);
                });
    }

    /** JobRun.findStopRequested: runs on {@code serverId} that another server was asked to stop; clears the asks. */
    public List<JobRun> takeStopRequests(String serverId) {
        List<JobRun> asked = Jdbc.query(dataSource, "job run stop requests", "SELECT " + RUN_COLUMNS
                + " FROM job_run WHERE server_id = ? AND stop_requested_at IS NOT NULL", s -> s.setString(1, serverId),
                JobRunStore::run);
        for (JobRun run : asked) {
            Jdbc.update(dataSource, "job run stop request", "UPDATE job_run SET stop_requested_at = NULL WHERE"
                    + " instance_id = ?", s -> s.setLong(1, run.instanceId()));
        }
        return asked;
    }

    /**
     * JobRun.findOrphaned: runs nobody will finish unless a live server takes them. Either the latest execution is
     * still starting, started or stopping in the job repository while its server stopped, died (no heartbeat since
     * {@code deadBefore}, in the database's clock) or is unknown; or its server handed it over as it stopped on
     * purpose ({@link #handOver}) and the execution has ended. An active run is never this server's own
     * ({@code self}): after a database outage its heartbeat is old, but its runs go on here. A handed-over run may be:
     * a single server restarted on purpose takes its own runs back.
     */
    public List<Orphan> orphaned(Instant deadBefore, String self) {
        String active = "EXISTS (SELECT 1 FROM batch_jobexecution e WHERE e.fk_jobinstanceid = r.instance_id"
                + " AND e.batchstatus IN (" + STARTING + ", " + STARTED + ", " + STOPPING + "))";
        return Jdbc.query(dataSource, "orphaned runs", "SELECT r." + RUN_COLUMNS.replace(", ", ", r.")
                + ", r.server_id, r.handover_at FROM job_run r LEFT JOIN collector_server s"
                + " ON s.server_id = r.server_id WHERE r.server_id IS NOT NULL"
                + " AND ((r.server_id <> ? AND (s.server_id IS NULL OR s.stopped_at IS NOT NULL OR s.heartbeat_at < ?)"
                + " AND " + active + ") OR (r.handover_at IS NOT NULL AND NOT " + active + "))"
                + " ORDER BY r.instance_id", s -> {
                    s.setString(1, self);
                    setInstant(s, 2, deadBefore);
                },
                rs -> new Orphan(run(rs), rs.getString(8), rs.getObject(9) != null));
    }

    /**
     * Marks the run as handed over by its server, which stops on purpose with the run unfinished: its execution is
     * stopped for the server's stop, and a live server restarts it ({@link #orphaned}).
     */
    public void handOver(long instanceId) {
        Jdbc.update(dataSource, "job run handover", "UPDATE job_run SET handover_at = ? WHERE instance_id = ?", s -> {
            setInstant(s, 1, clock.instant());
            s.setLong(2, instanceId);
        });
    }

    /**
     * JobRun.findUnfinishedOn: the newest runs last run on {@code serverId} whose latest execution failed or is still
     * active in the job repository; what a server looks through at its start for the runs its death left.
     */
    public List<JobRun> unfinishedOn(String serverId, int limit) {
        return Jdbc.query(dataSource, "unfinished runs of a server", "SELECT " + RUN_COLUMNS + " FROM job_run r"
                + " WHERE r.server_id = ? AND EXISTS (SELECT 1 FROM batch_jobexecution e WHERE e.fk_jobinstanceid ="
                + " r.instance_id AND e.batchstatus IN (" + STARTING + ", " + STARTED + ", " + STOPPING + ", " + FAILED
                + ") AND NOT EXISTS (SELECT 1 FROM batch_jobexecution n WHERE n.fk_jobinstanceid = r.instance_id"
                + " AND n.jobexecid > e.jobexecid)) ORDER BY r.instance_id DESC LIMIT ?", s -> {
                    s.setString(1, serverId);
                    s.setInt(2, limit);
                }, JobRunStore::run);
    }

    /**
     * Marks an execution whose server is gone FAILED in the job repository, at all three levels as Liberty's own
     * recovery does for its own executions (the execution, its instance, its step threads; partitions recovered),
     * so that the job operator can restart it from its checkpoints. Only an execution still active is touched.
     *
     * @return whether it was still active (and is now failed)
     */
    public boolean failAbandoned(long instanceId, long executionId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int executions = execute(c, "UPDATE batch_jobexecution SET batchstatus = " + FAILED + ", exitstatus ="
                        + " COALESCE(exitstatus, 'FAILED'), endtime = LOCALTIMESTAMP, updatetime = LOCALTIMESTAMP"
                        + " WHERE jobexecid = ? AND batchstatus IN (" + STARTING + ", " + STARTED + ", " + STOPPING
                        + ")", executionId);
                if (executions == 1) {
                    execute(c, "UPDATE batch_jobinstance SET batchstatus = " + FAILED + ", instancestate = "
                            + INSTANCE_FAILED + ", exitstatus = COALESCE(exitstatus, 'FAILED'), updatetime ="
                            + " LOCALTIMESTAMP WHERE jobinstanceid = ?", instanceId);
                    execute(c, "UPDATE batch_stepthreadexecution SET batchstatus = " + FAILED + ", exitstatus ="
                            + " COALESCE(exitstatus, 'FAILED'), endtime = LOCALTIMESTAMP WHERE fk_jobexecid = ? AND"
                            + " batchstatus IN (" + STARTING + ", " + STARTED + ", " + STOPPING + ")", executionId);
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

    public Optional<JobRun> find(long instanceId) {
        return Jdbc.query(dataSource, "job run query", "SELECT " + RUN_COLUMNS
                + " FROM job_run WHERE instance_id = ?", s -> s.setLong(1, instanceId),
                JobRunStore::run).stream().findFirst();
    }

    /** A tenant's runs of one job, newest first, those before {@code beforeInstance} when it is not null. */
    public List<JobRun> list(UUID tenantId, String jobName, Long beforeInstance, int limit) {
        return Jdbc.query(dataSource, "job run list", "SELECT " + RUN_COLUMNS
                + " FROM job_run WHERE tenant_id = ? AND job_name = ?"
                + " AND instance_id < ? ORDER BY instance_id DESC LIMIT ?", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, jobName);
                    s.setLong(3, beforeInstance == null ? Long.MAX_VALUE : beforeInstance);
                    s.setInt(4, limit);
                }, JobRunStore::run);
    }

    /** The tenant's latest run of each job it ever ran. */
    public List<JobRun> latestOfEachJob(UUID tenantId) {
        return Jdbc.query(dataSource, "job run latest", "SELECT " + RUN_COLUMNS + " FROM job_run WHERE instance_id IN"
                + " (SELECT MAX(instance_id) FROM job_run WHERE tenant_id = ? GROUP BY job_name) ORDER BY job_name",
                s -> s.setObject(1, tenantId), JobRunStore::run);
    }

    /** When the tenant's latest run of the job asked for by {@code requestedBy} was asked for. */
    public Optional<Instant> lastRequested(UUID tenantId, String jobName, String requestedBy) {
        return Jdbc.query(dataSource, "job run last", "SELECT MAX(requested_at) FROM job_run WHERE tenant_id = ?"
                + " AND job_name = ? AND requested_by = ?", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, jobName);
                    s.setString(3, requestedBy);
                }, rs -> instant(rs, 1)).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Adds {@code amount} to a figure of the run (creating it at zero). */
    public void add(long instanceId, String name, long amount) {
        upsert(instanceId, name, amount, true);
    }

    /** Sets a figure of the run. */
    public void set(long instanceId, String name, long value) {
        upsert(instanceId, name, value, false);
    }

    /** The run's figures by name. */
    public Map<String, Long> figures(long instanceId) {
        Map<String, Long> out = new LinkedHashMap<>();
        Jdbc.query(dataSource, "job run figures", "SELECT name, amount FROM job_run_counter WHERE instance_id = ?"
                + " ORDER BY name", s -> s.setLong(1, instanceId), rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    /** One figure of the run, if it has been set or added to. */
    public Optional<Long> figure(long instanceId, String name) {
        return Jdbc.query(dataSource, "job run figure", "SELECT amount FROM job_run_counter WHERE instance_id = ?"
                + " AND name = ?", s -> {
                    s.setLong(1, instanceId);
                    s.setString(2, name);
                }, rs -> rs.getLong(1)).stream().findFirst();
    }

    /** Records a completed window; once however often it is reported. */
    public void windowCompleted(long instanceId, String windowKey) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(Jdbc.isPostgres(c)
                ? "INSERT INTO job_run_window (instance_id, window_key, completed_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING"
                : "MERGE INTO job_run_window t USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(100)),"
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE))) AS v (i, k, at) ON t.instance_id = v.i"
                        + " AND t.window_key = v.k WHEN NOT MATCHED THEN INSERT (instance_id, window_key,"
                        + " completed_at) VALUES (v.i, v.k, v.at)")) {
            s.setLong(1, instanceId);
            s.setString(2, bounded(windowKey, 100));
            setInstant(s, 3, clock.instant());
            s.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            // another partition recorded it in the meantime
        } catch (SQLException e) {
            throw StoreException.of("job run window", e);
        }
    }

    public long windowsCompleted(long instanceId) {
        return Jdbc.query(dataSource, "job run windows", "SELECT COUNT(*) FROM job_run_window WHERE instance_id = ?",
                s -> s.setLong(1, instanceId), rs -> rs.getLong(1)).get(0);
    }

    /** Counts a skipped record and keeps its detail while the run has fewer than {@value #KEPT_SKIPS}. */
    public void skipped(long instanceId, String detail) {
        add(instanceId, "skipped", 1);
        long ordinal = figure(instanceId, "skipped").orElse(1L);
        if (ordinal <= KEPT_SKIPS) {
            Jdbc.update(dataSource, "job run skip", "INSERT INTO job_run_skip (instance_id, ordinal, detail,"
                    + " skipped_at) VALUES (?, ?, ?, ?)", s -> {
                        s.setLong(1, instanceId);
                        s.setInt(2, (int) ordinal);
                        s.setString(3, bounded(detail, 2000));
                        setInstant(s, 4, clock.instant());
                    });
        }
    }

    /** The details of the first skipped records, in order. */
    public List<String> skips(long instanceId) {
        return Jdbc.query(dataSource, "job run skips", "SELECT detail FROM job_run_skip WHERE instance_id = ?"
                + " ORDER BY ordinal", s -> s.setLong(1, instanceId), rs -> rs.getString(1));
    }

    private void upsert(long instanceId, String name, long amount, boolean add) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            String update = add ? "amount + ?" : "?";
            try (PreparedStatement s = c.prepareStatement("UPDATE job_run_counter SET amount = " + update
                    + ", updated_at = ? WHERE instance_id = ? AND name = ?")) {
                s.setLong(1, amount);
                setInstant(s, 2, now);
                s.setLong(3, instanceId);
                s.setString(4, name);
                if (s.executeUpdate() == 1) {
                    return;
                }
            }
            // first figure of this name: inserted once; a concurrent first insert wins and this adds to it
            try (PreparedStatement s = c.prepareStatement(Jdbc.isPostgres(c)
                    ? "INSERT INTO job_run_counter (instance_id, name, amount, updated_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (instance_id, name) DO UPDATE SET amount = "
                            + (add ? "job_run_counter.amount + EXCLUDED.amount" : "EXCLUDED.amount")
                            + ", updated_at = EXCLUDED.updated_at"
                    : "INSERT INTO job_run_counter (instance_id, name, amount, updated_at) VALUES (?, ?, ?, ?)")) {
                s.setLong(1, instanceId);
                s.setString(2, name);
                s.setLong(3, amount);
                setInstant(s, 4, now);
                s.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                upsert(instanceId, name, amount, add);
            }
        } catch (SQLException e) {
            throw StoreException.of("job run figure", e);
        }
    }

    private static JobRun run(java.sql.ResultSet rs) throws SQLException {
        return new JobRun(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5), instant(rs, 6), rs.getString(7));
    }
}
