package com.dxp.collector.conversation;

import com.dxp.collector.conversation.StoreTable.Column;
import com.dxp.collector.platform.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes with standard JDBC batches, one statement execution per row as far as the database is concerned: what every
 * database supports (H2 here, which runs in-process, so the round trips and per-row statements cost it little).
 */
final class BatchTableWriter implements TableWriter {

    private final Connection connection;
    private final UUID tenantId;

    BatchTableWriter(Connection connection, UUID tenantId) {
        this.connection = connection;
        this.tenantId = tenantId;
    }

    @Override
    public PreparedStatement lockConversations(String columns, List<UUID> conversationIds) throws SQLException {
        PreparedStatement s = connection.prepareStatement(lockStatement(columns, conversationIds.size()));
        for (int i = 0; i < conversationIds.size(); i++) {
            s.setObject(i + 1, conversationIds.get(i));
        }
        s.setObject(conversationIds.size() + 1, tenantId);
        return s;
    }

    /** Locks {@code n} conversations (parameters 1..n) of one tenant (parameter n+1), each found by its key. */
    static String lockStatement(String columns, int n) {
        return "SELECT " + columns + " FROM " + Jdbc.parameterRows(n, "UUID") + " JOIN conversation"
                + " ON tenant_id = ? AND conversation_id = v.x ORDER BY conversation_id FOR UPDATE";
    }

    @Override
    public <R> void insert(StoreTable<R> table, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String parameters = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + table.name() + " (tenant_id, "
                + table.names("") + ") VALUES (?, " + parameters + ")")) {
            for (R row : rows) {
                s.setObject(1, tenantId);
                bind(s, 2, table.columns(), row);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public <R> void update(StoreTable<R> table, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Column<R>> columns = table.columns();
        List<Column<R>> values = columns.subList(1, columns.size());
        String assignments = values.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "));
        try (PreparedStatement s = connection.prepareStatement("UPDATE " + table.name() + " SET " + assignments
                + " WHERE tenant_id = ? AND " + columns.get(0).name() + " = ?")) {
            for (R row : rows) {
                int next = bind(s, 1, values, row);
                s.setObject(next, tenantId);
                bind(s, next + 1, columns.subList(0, 1), row);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public void deleteConversations(String table, List<UUID> conversationIds) throws SQLException {
        if (conversationIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table
                + " WHERE tenant_id = ? AND conversation_id = ?")) {
            for (UUID id : conversationIds) {
                s.setObject(1, tenantId);
                s.setObject(2, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Binds the row's values of {@code columns} from parameter {@code first} on; returns the next parameter. */
    private static <R> int bind(PreparedStatement s, int first, List<Column<R>> columns, R row) throws SQLException {
        int i = first;
        for (Column<R> column : columns) {
            Object value = column.value().apply(row);
            if (value == null) {
                s.setNull(i++, column.type().jdbcType());
            } else if (value instanceof Instant instant) {
                s.setObject(i++, instant.atOffset(ZoneOffset.UTC));
            } else {
                s.setObject(i++, value);
            }
        }
        return i;
    }
}
