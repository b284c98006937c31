package com.dxp.collector.platform.jdbc;

import java.math.BigDecimal;
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

    /** What ends a text that {@link #bounded} cut, so every reader of the column sees that it is not whole. */
    public static final String CUT_MARKER = "\u2026[cut]";

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** The earliest instant a column takes: no real record is older, and both databases hold it. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    /** The latest instant a column takes (PostgreSQL refuses years past 294276, H2 formats them oddly). */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /**
     * A text as a column of {@code max} characters takes it on both databases, so a value from Genesys or a client
     * never fails a write: NUL, which PostgreSQL refuses in text, becomes U+FFFD, and a longer text is cut to
     * {@code max} characters ending in {@link #CUT_MARKER} (never between the two halves of a surrogate pair). Where
     * the row keeps the raw JSON too, that still holds the whole value.
     */
    public static String bounded(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
        if (clean.length() <= max) {
            return clean;
        }
        int keep = max > CUT_MARKER.length() ? max - CUT_MARKER.length() : max;
        if (keep > 0 && Character.isHighSurrogate(clean.charAt(keep - 1))) {
            keep--;
        }
        return keep == max ? clean.substring(0, keep) : clean.substring(0, keep) + CUT_MARKER;
    }

    /**
     * A number as a BIGINT column takes it, a fraction truncated; null when no long holds it ({@code 1e30}), where
     * {@code longValue} would wrap it to a wrong value. Its magnitude is judged from precision and scale before any
     * conversion, since converting a number like {@code 1e-999999999} to an integer would compute a power of ten with
     * a billion digits.
     */
    public static Long storableLong(BigDecimal value) {
        int integerDigits = value.precision() - value.scale();
        if (integerDigits <= 0) {
            return 0L;
        }
        if (integerDigits > 19 || value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
            return null;
        }
        return value.longValue();
    }

    /**
     * The instant when a column can hold it, else null: a timestamp before year 1 or after 9999 is no real time
     * (Genesys has sent epoch values like {@code Long.MAX_VALUE}), and PostgreSQL refuses the far end of them.
     */
    public static Instant storable(Instant value) {
        return value == null || value.isBefore(EARLIEST) || value.isAfter(LATEST) ? null : value;
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

    /**
     * A double column, null when SQL NULL or not finite: rows written before non-finite values were refused may hold
     * Infinity, which no JSON answer can carry.
     */
    public static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() || !Double.isFinite(v) ? null : v;
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
