package com.dxp.collector.conversation;

import com.dxp.collector.platform.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Writes rows of {@link StoreTable}s of one tenant on one connection, in the caller's transaction. PostgreSQL gets
 * {@link ArrayTableWriter} (one statement per table and batch), every other database {@link BatchTableWriter}
 * (standard JDBC batches).
 */
interface TableWriter {

    /** The writer that suits the connection's database. */
    static TableWriter of(Connection connection, UUID tenantId) throws SQLException {
        return Jdbc.isPostgres(connection)
                ? new ArrayTableWriter(connection, tenantId)
                : new BatchTableWriter(connection, tenantId);
    }

    /**
     * A statement that reads and locks ({@code FOR UPDATE}) the stored rows of the conversations, selecting
     * {@code columns} of the conversation table; the caller executes and closes it. The order the rows are locked in
     * depends on the ids only (callers pass them sorted), so two writers of overlapping batches cannot deadlock on
     * them.
     */
    PreparedStatement lockConversations(String columns, List<UUID> conversationIds) throws SQLException;

    /** Inserts the rows; nothing when there are none. */
    <R> void insert(StoreTable<R> table, List<R> rows) throws SQLException;

    /** Sets every column but the first of the rows whose first column (their key within the tenant) matches. */
    <R> void update(StoreTable<R> table, List<R> rows) throws SQLException;

    /** Deletes the table's rows of the conversations. */
    void deleteConversations(String table, List<UUID> conversationIds) throws SQLException;
}
