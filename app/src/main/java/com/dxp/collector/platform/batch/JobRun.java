package com.dxp.collector.platform.batch;

import static com.dxp.collector.platform.schema.UtcTimestamps.column;
import static com.dxp.collector.platform.schema.UtcTimestamps.instant;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A run of one of the app's batch jobs for one tenant ({@code job_run}): what was asked, by whom and when, as
 * recorded when it was asked for, and which server runs its latest execution. The two lookups that read Liberty's
 * job repository ({@code batch_jobexecution}) or the server registry ({@code collector_server}) are native queries:
 * those tables are no entities of this application.
 */
@Entity
@Table(name = "job_run")
@NamedQuery(name = "JobRun.findByTenantAndJob", query = "SELECT r FROM JobRun r WHERE r.tenantId = :tenantId"
        + " AND r.jobName = :jobName AND r.instanceId < :beforeInstance ORDER BY r.instanceId DESC")
@NamedQuery(name = "JobRun.findLatestOfEachJob", query = "SELECT r FROM JobRun r WHERE r.instanceId IN"
        + " (SELECT MAX(l.instanceId) FROM JobRun l WHERE l.tenantId = :tenantId GROUP BY l.jobName)"
        + " ORDER BY r.jobName")
@NamedQuery(name = "JobRun.findLastRequested", query = "SELECT MAX(r.requestedAt) FROM JobRun r"
        + " WHERE r.tenantId = :tenantId AND r.jobName = :jobName AND r.requestedBy = :requestedBy")
@NamedQuery(name = "JobRun.findStopRequested", query = "SELECT r FROM JobRun r WHERE r.serverId = :serverId"
        + " AND r.stopRequestedAt IS NOT NULL")
@NamedNativeQuery(name = "JobRun.findOrphaned", resultClass = JobRun.class, query = "SELECT r.* FROM job_run r"
        + " LEFT JOIN collector_server s ON s.server_id = r.server_id WHERE r.server_id IS NOT NULL"
        + " AND ((r.server_id <> ?1 AND (s.server_id IS NULL OR s.stopped_at IS NOT NULL OR s.heartbeat_at < ?2)"
        + " AND " + JobRun.ACTIVE + ") OR (r.handover_at IS NOT NULL AND NOT " + JobRun.ACTIVE + "))"
        + " ORDER BY r.instance_id")
@NamedNativeQuery(name = "JobRun.findUnfinishedOn", resultClass = JobRun.class, query = "SELECT r.* FROM job_run r"
        + " WHERE r.server_id = ?1 AND EXISTS (SELECT 1 FROM batch_jobexecution e"
        + " WHERE e.fk_jobinstanceid = r.instance_id AND e.batchstatus IN (" + JobRun.STARTING + ", " + JobRun.STARTED
        + ", " + JobRun.STOPPING + ", " + JobRun.FAILED + ") AND NOT EXISTS (SELECT 1 FROM batch_jobexecution n"
        + " WHERE n.fk_jobinstanceid = r.instance_id AND n.jobexecid > e.jobexecid)) ORDER BY r.instance_id DESC")
public class JobRun {

    /** Jakarta Batch's BatchStatus as Liberty's job repository stores it (the enum's ordinal). */
    static final int STARTING = 0;
    static final int STARTED = 1;
    static final int STOPPING = 2;
    static final int FAILED = 4;

    /** Whether the run {@code r} has an execution still starting, started or stopping in the job repository. */
    static final String ACTIVE = "EXISTS (SELECT 1 FROM batch_jobexecution e WHERE e.fk_jobinstanceid"
            + " = r.instance_id AND e.batchstatus IN (" + STARTING + ", " + STARTED + ", " + STOPPING + "))";

    @Id
    @Column(name = "instance_id")
    private long instanceId;

    @Column(name = "first_execution_id", updatable = false)
    private long firstExecutionId;

    @Column(name = "job_name", updatable = false)
    private String jobName;

    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;

    @Column(name = "requested_by", updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "request_json", updatable = false)
    private String requestJson;

    @Column(name = "server_id")
    private String serverId;

    @Column(name = "stop_requested_at")
    private OffsetDateTime stopRequestedAt;

    @Column(name = "handover_at")
    private OffsetDateTime handoverAt;

    protected JobRun() {
        // for JPA
    }

    /**
     * A run as asked for.
     *
     * @param instanceId       the Jakarta Batch job instance (its restarts are executions of it)
     * @param firstExecutionId its first execution, through which the job operator finds it
     * @param jobName          the job's XML name
     * @param tenantId         the tenant it is for
     * @param requestedBy      who asked (an account name, or {@code schedule}); kept to 200 characters
     * @param requestedAt      when
     * @param requestJson      the request as JSON, shown back as it was; kept to 4000 characters
     */
    public JobRun(long instanceId, long firstExecutionId, String jobName, UUID tenantId, String requestedBy,
                  Instant requestedAt, String requestJson) {
        this.instanceId = instanceId;
        this.firstExecutionId = firstExecutionId;
        this.jobName = Objects.requireNonNull(jobName, "jobName");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.requestedBy = Jdbc.bounded(requestedBy, 200);
        this.requestedAt = column(requestedAt);
        this.requestJson = Jdbc.bounded(requestJson, 4000);
    }

    public long instanceId() {
        return instanceId;
    }

    public long firstExecutionId() {
        return firstExecutionId;
    }

    public String jobName() {
        return jobName;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return instant(requestedAt);
    }

    public String requestJson() {
        return requestJson;
    }

    /** The server that runs (or last ran) the run's latest execution; null before its first start was recorded. */
    String serverId() {
        return serverId;
    }

    /** Whether its server handed it over as it stopped on purpose, and no server has run it since. */
    boolean handedOver() {
        return handoverAt != null;
    }

    /** Its latest execution runs on {@code server} from now on (a start, restart or take-over): a handover is done. */
    void runningOn(String server) {
        serverId = server;
        handoverAt = null;
    }

    /** Its own server is asked to stop it (the server asked runs another). */
    void stopRequested(Instant at) {
        stopRequestedAt = column(at);
    }

    /** Its server has taken the ask to stop it. */
    void stopTaken() {
        stopRequestedAt = null;
    }

    /** Its server, stopping on purpose, handed it over unfinished. */
    void handedOver(Instant at) {
        handoverAt = column(at);
    }

    @Override
    public String toString() {
        return "JobRun[" + instanceId + ", " + jobName + ", tenant " + tenantId + "]";
    }
}
