package com.dxp.collector.tenant;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Stores and finds tenants, their credentials and permissions, in plain JDBC on the application data source
 * (it joins the caller's JTA transaction). Not JPA because EclipseLink 4.0 binds {@code UUID} identifiers as
 * text (eclipse-ee4j/eclipselink#1805, #2190), which PostgreSQL refuses for {@code UUID} key columns; JDBC binds
 * them as {@code UUID} on both databases. Instants are kept as UTC offset date-times to the microsecond.
 */
@ApplicationScoped
public class TenantRepository {

    private static final String TENANT_COLUMNS = "id, name, region_domain, api_base_url, login_base_url, enabled,"
            + " state, verification_outcome, verification_detail, verified_at, genesys_org_id, genesys_org_name,"
            + " aws_account_id, aws_region, event_source_suffix, requests_per_minute, created_at, updated_at,"
            + " version";
    private static final String CREDENTIAL_COLUMNS = "tenant_id, id, client_id, key_id, secret_nonce,"
            + " secret_ciphertext, status, created_at, verified_at";

    /** Every table holding data collected for a tenant, keyed by tenant_id: what a purge deletes. */
    static final List<String> COLLECTED_DATA = List.of("segment", "participant_attribute", "participant",
            "conversation", "group_member",
            "directory_group", "team_member", "directory_team", "user_skill", "routing_skill", "architect_flow",
            "journey_segment", "directory_user", "user_session", "operational_event", "event_receipt",
            "quarantined_message", "enrichment_task", "job_run", "job_lease", "completeness_day",
            "completeness_watermark", "refused_conversation", "event_stream_check", "api_key_tenant",
            "api_budget_slot");

    /** Figures of the tenant's batch job runs, keyed by run: deleted before the runs. */
    static final List<String> RUN_DETAILS = List.of("job_run_counter", "job_run_window", "job_run_skip");

    /** What a purge deletes, in this order: the runs' figures while their runs still find them, then the rest. */
    static final List<String> PURGE_ORDER = Stream.concat(RUN_DETAILS.stream(),
            COLLECTED_DATA.stream()).toList();

    private volatile Boolean postgres;

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    /** Tenant.insert */
    void insert(Tenant t) {
        update("INSERT INTO tenant (" + TENANT_COLUMNS + ", name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            int i = bindTenant(s, t);
            s.setLong(i++, t.version());
            s.setString(i, t.nameKey());
        });
    }

    /** Writes a changed tenant if it still has the version it was read with; false when it has not. */
    boolean update(Tenant t) {
        long expected = t.version();
        int rows = update("UPDATE tenant SET id = ?, name = ?, region_domain = ?, api_base_url = ?,"
                + " login_base_url = ?, enabled = ?, state = ?, verification_outcome = ?, verification_detail = ?,"
                + " verified_at = ?, genesys_org_id = ?, genesys_org_name = ?, aws_account_id = ?, aws_region = ?,"
                + " event_source_suffix = ?, requests_per_minute = ?, created_at = ?, updated_at = ?, version = ?,"
                + " name_key = ? WHERE id = ? AND version = ?", s -> {
            int i = bindTenant(s, t);
            s.setLong(i++, expected + 1);
            s.setString(i++, t.nameKey());
            s.setObject(i++, t.id());
            s.setLong(i, expected);
        });
        if (rows == 1) {
            t.versionWritten(expected + 1);
        }
        return rows == 1;
    }

    /** Tenant.findById */
    Optional<Tenant> find(UUID id) {
        return query("SELECT " + TENANT_COLUMNS + " FROM tenant WHERE id = ?", s -> s.setObject(1, id),
                TenantRepository::tenant).stream().findFirst();
    }

    /** Tenant.findByNameKey */
    Optional<Tenant> findByNameKey(String nameKey) {
        return query("SELECT " + TENANT_COLUMNS + " FROM tenant WHERE name_key = ?", s -> s.setString(1, nameKey),
                TenantRepository::tenant).stream().findFirst();
    }

    /** Tenant.findByGenesysOrgId */
    Optional<Tenant> findByGenesysOrgId(String orgId) {
        return query("SELECT " + TENANT_COLUMNS + " FROM tenant WHERE genesys_org_id = ?",
                s -> s.setString(1, orgId), TenantRepository::tenant).stream().findFirst();
    }

    /** Up to {@code limit} tenants after {@code afterNameKey} (null: from the first), in name-key order. */
    List<Tenant> findPage(Boolean enabled, TenantState state, String afterNameKey, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + TENANT_COLUMNS + " FROM tenant WHERE 1 = 1");
        if (enabled != null) {
            sql.append(" AND enabled = ?");
        }
        if (state != null) {
            sql.append(" AND state = ?");
        }
        if (afterNameKey != null) {
            sql.append(" AND name_key > ?");
        }
        sql.append(" ORDER BY name_key LIMIT ?");
        return query(sql.toString(), s -> {
            int i = 1;
            if (enabled != null) {
                s.setBoolean(i++, enabled);
            }
            if (state != null) {
                s.setString(i++, state.name());
            }
            if (afterNameKey != null) {
                s.setString(i++, afterNameKey);
            }
            s.setInt(i, limit);
        }, TenantRepository::tenant);
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
        update("DELETE FROM tenant_permission WHERE tenant_id = ?", s -> s.setObject(1, id));
        update("DELETE FROM tenant_credential WHERE tenant_id = ?", s -> s.setObject(1, id));
        return update("DELETE FROM tenant WHERE id = ?", s -> s.setObject(1, id)) == 1;
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

    /** TenantCredential.insert */
    void insert(TenantCredential c) {
        update("INSERT INTO tenant_credential (" + CREDENTIAL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setObject(1, c.tenantId());
                    s.setObject(2, c.id());
                    s.setString(3, c.clientId());
                    s.setString(4, c.secret().keyId());
                    s.setBytes(5, c.secret().nonce());
                    s.setBytes(6, c.secret().ciphertext());
                    s.setString(7, c.status().name());
                    setInstant(s, 8, c.createdAt());
                    setInstant(s, 9, c.verifiedAt());
                });
    }

    /** TenantCredential.findByTenantAndId */
    Optional<TenantCredential> findCredential(UUID tenantId, UUID id) {
        return query("SELECT " + CREDENTIAL_COLUMNS + " FROM tenant_credential WHERE tenant_id = ? AND id = ?",
                s -> {
                    s.setObject(1, tenantId);
                    s.setObject(2, id);
                }, TenantRepository::credential).stream().findFirst();
    }

    /** TenantCredential.findActiveByTenant: the newest active credential, if any. */
    Optional<TenantCredential> findActiveCredential(UUID tenantId) {
        return query("SELECT " + CREDENTIAL_COLUMNS + " FROM tenant_credential WHERE tenant_id = ?"
                        + " AND status = 'ACTIVE' ORDER BY created_at DESC",
                s -> s.setObject(1, tenantId), TenantRepository::credential).stream().findFirst();
    }

    /** TenantCredential.findAll: every stored credential, for the start-up key check. */
    List<TenantCredential> findAllCredentials() {
        return query("SELECT " + CREDENTIAL_COLUMNS + " FROM tenant_credential ORDER BY tenant_id, id", s -> { },
                TenantRepository::credential);
    }

    /**
     * Replaces a credential's sealed secret with one sealed under another key, if the row still has the key it was
     * read with; false when it has not (re-sealed meanwhile, or deleted).
     */
    boolean resealCredential(TenantCredential read, EncryptedSecret resealed) {
        return update("UPDATE tenant_credential SET key_id = ?, secret_nonce = ?, secret_ciphertext = ?"
                + " WHERE tenant_id = ? AND id = ? AND key_id = ?", s -> {
                    s.setString(1, resealed.keyId());
                    s.setBytes(2, resealed.nonce());
                    s.setBytes(3, resealed.ciphertext());
                    s.setObject(4, read.tenantId());
                    s.setObject(5, read.id());
                    s.setString(6, read.secret().keyId());
                }) == 1;
    }

    /** Deletes the retired credentials retired before {@code cutOff}; how many. */
    int deleteRetiredCredentials(Instant cutOff) {
        return update("DELETE FROM tenant_credential WHERE status = 'RETIRED' AND retired_at < ?",
                s -> setInstant(s, 1, cutOff));
    }

    /** The key ids stored credentials of any status are sealed with, in order. */
    List<String> credentialKeyIds() {
        return query("SELECT DISTINCT key_id FROM tenant_credential ORDER BY key_id", s -> { },
                rs -> rs.getString(1));
    }

    /** Makes one credential active (verified now) and retires every other active or pending one of the tenant. */
    void activateCredential(UUID tenantId, UUID id, Instant now) {
        update("UPDATE tenant_credential SET status = 'RETIRED', retired_at = ? WHERE tenant_id = ? AND id <> ?"
                + " AND status = 'ACTIVE'", s -> {
            setInstant(s, 1, now);
            s.setObject(2, tenantId);
            s.setObject(3, id);
        });
        update("UPDATE tenant_credential SET status = 'ACTIVE', verified_at = ? WHERE tenant_id = ? AND id = ?",
                s -> {
                    setInstant(s, 1, now);
                    s.setObject(2, tenantId);
                    s.setObject(3, id);
                });
    }

    /** Retires one credential. */
    void retireCredential(UUID tenantId, UUID id, Instant now) {
        update("UPDATE tenant_credential SET status = 'RETIRED', retired_at = ? WHERE tenant_id = ? AND id = ?",
                s -> {
                    setInstant(s, 1, now);
                    s.setObject(2, tenantId);
                    s.setObject(3, id);
                });
    }

    /** Marks a credential as accepted by a verification now. */
    void credentialVerified(UUID tenantId, UUID id, Instant now) {
        update("UPDATE tenant_credential SET verified_at = ? WHERE tenant_id = ? AND id = ?", s -> {
            setInstant(s, 1, now);
            s.setObject(2, tenantId);
            s.setObject(3, id);
        });
    }

    /** Replaces the tenant's permission rows with these probes. */
    void replacePermissions(UUID tenantId, List<PermissionProbe> probes, Instant checkedAt) {
        update("DELETE FROM tenant_permission WHERE tenant_id = ?", s -> s.setObject(1, tenantId));
        List<String> seen = new ArrayList<>();
        for (PermissionProbe p : probes) {
            if (p.permission() == null || seen.contains(p.permission())) {
                continue;
            }
            seen.add(p.permission());
            update("INSERT INTO tenant_permission (tenant_id, permission, required, status, error_code, checked_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", s -> {
                s.setObject(1, tenantId);
                s.setString(2, Jdbc.bounded(p.permission(), 200));
                s.setBoolean(3, p.required());
                s.setString(4, (p.status() == null ? PermissionStatus.UNKNOWN : p.status()).name());
                s.setString(5, Jdbc.bounded(p.errorCode(), 200));
                setInstant(s, 6, checkedAt);
            });
        }
    }

    /** TenantPermission.findByTenant */
    List<PermissionView> findPermissions(UUID tenantId) {
        return query("SELECT permission, required, status, error_code, checked_at FROM tenant_permission"
                        + " WHERE tenant_id = ? ORDER BY required DESC, permission", s -> s.setObject(1, tenantId),
                rs -> new PermissionView(rs.getString(1), rs.getBoolean(2), PermissionStatus.valueOf(rs.getString(3)),
                        rs.getString(4), instant(rs, 5)));
    }

    private static int bindTenant(PreparedStatement s, Tenant t) throws SQLException {
        int i = 1;
        s.setObject(i++, t.id());
        s.setString(i++, t.name());
        TenantEndpoint e = t.endpoint();
        s.setString(i++, e.regionDomain());
        s.setString(i++, e.isRegion() ? null : e.apiBaseUrl().toString());
        s.setString(i++, e.isRegion() ? null : e.loginBaseUrl().toString());
        s.setBoolean(i++, t.enabled());
        s.setString(i++, t.state().name());
        s.setString(i++, t.verificationOutcome() == null ? null : t.verificationOutcome().name());
        s.setString(i++, t.verificationDetail());
        setInstant(s, i++, t.verifiedAt());
        s.setString(i++, t.genesysOrgId());
        s.setString(i++, t.genesysOrgName());
        EventBridgeSource eb = t.eventBridge();
        s.setString(i++, eb == null ? null : eb.awsAccountId());
        s.setString(i++, eb == null ? null : eb.awsRegion());
        s.setString(i++, eb == null ? null : eb.eventSourceSuffix());
        if (t.requestsPerMinute() == null) {
            s.setNull(i++, Types.INTEGER);
        } else {
            s.setInt(i++, t.requestsPerMinute());
        }
        setInstant(s, i++, t.createdAt());
        setInstant(s, i++, t.updatedAt());
        return i;
    }

    private static Tenant tenant(ResultSet rs) throws SQLException {
        String region = rs.getString("region_domain");
        TenantEndpoint endpoint = region != null
                ? GenesysRegion.ofDomain(region).map(TenantEndpoint::of)
                        .orElseThrow(() -> new IllegalStateException("stored region " + region + " is unknown"))
                : new TenantEndpoint(null, URI.create(rs.getString("api_base_url")),
                        URI.create(rs.getString("login_base_url")));
        String account = rs.getString("aws_account_id");
        EventBridgeSource eb = account == null ? null
                : new EventBridgeSource(account, rs.getString("aws_region"), rs.getString("event_source_suffix"));
        String outcome = rs.getString("verification_outcome");
        int rpm = rs.getInt("requests_per_minute");
        Integer requestsPerMinute = rs.wasNull() ? null : rpm;
        return new Tenant(rs.getObject("id", UUID.class), rs.getString("name"), endpoint, rs.getBoolean("enabled"),
                TenantState.valueOf(rs.getString("state")),
                outcome == null ? null : Verification.Outcome.valueOf(outcome), rs.getString("verification_detail"),
                instant(rs, "verified_at"), rs.getString("genesys_org_id"), rs.getString("genesys_org_name"), eb,
                requestsPerMinute, instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static TenantCredential credential(ResultSet rs) throws SQLException {
        return new TenantCredential(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getString("client_id"),
                new EncryptedSecret(rs.getString("key_id"), rs.getBytes("secret_nonce"),
                        rs.getBytes("secret_ciphertext")),
                CredentialStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
                instant(rs, "verified_at"));
    }

    private int update(String sql, Jdbc.Binder binder) {
        return Jdbc.update(dataSource, "tenant store statement", sql, binder);
    }

    private <T> List<T> query(String sql, Jdbc.Binder binder, Jdbc.RowReader<T> reader) {
        return Jdbc.query(dataSource, "tenant store query", sql, binder, reader);
    }
}
