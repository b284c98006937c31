package com.dxp.collector.tenant;

import static com.dxp.collector.platform.schema.UtcTimestamps.column;
import static com.dxp.collector.platform.schema.UtcTimestamps.instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * What the tenant's last verification found for one permission ({@code tenant_permission}); a verification that
 * reached the org replaces the whole set, so each row is as old as that verification.
 */
@Entity
@Table(name = "tenant_permission")
@IdClass(TenantPermission.Key.class)
@NamedQuery(name = "TenantPermission.findByTenant", query = "SELECT p FROM TenantPermission p"
        + " WHERE p.tenantId = :tenantId ORDER BY p.required DESC, p.permission")
@NamedQuery(name = "TenantPermission.deleteByTenant",
        query = "DELETE FROM TenantPermission p WHERE p.tenantId = :tenantId")
public class TenantPermission {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Id
    private String permission;

    private boolean required;

    @Enumerated(EnumType.STRING)
    private PermissionStatus status;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "checked_at")
    private OffsetDateTime checkedAt;

    protected TenantPermission() {
        // for JPA
    }

    TenantPermission(UUID tenantId, String permission) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.permission = Objects.requireNonNull(permission, "permission");
    }

    /** Takes what a probe found at {@code checkedAt}; a probe without a status is UNKNOWN. */
    void found(PermissionProbe probe, String boundedErrorCode, Instant at) {
        required = probe.required();
        status = probe.status() == null ? PermissionStatus.UNKNOWN : probe.status();
        errorCode = boundedErrorCode;
        checkedAt = column(at);
    }

    String permission() {
        return permission;
    }

    PermissionView view() {
        return new PermissionView(permission, required, status, errorCode, instant(checkedAt));
    }

    /** The identity of a permission row: its tenant and the permission's name. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID tenantId;
        private String permission;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(permission,
                    k.permission);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, permission);
        }
    }
}
