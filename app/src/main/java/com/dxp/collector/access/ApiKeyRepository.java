package com.dxp.collector.access;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The read keys and the tenants each reads ({@code api_key}, {@code api_key_tenant}). */
@ApplicationScoped
public class ApiKeyRepository {

    private static final String COLUMNS = "k.id, k.name, k.key_prefix, k.created_at, k.created_by, k.expires_at,"
            + " k.revoked_at, t.tenant_id";

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public ApiKeyRepository() {
    }

    ApiKeyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores a new key with its tenants; part of the caller's transaction. */
    void insert(ApiKeyView key, String keyHash) {
        Jdbc.update(dataSource, "read key", "INSERT INTO api_key (id, name, key_hash, key_prefix, created_at,"
                + " created_by, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)", s -> {
                    s.setObject(1, key.id());
                    s.setString(2, key.name());
                    s.setString(3, keyHash);
                    s.setString(4, key.prefix());
                    setInstant(s, 5, key.createdAt());
                    s.setString(6, key.createdBy());
                    setInstant(s, 7, key.expiresAt());
                });
        for (UUID tenant : key.tenantIds()) {
            Jdbc.update(dataSource, "read key tenant", "INSERT INTO api_key_tenant (key_id, tenant_id) VALUES (?, ?)",
                    s -> {
                        s.setObject(1, key.id());
                        s.setObject(2, tenant);
                    });
        }
    }

    /** Every key, newest first. */
    List<ApiKeyView> findAll() {
        return views(Jdbc.query(dataSource, "read keys", "SELECT " + COLUMNS + " FROM api_key k LEFT JOIN"
                + " api_key_tenant t ON t.key_id = k.id ORDER BY k.created_at DESC, k.id, t.tenant_id", s -> { },
                ApiKeyRepository::row));
    }

    Optional<ApiKeyView> find(UUID id) {
        return views(Jdbc.query(dataSource, "read key", "SELECT " + COLUMNS + " FROM api_key k LEFT JOIN"
                + " api_key_tenant t ON t.key_id = k.id WHERE k.id = ? ORDER BY t.tenant_id",
                s -> s.setObject(1, id), ApiKeyRepository::row)).stream().findFirst();
    }

    /** The key with this hash, revoked or not; the caller decides whether it may be used. */
    Optional<ApiKeyView> findByHash(String keyHash) {
        return views(Jdbc.query(dataSource, "read key by hash", "SELECT " + COLUMNS + " FROM api_key k LEFT JOIN"
                + " api_key_tenant t ON t.key_id = k.id WHERE k.key_hash = ? ORDER BY t.tenant_id",
                s -> s.setString(1, keyHash), ApiKeyRepository::row)).stream().findFirst();
    }

    /** Marks the key revoked now, unless it was already; whether it changed. */
    boolean revoke(UUID id, Instant at) {
        return Jdbc.update(dataSource, "read key revocation", "UPDATE api_key SET revoked_at = ? WHERE id = ?"
                + " AND revoked_at IS NULL", s -> {
                    setInstant(s, 1, at);
                    s.setObject(2, id);
                }) == 1;
    }

    /** One row of a key joined with one of its tenants. */
    private record Row(UUID id, String name, String prefix, Instant createdAt, String createdBy, Instant expiresAt,
                       Instant revokedAt, UUID tenantId) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), instant(rs, 4),
                rs.getString(5), instant(rs, 6), instant(rs, 7), rs.getObject(8, UUID.class));
    }

    /** Rows folded into keys, in the order the rows came. */
    private static List<ApiKeyView> views(List<Row> rows) {
        Map<UUID, List<Row>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        List<ApiKeyView> views = new ArrayList<>();
        byKey.forEach((id, keyRows) -> {
            Row first = keyRows.get(0);
            List<UUID> tenants = keyRows.stream().map(Row::tenantId).filter(t -> t != null).toList();
            views.add(new ApiKeyView(id, first.name(), first.prefix(), tenants, first.createdAt(),
                    first.createdBy(), first.expiresAt(), first.revokedAt()));
        });
        return views;
    }
}
