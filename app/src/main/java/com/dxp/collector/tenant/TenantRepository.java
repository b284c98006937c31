package com.dxp.collector.tenant;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import com.dxp.collector.platform.schema.UtcTimestamps;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Stores and finds tenants with their credentials and permissions: JPA entities with named queries, joining the
 * caller's JTA transaction. Their UUID keys need nothing but EclipseLink 4.0.9 itself: in {@code em.find}, JPQL
 * parameters and writes PostgreSQL takes them for its {@code uuid} columns without the data source's
 * {@code stringType=unspecified} (there for NULL UUIDs of other tables), and H2 alike, as
 * {@code TenantRepositoryTest} shows on both.
 * <p>
 * A purge's deletion of the data collected for a tenant stays plain JDBC on the same data source: it deletes
 * chunks of many tables by SQL that differs per database ({@code ctid} on PostgreSQL), which no entity models.
 */
@ApplicationScoped
public class TenantRepository {

    /** Every table holding data collected for a tenant, keyed by tenant_id: what a purge deletes. */
    static final List<String> COLLECTED_DATA = List.of("segment", "participant_attribute", "participant",
            "conversation", "group_member",
            "directory_group", "team_member", "directory_team", "user_skill", "routing_skill", "architect_flow",
            "journey_segment", "directory_user", "user_session", "operational_event", "event_receipt",
            "quarantined_message", "enrichment_task", "job_run", "job_lease", "completeness_day",
            "completeness_watermark", "refused_conversation", "event_stream_check", "api_key_tenant",
            "api_budget_slot", "conversation_journey_session", "journey_session");

    /** Figures of the tenant's batch job runs, keyed by run: deleted before the runs. */
    static final List<String> RUN_DETAILS = List.of("job_run_counter", "job_run_window", "job_run_skip");

    /** What a purge deletes, in this order: the runs' figures while their runs still find them, then the rest. */
    static final List<String> PURGE_ORDER = Stream.concat(RUN_DETAILS.stream(),
            COLLECTED_DATA.stream()).toList();

    private volatile Boolean postgres;

    @PersistenceContext(unitName = "collector")
    EntityManager em;

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    /**
     * A new tenant, written now so that a clash with another's name is known here ({@link StoreException}). Its
     * version starts at 1, where EclipseLink starts every version (rows written before JPA started at 0).
     */
    void store(Tenant tenant) {
        written(() -> {
            em.persist(tenant);
            em.flush();
        });
    }

    /**
     * Writes the changes of a tenant found in this transaction now, if its row still has the version it was read
     * with (the version then moves on); false when another transaction changed it since.
     */
    boolean storeChanges(Tenant tenant) {
        try {
            written(em::flush);
            return true;
        } catch (OptimisticLockException e) {
            return false;
        }
    }

    Optional<Tenant> find(UUID id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    Optional<Tenant> findByNameKey(String nameKey) {
        return first(em.createNamedQuery("Tenant.findByNameKey", Tenant.class).setParameter("nameKey", nameKey)
                .getResultList());
    }

    Optional<Tenant> findByGenesysOrgId(String orgId) {
        return first(em.createNamedQuery("Tenant.findByGenesysOrgId", Tenant.class).setParameter("orgId", orgId)
                .getResultList());
    }

    /**
     * Up to {@code limit} tenants after {@code afterNameKey} (null: from the first), in name-key order, enabled or
     * not and of one state or any when those are null.
     */
    List<Tenant> findPage(Boolean enabled, TenantState state, String afterNameKey, int limit) {
        return em.createNamedQuery("Tenant.findPage", Tenant.class)
                .setParameter("enabled", enabled == null ? List.of(true, false) : List.of(enabled))
                .setParameter("states", state == null ? Arrays.asList(TenantState.values()) : List.of(state))
                .setParameter("afterNameKey", afterNameKey == null ? "" : afterNameKey)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Deletes up to {@code limit} of the tenant's rows of one table of {@link #PURGE_ORDER}; how many. PostgreSQL has
     * no {@code DELETE ... LIMIT}, so there the rows are picked by {@code ctid}; H2 bounds the delete itself.
     */
    int deleteChunk(UUID tenantId, String table, int limit) {
        String where = "WHERE " + purgeCondition(table);
        String sql = postgres()
                ? "DELETE FROM " + table + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM " + table + " " + where
                        + " LIMIT ?))"
                : "DELETE FROM " + table + " " + where + " FETCH FIRST ? ROWS ONLY";
        return update(sql, s -> {
            s.setObject(1, tenantId);
            s.setInt(2, limit);
        });
    }

    /**
     * The last step of a purge: whatever of the tenant's rows its chunks left (written while they ran, normally
     * none), then its permissions, credentials and the tenant row; true when the tenant existed.
     */
    boolean deleteTenant(UUID id) {
        for (String table : PURGE_ORDER) {
            update("DELETE FROM " + table + " WHERE " + purgeCondition(table), s -> s.setObject(1, id));
        }
        em.createNamedQuery("TenantPermission.deleteByTenant").setParameter("tenantId", id).executeUpdate();
        em.createNamedQuery("TenantCredential.deleteByTenant").setParameter("tenantId", id).executeUpdate();
        Optional<Tenant> tenant = find(id);
        tenant.ifPresent(em::remove);
        return tenant.isPresent();
    }

    /** The condition that picks the tenant's rows of a purged table (one parameter, the tenant id). */
    private static String purgeCondition(String table) {
        if (RUN_DETAILS.contains(table)) {
            return "instance_id IN (SELECT instance_id FROM job_run WHERE tenant_id = ?)";
        }
        if (COLLECTED_DATA.contains(table)) {
            return "tenant_id = ?";
        }
        throw new IllegalArgumentException("not a table a purge deletes from: " + table);
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = Jdbc.isPostgres(c);
            } catch (SQLException e) {
                throw StoreException.of("tenant store connection", e);
            }
            postgres = known;
        }
        return known;
    }

