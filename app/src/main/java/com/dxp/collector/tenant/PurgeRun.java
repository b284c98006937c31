package com.dxp.collector.tenant;

import static com.dxp.collector.platform.schema.UtcTimestamps.column;
import static com.dxp.collector.platform.schema.UtcTimestamps.instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The one purge of a tenant as stored ({@code tenant_purge}): who asked, which execution deletes (or last deleted)
 * and on which server, and when the tenant row went. It has no foreign key to its tenant, so it outlives it and an
 * operator can still read that the purge completed. Its counts per table are {@link PurgeCount}s.
 */
@Entity
@Table(name = "tenant_purge")
public class PurgeRun {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "tenant_name", updatable = false)
    private String tenantName;

    @Column(name = "requested_by", updatable = false)
    private String requestedBy;

    @Column(name = "correlation_id", updatable = false)
    private String correlationId;

    @Column(name = "started_at", updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "server_id")
    private String serverId;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected PurgeRun() {
        // for JPA
    }

    PurgeRun(UUID tenantId, String tenantName, String requestedBy, String correlationId, Instant startedAt) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.tenantName = tenantName;
        this.requestedBy = requestedBy;
        this.correlationId = correlationId;
        this.startedAt = column(startedAt);
    }

    /** The execution (and its server) that purges the tenant from now on. */
    void executing(long execution, String server) {
        executionId = execution;
        serverId = server;
    }

    /** The tenant row went now: the purge completed. */
    void ended(Instant at) {
        endedAt = column(at);
    }

    /** This purge with the rows it deleted so far per table. */
    TenantPurgeRepository.StoredPurge stored(Map<String, Long> deleted) {
        return new TenantPurgeRepository.StoredPurge(tenantId, tenantName, requestedBy, correlationId,
                instant(startedAt), executionId, serverId, instant(endedAt), deleted);
    }
}
