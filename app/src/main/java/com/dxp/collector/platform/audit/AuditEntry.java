package com.dxp.collector.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One recorded admin change or operator note. Written once, never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    /** Kept as an offset date-time in UTC: the type Jakarta Persistence 3.1 maps to the column on every driver. */
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(nullable = false, updatable = false, length = 100)
    private String action;

    @Column(name = "target_type", updatable = false, length = 100)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = 200)
    private String targetId;

    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;

    @Column(updatable = false)
    private String detail;

    @Column(name = "correlation_id", updatable = false, length = 100)
    private String correlationId;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(AuditEvent event, Instant occurredAt) {
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.actor = event.actor();
        this.action = event.action();
        this.targetType = event.targetType();
        this.targetId = event.targetId();
        this.tenantId = event.tenantId();
        this.detail = event.detail();
        this.correlationId = event.correlationId();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant();
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getDetail() {
        return detail;
    }

    public String getCorrelationId() {
        return correlationId;
    }
}
