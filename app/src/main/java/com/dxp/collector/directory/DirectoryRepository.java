package com.dxp.collector.directory;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.nullableBoolean;
import static com.dxp.collector.platform.jdbc.Jdbc.nullableDouble;
import static com.dxp.collector.platform.jdbc.Jdbc.nullableLong;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads a tenant's directory (users, groups, teams, skills, flows, journey segments) in id order (the primary key,
 * so a page is one index range) for the read API.
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

    /** The tenant's entities of each kind not marked removed. */
    public Map<DirectoryKind, Long> counts(UUID tenantId) {
        DirectoryKind[] kinds = DirectoryKind.values();
        String sql = "SELECT " + Arrays.stream(kinds).map(k -> "(SELECT COUNT(*) FROM "
                + DirectoryWriter.table(k).name() + " WHERE tenant_id = ? AND removed_at IS NULL)")
                .collect(Collectors.joining(", "));
        return Jdbc.query(dataSource, "directory count", sql, s -> {
            for (int i = 1; i <= kinds.length; i++) {
                s.setObject(i, tenantId);
            }
        }, rs -> {
            Map<DirectoryKind, Long> counts = new EnumMap<>(DirectoryKind.class);
            for (int i = 0; i < kinds.length; i++) {
                counts.put(kinds[i], rs.getLong(i + 1));
            }
            return counts;
        }).get(0);
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
        List<DirectoryUser> users = Jdbc.query(dataSource, "user page query", sql.toString(),
                s -> Jdbc.bindAll(s, args), DirectoryRepository::user);
        if (users.isEmpty()) {
            return users;
        }
        Map<String, List<UserSkill>> skills = new HashMap<>();
        Jdbc.query(dataSource, "user skill query", "SELECT user_id, skill_id, proficiency, state FROM user_skill"
                + " WHERE tenant_id = ? AND user_id >= ? AND user_id <= ? ORDER BY user_id, skill_id", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, users.get(0).userId());
                    s.setString(3, users.get(users.size() - 1).userId());
                }, rs -> skills.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new UserSkill(
                        rs.getString(2), nullableDouble(rs, 3), rs.getString(4))));
        return users.stream().map(u -> u.withSkills(skills.getOrDefault(u.userId(), List.of()))).toList();
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
        Map<String, List<String>> members = members("group_member", "group_id", tenantId, rows.get(0).groupId(),
                rows.get(rows.size() - 1).groupId());
        return rows.stream().map(r -> r.with(members.getOrDefault(r.groupId(), List.of()))).toList();
    }

    /** DirectoryTeam.findPage: work teams after {@code afterId} with their current members. */
    public List<DirectoryTeam> teams(UUID tenantId, Boolean removed, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT team_id, name, description, division_id, member_count,"
                + " first_seen, last_synced, removed_at FROM directory_team WHERE tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(tenantId));
        filters(sql, args, null, removed, "team_id", afterId);
        sql.append(" ORDER BY team_id LIMIT ?");
        args.add(limit);
        List<DirectoryTeam> rows = Jdbc.query(dataSource, "team page query", sql.toString(),
                s -> Jdbc.bindAll(s, args), rs -> new DirectoryTeam(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), nullableLong(rs, 5), List.of(), instant(rs, 6),
                        instant(rs, 7), instant(rs, 8)));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> members = members("team_member", "team_id", tenantId, rows.get(0).teamId(),
                rows.get(rows.size() - 1).teamId());
        return rows.stream().map(t -> t.withMembers(members.getOrDefault(t.teamId(), List.of()))).toList();
    }

    /** RoutingSkill.findPage: skills after {@code afterId}, optionally of one state and removed or not. */
    public List<RoutingSkill> skills(UUID tenantId, String state, Boolean removed, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT skill_id, name, state, first_seen, last_synced, removed_at"
                + " FROM routing_skill WHERE tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(tenantId));
        filters(sql, args, state, removed, "skill_id", afterId);
        sql.append(" ORDER BY skill_id LIMIT ?");
        args.add(limit);
        return Jdbc.query(dataSource, "skill page query", sql.toString(), s -> Jdbc.bindAll(s, args),
                rs -> new RoutingSkill(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        instant(rs, 5), instant(rs, 6)));
    }

    /** ArchitectFlow.findPage: flows after {@code afterId}, optionally of one type and removed or not. */
    public List<ArchitectFlow> flows(UUID tenantId, String type, Boolean removed, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT flow_id, name, description, flow_type, division_id,"
                + " published_version, active, deleted, first_seen, last_synced, removed_at FROM architect_flow"
                + " WHERE tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(tenantId));
        if (type != null) {
            sql.append(" AND flow_type = ?");
            args.add(type);
        }
        filters(sql, args, null, removed, "flow_id", afterId);
        sql.append(" ORDER BY flow_id LIMIT ?");
        args.add(limit);
        return Jdbc.query(dataSource, "flow page query", sql.toString(), s -> Jdbc.bindAll(s, args),
                rs -> new ArchitectFlow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), nullableBoolean(rs, 7), nullableBoolean(rs, 8),
                        instant(rs, 9), instant(rs, 10), instant(rs, 11)));
    }

    /** JourneySegment.findPage: journey segments after {@code afterId}, removed or not. */
    public List<JourneySegment> journeySegments(UUID tenantId, Boolean removed, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT segment_id, display_name, description, scope, active, version,"
                + " first_seen, last_synced, removed_at FROM journey_segment WHERE tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(tenantId));
        filters(sql, args, null, removed, "segment_id", afterId);
        sql.append(" ORDER BY segment_id LIMIT ?");
        args.add(limit);
        return Jdbc.query(dataSource, "journey segment page query", sql.toString(), s -> Jdbc.bindAll(s, args),
                rs -> new JourneySegment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        nullableBoolean(rs, 5), nullableLong(rs, 6), instant(rs, 7), instant(rs, 8),
                        instant(rs, 9)));
    }

    /** Members of the groups or teams in the id range {@code [first, last]} of one page, in user id order. */
    private Map<String, List<String>> members(String table, String ownerColumn, UUID tenantId, String first,
            String last) {
        Map<String, List<String>> byOwner = new HashMap<>();
        Jdbc.query(dataSource, table + " query", "SELECT " + ownerColumn + ", user_id FROM " + table
                + " WHERE tenant_id = ? AND " + ownerColumn + " >= ? AND " + ownerColumn + " <= ? ORDER BY "
                + ownerColumn + ", user_id", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, first);
                    s.setString(3, last);
                }, rs -> byOwner.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return byOwner;
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
                instant(rs, 11), instant(rs, 12), List.of());
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
