package com.dxp.collector.conversation;

import com.dxp.collector.conversation.StoreTable.Column;
import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes on PostgreSQL with one statement per table and batch: each column's values go in as one array parameter
 * ({@link Connection#createArrayOf}, typed so that the driver sends numbers and strings in binary; timestamps and
 * ids go as numbers, see {@link #unnest}) and {@code unnest} turns the arrays back into rows on the server. A JDBC
 * batch costs PostgreSQL a bind and an execution per row; this plans and executes once per table. Standard JDBC
 * only, no driver classes: inside Liberty the connection is the server's wrapper and the application cannot see the
 * driver's own API (no {@code COPY}).
 *
 * <p>Rows of given conversations are found one conversation at a time through the index that starts with
 * {@code (tenant_id, conversation_id)} ({@link #rowsOf}), never with {@code conversation_id = ANY (?)} or a join the
 * planner may turn into a scan of the whole tenant: while a tenant's first backfill grows its tables faster than
 * autovacuum analyzes them, the statistics say the tenant has hardly any rows, the planner prefers reading all of
 * them through another index ({@code (tenant_id, ...)}), and every batch then costs more than the one before.
 */
final class ArrayTableWriter implements TableWriter {

    private final Connection connection;
    private final UUID tenantId;

    ArrayTableWriter(Connection connection, UUID tenantId) {
        this.connection = connection;
        this.tenantId = tenantId;
    }

    /**
     * Locks in the order of the ids: a subquery with {@code FOR UPDATE} is not merged into the join, so it runs once
     * per id, in array order, each a primary key lookup.
     */
    @Override
    public PreparedStatement lockConversations(String columns, List<UUID> conversationIds) throws SQLException {
        PreparedStatement s = connection.prepareStatement("SELECT c.* FROM unnest(CAST(? AS uuid[])) AS k (id)"
                + " CROSS JOIN LATERAL (SELECT " + columns + " FROM conversation WHERE tenant_id = ?"
                + " AND conversation_id = k.id FOR UPDATE) AS c");
        s.setArray(1, uuids(conversationIds));
        s.setObject(2, tenantId);
        return s;
    }

    @Override
    public <R> void insert(StoreTable<R> table, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + table.name() + " (tenant_id, "
                + table.names("") + ") SELECT CAST(? AS uuid), " + unnest(table.columns()))) {
            s.setObject(1, tenantId);
            bindArrays(s, 2, table.columns(), rows);
            s.executeUpdate();
        }
    }

    /** The table's first column must be {@code conversation_id}. */
    @Override
    public <R> void update(StoreTable<R> table, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Column<R>> columns = table.columns();
        String assignments = columns.subList(1, columns.size()).stream().map(c -> c.name() + " = u." + c.name())
                .collect(Collectors.joining(", "));
        try (PreparedStatement s = connection.prepareStatement("UPDATE " + table.name() + " AS t SET "
                + assignments + " FROM (SELECT " + unnest(columns) + ") AS u (" + table.names("") + ")"
                + " WHERE t." + rowsOf(table.name()) + " AND t.conversation_id = u.conversation_id")) {
            int next = bindArrays(s, 1, columns, rows);
            bindRowsOf(s, next, rows.stream().map(r -> (UUID) columns.get(0).value().apply(r)).toList());
            s.executeUpdate();
        }
    }

    @Override
    public void deleteConversations(String table, List<UUID> conversationIds) throws SQLException {
        if (conversationIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table + " WHERE "
                + rowsOf(table))) {
            bindRowsOf(s, 1, conversationIds);
            s.executeUpdate();
        }
    }

    /**
     * A condition on {@code ctid} (the row's physical address, stable within the statement) true for the table's rows
     * of the tenant's conversations, which {@link #bindRowsOf} binds. The {@code OFFSET 0} keeps the planner from
     * merging the subquery into a join: it runs once per conversation id, each time an index range lookup, and
     * the rows are then fetched by address ({@code Tid Scan}).
     */
    private static String rowsOf(String table) {
        return "ctid = ANY (ARRAY(SELECT r.ctid FROM unnest(CAST(? AS uuid[])) AS k (id) CROSS JOIN LATERAL"
                + " (SELECT ctid FROM " + table + " WHERE tenant_id = ? AND conversation_id = k.id OFFSET 0) AS r))";
    }

    private void bindRowsOf(PreparedStatement s, int first, List<UUID> conversationIds) throws SQLException {
        s.setArray(first, uuids(conversationIds));
        s.setObject(first + 1, tenantId);
    }

    /**
     * One {@code unnest} of a typed array parameter per column, in the select list: there PostgreSQL runs them in
     * lockstep row by row ({@code ProjectSet}), where {@code FROM unnest(...)} first copies all rows into a
     * tuplestore. The driver sends arrays of numbers, booleans and strings in binary but anything else as text the
     * server parses element by element, so the other two types travel differently ({@link #bindArrays}):
     * <ul>
     * <li>a timestamp as microseconds since the epoch, made a {@code timestamptz} again here, exactly:
     * {@code interval * float8} multiplies in double precision, which holds every microsecond count of the years 1685
     * to 2255 exactly;
     * <li>a UUID column as its distinct values and, per row, the position of the row's value among them: a child
     * table's rows repeat their conversation's id, so the server parses one id per conversation, not one per row.
     * </ul>
     */
    private static <R> String unnest(List<Column<R>> columns) {
        return columns.stream().map(c -> switch (c.type()) {
            case TIMESTAMPTZ -> "TIMESTAMPTZ 'epoch' + unnest(CAST(? AS int8[])) * INTERVAL '1 microsecond'";
            case UUID -> "(CAST(? AS uuid[]))[unnest(CAST(? AS int4[]))]";
            default -> "unnest(CAST(? AS " + c.type().postgresName() + "[]))";
        }).collect(Collectors.joining(", "));
    }

    /** Binds each column's values of all rows, from parameter {@code first} on, as {@link #unnest} reads them. */
    private <R> int bindArrays(PreparedStatement s, int first, List<Column<R>> columns, List<R> rows)
            throws SQLException {
        int i = first;
        for (Column<R> column : columns) {
            switch (column.type()) {
                case TIMESTAMPTZ -> {
                    Long[] micros = new Long[rows.size()];
                    for (int r = 0; r < micros.length; r++) {
                        micros[r] = epochMicros((Instant) column.value().apply(rows.get(r)));
                    }
                    s.setArray(i++, connection.createArrayOf("int8", micros));
                }
                case UUID -> {
                    Map<Object, Integer> distinct = new LinkedHashMap<>();
                    Integer[] positions = new Integer[rows.size()];
                    for (int r = 0; r < positions.length; r++) {
                        positions[r] = distinct.computeIfAbsent(column.value().apply(rows.get(r)),
                                v -> distinct.size() + 1);
                    }
                    s.setArray(i++, uuids(distinct.keySet()));
                    s.setArray(i++, connection.createArrayOf("int4", positions));
                }
                default -> {
                    Object[] values = (Object[]) Array.newInstance(column.type().javaType(), rows.size());
                    for (int r = 0; r < values.length; r++) {
                        values[r] = column.value().apply(rows.get(r));
                    }
                    s.setArray(i++, connection.createArrayOf(column.type().postgresName(), values));
                }
            }
        }
        return i;
    }

    private static Long epochMicros(Instant t) {
        return t == null ? null
                : Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    private java.sql.Array uuids(Collection<?> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray(new UUID[0]));
    }
}
