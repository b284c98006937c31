package com.dxp.collector.directory;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.nullableLong;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads a tenant's users and groups in id order (the primary key, so a page is one index range) for the read API.
 */
@ApplicationScoped
public class DirectoryRepository {

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public DirectoryRepository() {
    }

    DirectoryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Users and groups of the tenant not marked removed: {users, groups}. */
    public long[] counts(UUID tenantId) {
        return Jdbc.query(dataSource, "directory count", "SELECT (SELECT COUNT(*) FROM directory_user"
                + " WHERE tenant_id = ? AND removed_at IS NULL), (SELECT COUNT(*) FROM directory_group"
                + " WHERE tenant_id = ? AND removed_at IS NULL)", s -> {
                    s.setObject(1, tenantId);
                    s.setObject(2, tenantId);
                }, rs -> new long[] {rs.getLong(1), rs.getLong(2)}).get(0);
    }

    /** DirectoryUser.findPage: users after {@code afterId}, optionally of one state and removed or not. */
    public List<DirectoryUser> users(UUID tenantId, String state, Boolean removed, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT user_id, name, email, username, state, title, department,"
                + " division_id, manager_id, first_seen, last_synced, removed_at FROM directory_user"
                + " WHERE tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(tenantId));
        filters(sql, args, state, removed, "user_id", afterId);
        sql.append(" ORDER BY user_id LIMIT ?");
        args.add(limit);
        return Jdbc.query(dataSource, "user page query", sql.toString(), s -> Jdbc.bindAll(s, args),
                DirectoryRepository::user);
    }

    /** DirectoryGroup.findPage: groups after {@code afterId} with their current members. */
    public List<DirectoryGroup> groups(UUID tenantId, String state, Boolean removed, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT group_id, name, description, group_type, visibility, state,"
                + " member_count, first_seen, last_synced, removed_at FROM directory_group WHERE tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(tenantId));
        filters(sql, args, state, removed, "group_id", afterId);
        sql.append(" ORDER BY group_id LIMIT ?");
        args.add(limit);
        List<GroupRow> rows = Jdbc.query(dataSource, "group page query", sql.toString(),
                s -> Jdbc.bindAll(s, args), DirectoryRepository::group);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> members = members(tenantId, rows.get(0).groupId(),
                rows.get(rows.size() - 1).groupId());
        return rows.stream().map(r -> r.with(members.getOrDefault(r.groupId(), List.of()))).toList();
    }

    /** Members of the groups in the id range {@code [first, last]} of one page, in user id order. */
    private Map<String, List<String>> members(UUID tenantId, String first, String last) {
        Map<String, List<String>> byGroup = new HashMap<>();
        Jdbc.query(dataSource, "group member query", "SELECT group_id, user_id FROM group_member"
                + " WHERE tenant_id = ? AND group_id >= ? AND group_id <= ? ORDER BY group_id, user_id", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, first);
                    s.setString(3, last);
                }, rs -> byGroup.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return byGroup;
    }

    private static void filters(StringBuilder sql, List<Object> args, String state, Boolean removed, String idColumn,
            String afterId) {
        if (state != null) {
            sql.append(" AND state = ?");
            args.add(state);
        }
        if (removed != null) {
            sql.append(removed ? " AND removed_at IS NOT NULL" : " AND removed_at IS NULL");
        }
        if (afterId != null) {
            sql.append(" AND ").append(idColumn).append(" > ?");
            args.add(afterId);
        }
    }

    private static DirectoryUser user(ResultSet rs) throws SQLException {
        return new DirectoryUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs, 10),
                instant(rs, 11), instant(rs, 12));
    }

    private static GroupRow group(ResultSet rs) throws SQLException {
        return new GroupRow(new DirectoryGroup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), nullableLong(rs, 7), List.of(), instant(rs, 8),
                instant(rs, 9), instant(rs, 10)));
    }

    /** A group read before its members. */
    private record GroupRow(DirectoryGroup group) {
        String groupId() {
            return group.groupId();
        }

        DirectoryGroup with(List<String> members) {
            return new DirectoryGroup(group.groupId(), group.name(), group.description(), group.type(),
                    group.visibility(), group.state(), group.memberCount(), members, group.firstSeen(),
                    group.lastSynced(), group.removedAt());
        }
    }
}
