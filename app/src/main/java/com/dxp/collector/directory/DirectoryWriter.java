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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Stores what the directory sync reads, in plain JDBC batches: users and groups upserted with the sync's instant
 * as their last sync, group memberships replaced as a whole, and the entities a complete sync did not see marked
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

    /** @throws IllegalArgumentException naming the user whose JSON is not an object; nothing is stored then */
    @Override
    public void storeUsers(UUID tenantId, Instant seenAt, List<DirectoryEntity> users) {
        store(tenantId, seenAt, users, UserColumns.TABLE, u -> UserColumns.of(u).values());
    }

    /** @throws IllegalArgumentException naming the group whose JSON is not an object; nothing is stored then */
    @Override
    public void storeGroups(UUID tenantId, Instant seenAt, List<DirectoryEntity> groups) {
        store(tenantId, seenAt, groups, GroupColumns.TABLE, g -> GroupColumns.of(g).values());
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
    public void replaceMembers(UUID tenantId, String groupId, List<String> userIds) {
        Set<String> wanted = new LinkedHashSet<>(userIds);
        if (wanted.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > DirectoryTable.ID_LENGTH)) {
            throw new IllegalArgumentException("group " + groupId + " has a member whose id is blank or longer than "
                    + DirectoryTable.ID_LENGTH + " characters");
        }
        Instant now = clock.instant();
        int[] changes = transaction("group member replacement", c -> {
            Set<String> stored = storedMembers(c, tenantId, groupId);
            List<String> gone = stored.stream().filter(id -> !wanted.contains(id)).toList();
            List<String> added = wanted.stream().filter(id -> !stored.contains(id)).toList();
            memberBatch(c, "DELETE FROM group_member WHERE tenant_id = ? AND group_id = ? AND user_id = ?",
                    tenantId, groupId, gone, null);
            memberBatch(c, "INSERT INTO group_member (tenant_id, group_id, user_id, first_seen) VALUES (?, ?, ?, ?)",
                    tenantId, groupId, added, now);
            return new int[] {added.size(), gone.size()};
        });
        LOG.log(Level.FINE, "directory: tenant {0}: group {1}: {2} members added, {3} gone",
                new Object[] {tenantId, groupId, changes[0], changes[1]});
    }

    private static Set<String> storedMembers(Connection c, UUID tenantId, String groupId) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT user_id FROM group_member WHERE tenant_id = ? AND group_id = ?")) {
            s.setObject(1, tenantId);
            s.setString(2, groupId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Runs a statement once per user id; {@code firstSeen}, when given, is the fourth parameter. */
    private static void memberBatch(Connection c, String sql, UUID tenantId, String groupId, List<String> userIds,
            Instant firstSeen) throws SQLException {
        if (userIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String userId : userIds) {
                s.setObject(1, tenantId);
                s.setString(2, groupId);
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
    public List<String> groupIds(UUID tenantId, Instant seenSince) {
        return Jdbc.query(dataSource, "synced group query", "SELECT group_id FROM directory_group"
                + " WHERE tenant_id = ? AND last_synced >= ? AND removed_at IS NULL ORDER BY group_id", s -> {
                    s.setObject(1, tenantId);
                    Jdbc.setInstant(s, 2, seenSince);
                }, rs -> rs.getString(1));
    }

    /**
     * Sets {@code removed_at} to now on the rows not synced since {@code notSeenSince}; rows already removed keep
     * theirs.
     */
    @Override
    public RemovedEntities markRemoved(UUID tenantId, Instant notSeenSince) {
        Instant now = clock.instant();
        RemovedEntities removed = transaction("directory removal", c -> new RemovedEntities(
                markRemoved(c, "directory_user", tenantId, notSeenSince, now),
                markRemoved(c, "directory_group", tenantId, notSeenSince, now)));
        LOG.log(Level.FINE, "directory: tenant {0}: {1} users and {2} groups marked removed",
                new Object[] {tenantId, removed.users(), removed.groups()});
        return removed;
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
