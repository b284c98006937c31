package com.dxp.collector.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The rows a tenant's purge deleted from one table so far ({@code tenant_purge_count}). Each chunk adds to it in
 * the chunk's own transaction with one {@code UPDATE ... deleted = deleted + n}, so the figure stays exact across
 * failures and restarts without reading it first.
 */
@Entity
@Table(name = "tenant_purge_count")
@IdClass(PurgeCount.Key.class)
@NamedQuery(name = "PurgeCount.findByTenant", query = "SELECT c.tableName, c.deleted FROM PurgeCount c"
        + " WHERE c.tenantId = :tenantId")
@NamedQuery(name = "PurgeCount.add", query = "UPDATE PurgeCount c SET c.deleted = c.deleted + :rows"
        + " WHERE c.tenantId = :tenantId AND c.tableName = :tableName")
public class PurgeCount {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Id
    @Column(name = "table_name")
    private String tableName;

    private long deleted;

    protected PurgeCount() {
        // for JPA
    }

    PurgeCount(UUID tenantId, String tableName, long deleted) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.deleted = deleted;
    }

    /** The identity of a count: the purged tenant and the table. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID tenantId;
        private String tableName;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(tableName,
                    k.tableName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, tableName);
        }
    }
}