    void store(TenantCredential credential) {
        em.persist(credential);
    }

    Optional<TenantCredential> findCredential(UUID tenantId, UUID id) {
        return Optional.ofNullable(em.find(TenantCredential.class, new TenantCredential.Key(tenantId, id)));
    }

    /** The newest active credential of the tenant, if any. */
    Optional<TenantCredential> findActiveCredential(UUID tenantId) {
        return first(activeCredentials(tenantId));
    }

    /** Every stored credential, for the start-up key check and the re-seal. */
    List<TenantCredential> findAllCredentials() {
        return em.createNamedQuery("TenantCredential.findAll", TenantCredential.class).getResultList();
    }

    /**
     * Replaces a credential's sealed secret with one sealed under another key, if the row still has the key it was
     * read with; false when it has not (re-sealed meanwhile, or deleted).
     */
    boolean resealCredential(TenantCredential read, EncryptedSecret resealed) {
        return em.createNamedQuery("TenantCredential.reseal")
                .setParameter("keyId", resealed.keyId())
                .setParameter("nonce", resealed.nonce())
                .setParameter("ciphertext", resealed.ciphertext())
                .setParameter("tenantId", read.tenantId())
                .setParameter("id", read.id())
                .setParameter("readKeyId", read.secret().keyId())
                .executeUpdate() == 1;
    }

    /** Deletes the retired credentials retired before {@code cutOff}; how many. */
    int deleteRetiredCredentials(Instant cutOff) {
        return em.createNamedQuery("TenantCredential.deleteRetiredBefore")
                .setParameter("retired", CredentialStatus.RETIRED)
                .setParameter("cutOff", UtcTimestamps.column(cutOff))
                .executeUpdate();
    }

    /** The key ids stored credentials of any status are sealed with, in order. */
    List<String> credentialKeyIds() {
        return em.createNamedQuery("TenantCredential.findKeyIds", String.class).getResultList();
    }

    /** Makes one credential active (verified now) and retires every other active one of the tenant. */
    void activateCredential(UUID tenantId, UUID id, Instant now) {
        activeCredentials(tenantId).stream().filter(c -> !c.id().equals(id)).forEach(c -> c.retire(now));
        findCredential(tenantId, id).ifPresent(c -> c.activate(now));
    }

    /** Retires one credential. */
    void retireCredential(UUID tenantId, UUID id, Instant now) {
        findCredential(tenantId, id).ifPresent(c -> c.retire(now));
    }

    /** Marks a credential as accepted by a verification now. */
    void credentialVerified(UUID tenantId, UUID id, Instant now) {
        findCredential(tenantId, id).ifPresent(c -> c.verified(now));
    }

    /**
     * Replaces the tenant's permission rows with these probes, one per permission (the first probe of a name
     * counts): rows of the same name are updated, the others deleted or added.
     */
    void replacePermissions(UUID tenantId, List<PermissionProbe> probes, Instant checkedAt) {
        Map<String, TenantPermission> stored = new LinkedHashMap<>();
        permissions(tenantId).forEach(p -> stored.put(p.permission(), p));
        Map<String, PermissionProbe> found = new LinkedHashMap<>();
        probes.stream().filter(p -> p.permission() != null)
                .forEach(p -> found.putIfAbsent(Jdbc.bounded(p.permission(), 200), p));
        stored.forEach((name, row) -> {
            if (!found.containsKey(name)) {
                em.remove(row);
            }
        });
        found.forEach((name, probe) -> {
            TenantPermission row = stored.getOrDefault(name, new TenantPermission(tenantId, name));
            row.found(probe, Jdbc.bounded(probe.errorCode(), 200), checkedAt);
            if (!stored.containsKey(name)) {
                em.persist(row);
            }
        });
    }

    /** The permissions the tenant's last verification found, the required ones first, by name. */
    List<PermissionView> findPermissions(UUID tenantId) {
        return permissions(tenantId).stream().map(TenantPermission::view).toList();
    }

    private List<TenantPermission> permissions(UUID tenantId) {
        return em.createNamedQuery("TenantPermission.findByTenant", TenantPermission.class)
                .setParameter("tenantId", tenantId).getResultList();
    }

    private List<TenantCredential> activeCredentials(UUID tenantId) {
        return em.createNamedQuery("TenantCredential.findActiveByTenant", TenantCredential.class)
                .setParameter("tenantId", tenantId).setParameter("active", CredentialStatus.ACTIVE).getResultList();
    }

    /** Runs a write that flushes; a refused statement fails as the JDBC paths report it, a stale version as is. */
    private static void written(Runnable write) {
        try {
            write.run();
        } catch (OptimisticLockException e) {
            throw e;
        } catch (PersistenceException e) {
            throw refused(e);
        }
    }

    private static RuntimeException refused(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return StoreException.of("tenant store statement", sql);
            }
        }
        return e;
    }

    private static <T> Optional<T> first(List<T> results) {
        return results.stream().findFirst();
    }

    private int update(String sql, Jdbc.Binder binder) {
        return Jdbc.update(dataSource, "tenant store statement", sql, binder);
    }
}
