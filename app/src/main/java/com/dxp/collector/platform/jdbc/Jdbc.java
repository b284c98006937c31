package com.dxp.collector.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs one statement on a data source (inside Liberty the connection joins the caller's JTA transaction) and
 * converts values the same way everywhere: instants as UTC offset date-times truncated to the microsecond (what
 * both databases keep), SQL NULL for absent numbers and flags.
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query and reads every row; {@code what} names it in a failure. */
    public static <T> List<T> query(DataSource dataSource, String what, String sql, Binder binder,
            RowReader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw StoreException.of(what, e);
        }
    }

    /** Runs an insert, update or delete; returns the rows it changed. */
    public static int update(DataSource dataSource, String what, String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of(what, e);
        }
    }

    /** Whether the connection is to PostgreSQL (else H2 in PostgreSQL mode), for the statements that differ. */
    public static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /**
     * A derived table {@code v(x)} of {@code n} parameters of one SQL type. Joined to a table on its whole primary
     * key it makes H2 look each value up in the index; H2 reads {@code key = ? AND id IN (...)} or
     * {@code id = ANY (?)} as a scan of all the key's rows.
     */
    public static String parameterRows(int n, String sqlType) {
        StringBuilder sql = new StringBuilder("(VALUES (CAST(? AS ").append(sqlType).append("))");
        for (int i = 1; i < n; i++) {
            sql.append(", (?)");
        }
        return sql.append(") AS v(x)").toString();
    }

    /** Binds positional parameters in order; instants as {@link #setInstant} does. */
    public static void bindAll(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof Instant t) {
                setInstant(s, i + 1, t);
            } else {
                s.setObject(i + 1, args.get(i));
            }
        }
    }

    /** A text cut to its column's length (so a long value from Genesys or a client never fails a write). */
    public static String bounded(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        }
    }

    public static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }

    public static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    public static void setBoolean(PreparedStatement s, int index, Boolean value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BOOLEAN);
        } else {
            s.setBoolean(index, value);
        }
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    public static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Boolean nullableBoolean(ResultSet rs, int column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }
}
