package com.dxp.collector.directory;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.CallerTransaction;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Stores what the directory sync reads, in plain JDBC batches: users, groups, teams, skills, flows and journey
 * segments upserted with the sync's instant as their last sync, group and team memberships and users' skills
 * replaced as a whole, and the entities a complete sync did not see marked
 * removed (never deleted, so conversations that name them still resolve). Each call is one transaction: the
 * caller's when there is one (a chunk's JTA transaction inside Liberty), else its own.
 */
@ApplicationScoped
public class DirectoryWriter implements DirectorySink {

    private static final Logger LOG = Logger.getLogger(DirectoryWriter.class.getName());

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    @Inject
    CallerTransaction callerTransaction;

    Clock clock = Clock.systemUTC();

    public DirectoryWriter() {
    }

    DirectoryWriter(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    DirectoryWriter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Upserts the entities into their kind's table; users bring their skills when the listing carried them.
     *
     * @throws IllegalArgumentException naming the entity whose JSON is not an object; nothing is stored then
     */
    @Override
    public void store(UUID tenantId, DirectoryKind kind, Instant seenAt, List<DirectoryEntity> entities) {
        switch (kind) {
            case USERS -> {
                // each user's JSON is read once, for its columns and its skills
                Map<String, List<UserSkill>> skills = new LinkedHashMap<>();
                store(tenantId, seenAt, entities, UserColumns.TABLE, u -> {
                    EntityJson json = EntityJson.of(u);
                    if (json.has("skills")) {
                        skills.put(u.id(), UserSkill.of(json));
                    }
                    return UserColumns.of(json).values();
                });
                storeUserSkills(tenantId, skills);
            }
            case GROUPS -> store(tenantId, seenAt, entities, GroupColumns.TABLE, g -> GroupColumns.of(g).values());
            case TEAMS -> store(tenantId, seenAt, entities, TeamColumns.TABLE, t -> TeamColumns.of(t).values());
            case SKILLS -> store(tenantId, seenAt, entities, SkillColumns.TABLE, k -> SkillColumns.of(k).values());
            case FLOWS -> store(tenantId, seenAt, entities, FlowColumns.TABLE, f -> FlowColumns.of(f).values());
            case JOURNEY_SEGMENTS -> store(tenantId, seenAt, entities, JourneySegmentColumns.TABLE,
                    j -> JourneySegmentColumns.of(j).values());
        }
    }

    /**
     * Replaces the skills of each user whose JSON has a {@code skills} field (the listing was asked for them); a
     * user without the field keeps what an earlier sync stored, as its skills were not asked for this time.
     */
    private void storeUserSkills(UUID tenantId, Map<String, List<UserSkill>> byUser) {
        if (byUser.isEmpty()) {
            return;
        }
        transaction("user skill replacement", c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM user_skill WHERE tenant_id = ? AND user_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO user_skill (tenant_id, user_id,"
                         + " skill_id, proficiency, state) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, List<UserSkill>> user : byUser.entrySet()) {
                    delete.setObject(1, tenantId);
                    delete.setString(2, user.getKey());
                    delete.addBatch();
                    for (UserSkill skill : user.getValue()) {
                        Jdbc.bindAll(insert, Arrays.asList(tenantId, user.getKey(), skill.skillId(),
                                skill.proficiency(), skill.state()));
                        insert.addBatch();
                    }
                }
                delete.executeBatch();
                insert.executeBatch();
            }
            return null;
        });
    }

    private void store(UUID tenantId, Instant seenAt, List<DirectoryEntity> entities, DirectoryTable table,
            Function<DirectoryEntity, List<Object>> columns) {
        List<List<Object>> rows = new ArrayList<>(entities.size());
        for (DirectoryEntity entity : entities) {
            List<Object> row = new ArrayList<>(List.of(tenantId, entity.id()));
            row.addAll(columns.apply(entity));
            row.add(entity.rawJson());
            row.add(seenAt);
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return;
        }
        transaction(table.name() + " upsert", c -> {
            try (PreparedStatement s = c.prepareStatement(table.upsertSql())) {
                for (List<Object> row : rows) {
                    Jdbc.bindAll(s, row);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
        LOG.log(Level.FINE, "directory: tenant {0}: {1} rows of {2} stored",
                new Object[] {tenantId, rows.size(), table.name()});
    }

    /** Members that stay keep their {@code first_seen}; new ones are first seen now. */
    @Override
    public void replaceMembers(UUID tenantId, DirectoryKind kind, String ownerId, List<String> userIds) {
        Members table = Members.of(kind);
        Set<String> wanted = new LinkedHashSet<>(userIds);
        if (wanted.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > DirectoryTable.ID_LENGTH)) {
            throw new IllegalArgumentException(table.owner() + " " + ownerId + " has a member whose id is blank or"
                    + " longer than " + DirectoryTable.ID_LENGTH + " characters");
        }
        Instant now = clock.instant();
        int[] changes = transaction(table.owner() + " member replacement", c -> {
            Set<String> stored = storedMembers(c, table, tenantId, ownerId);
            List<String> gone = stored.stream().filter(id -> !wanted.contains(id)).toList();
            List<String> added = wanted.stream().filter(id -> !stored.contains(id)).toList();
            memberBatch(c, "DELETE FROM " + table.name() + " WHERE tenant_id = ? AND " + table.ownerColumn()
                    + " = ? AND user_id = ?", tenantId, ownerId, gone, null);
            memberBatch(c, "INSERT INTO " + table.name() + " (tenant_id, " + table.ownerColumn()
                    + ", user_id, first_seen) VALUES (?, ?, ?, ?)", tenantId, ownerId, added, now);
            return new int[] {added.size(), gone.size()};
        });
        LOG.log(Level.FINE, "directory: tenant {0}: {1} {2}: {3} members added, {4} gone",
                new Object[] {tenantId, table.owner(), ownerId, changes[0], changes[1]});
    }

    /** The member table of groups or teams. */
    private record Members(String owner, String name, String ownerColumn) {
        static Members of(DirectoryKind kind) {
            return switch (kind) {
                case GROUPS -> new Members("group", "group_member", "group_id");
                case TEAMS -> new Members("team", "team_member", "team_id");
                default -> throw new IllegalArgumentException(kind.label() + " have no members");
            };
        }
    }

    private static Set<String> storedMembers(Connection c, Members table, UUID tenantId, String ownerId)
            throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT user_id FROM " + table.name() + " WHERE tenant_id = ?"
                + " AND " + table.ownerColumn() + " = ?")) {
            s.setObject(1, tenantId);
            s.setString(2, ownerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Runs a statement once per user id; {@code firstSeen}, when given, is the fourth parameter. */
    private static void memberBatch(Connection c, String sql, UUID tenantId, String ownerId, List<String> userIds,
            Instant firstSeen) throws SQLException {
        if (userIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String userId : userIds) {
                s.setObject(1, tenantId);
                s.setString(2, ownerId);
                s.setString(3, userId);
                if (firstSeen != null) {
                    Jdbc.setInstant(s, 4, firstSeen);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public List<String> ownerIds(UUID tenantId, DirectoryKind kind, Instant seenSince) {
        DirectoryTable table = table(kind);
        return Jdbc.query(dataSource, "synced " + kind.label() + " query", "SELECT " + table.idColumn() + " FROM "
                + table.name() + " WHERE tenant_id = ? AND last_synced >= ? AND removed_at IS NULL ORDER BY "
                + table.idColumn(), s -> {
                    s.setObject(1, tenantId);
                    Jdbc.setInstant(s, 2, seenSince);
                }, rs -> rs.getString(1));
    }

    /**
     * Sets {@code removed_at} to now on the rows of {@code kinds} not synced since {@code notSeenSince}; rows already
     * removed keep theirs.
     */
    @Override
    public Map<DirectoryKind, Integer> markRemoved(UUID tenantId, Set<DirectoryKind> kinds, Instant notSeenSince) {
        Instant now = clock.instant();
        Map<DirectoryKind, Integer> removed = transaction("directory removal", c -> {
            Map<DirectoryKind, Integer> counts = new EnumMap<>(DirectoryKind.class);
            for (DirectoryKind kind : kinds) {
                counts.put(kind, markRemoved(c, table(kind).name(), tenantId, notSeenSince, now));
            }
            return counts;
        });
        LOG.log(Level.FINE, "directory: tenant {0}: marked removed {1}", new Object[] {tenantId, removed});
        return removed;
    }

    /** The table a kind is stored in. */
    static DirectoryTable table(DirectoryKind kind) {
        return switch (kind) {
            case USERS -> UserColumns.TABLE;
            case GROUPS -> GroupColumns.TABLE;
            case TEAMS -> TeamColumns.TABLE;
            case SKILLS -> SkillColumns.TABLE;
            case FLOWS -> FlowColumns.TABLE;
            case JOURNEY_SEGMENTS -> JourneySegmentColumns.TABLE;
        };
    }

    private static int markRemoved(Connection c, String table, UUID tenantId, Instant notSeenSince, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET removed_at = ?"
                + " WHERE tenant_id = ? AND last_synced < ? AND removed_at IS NULL")) {
            Jdbc.setInstant(s, 1, now);
            s.setObject(2, tenantId);
            Jdbc.setInstant(s, 3, notSeenSince);
            return s.executeUpdate();
        }
    }

    /** Work on one connection that may throw {@link SQLException}. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in the caller's transaction when there is one (a chunk's JTA transaction, or a connection
     * not in auto-commit mode), else in a local transaction of its own that a failure rolls back.
     */
    private <T> T transaction(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            if ((callerTransaction != null && callerTransaction.active()) || !c.getAutoCommit()) {
                return work.run(c);
            }
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreException.of(what, e);
        }
    }
}
