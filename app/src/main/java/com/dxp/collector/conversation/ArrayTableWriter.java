package com.dxp.collector.conversation;

import com.dxp.collector.conversation.StoreTable.Column;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes on PostgreSQL with one statement per table and batch: each column's values go in as one array parameter
 * ({@link Connection#createArrayOf}) and {@code unnest} turns the arrays back into rows on the server. A JDBC batch
 * costs PostgreSQL a bind, an execution and an index descent per row; this plans and executes once per table, which
 * makes writing a batch several times faster. Standard JDBC only, no driver classes: inside Liberty the connection
 * is the server's wrapper and the application cannot see the driver's own API (no {@code COPY}).
 */
final class ArrayTableWriter implements TableWriter {

    private final Connection connection;
    private final UUID tenantId;

    ArrayTableWriter(Connection connection, UUID tenantId) {
        this.connection = connection;
        this.tenantId = tenantId;
    }

    @Override
    public <R> void insert(StoreTable<R> table, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + table.name() + " (tenant_id, "
                + table.names("") + ") SELECT CAST(? AS uuid), u.* FROM " + unnest(table.columns()) + " AS u")) {
            s.setObject(1, tenantId);
            bindArrays(s, 2, table.columns(), rows);
            s.executeUpdate();
        }
    }

    @Override
    public <R> void update(StoreTable<R> table, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Column<R>> columns = table.columns();
        String key = columns.get(0).name();
        String assignments = columns.subList(1, columns.size()).stream().map(c -> c.name() + " = u." + c.name())
                .collect(Collectors.joining(", "));
        try (PreparedStatement s = connection.prepareStatement("UPDATE " + table.name() + " AS t SET "
                + assignments + " FROM " + unnest(columns) + " AS u (" + table.names("") + ")"
                + " WHERE t.tenant_id = ? AND t." + key + " = u." + key)) {
            int next = bindArrays(s, 1, columns, rows);
            s.setObject(next, tenantId);
            s.executeUpdate();
        }
    }

    @Override
    public void deleteConversations(String table, List<UUID> conversationIds) throws SQLException {
        if (conversationIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table
                + " WHERE tenant_id = ? AND conversation_id = ANY (?)")) {
            s.setObject(1, tenantId);
            s.setArray(2, connection.createArrayOf("uuid", conversationIds.toArray()));
            s.executeUpdate();
        }
    }

    /** {@code unnest(CAST(? AS type[]), ...)} with one typed array parameter per column. */
    private static <R> String unnest(List<Column<R>> columns) {
        return columns.stream().map(c -> "CAST(? AS " + c.type().postgresName() + "[])")
                .collect(Collectors.joining(", ", "unnest(", ")"));
    }

    /** Binds each column's values of all rows as one array, from parameter {@code first} on; returns the next one. */
    private <R> int bindArrays(PreparedStatement s, int first, List<Column<R>> columns, List<R> rows)
            throws SQLException {
        int i = first;
        for (Column<R> column : columns) {
            Object[] values = new Object[rows.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = column.value().apply(rows.get(r));
            }
            s.setArray(i++, connection.createArrayOf(column.type().postgresName(), values));
        }
        return i;
    }
}
