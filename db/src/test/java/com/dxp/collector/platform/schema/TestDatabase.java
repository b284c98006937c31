package com.dxp.collector.platform.schema;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database of each kind the product supports, for the tests of this module and (through its test jar)
 * of the modules that store data. H2 runs in memory with the same flags as the server's file database;
 * PostgreSQL is the server named by {@code test.postgres.url} (set by {@code .ci/run}; the cases are skipped
 * when it is empty), where each test gets a schema of its own that is dropped afterwards.
 */
public enum TestDatabase {
    H2 {
        @Override
        public Handle open() {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            return new Handle(ds, () -> execute(ds, "SHUTDOWN"));
        }
    },
    POSTGRESQL {
        @Override
        public Handle open() throws SQLException {
            String url = postgresUrl();
            assumeTrue(!url.isBlank(), "no PostgreSQL configured (-Dtest.postgres.url); .ci/run provides one");
            String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
            PGSimpleDataSource admin = postgres(url, null);
            execute(admin, "CREATE SCHEMA " + schema);
            return new Handle(postgres(url, schema), () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
        }
    };

    /** A fresh, empty database of this kind. */
    public abstract Handle open() throws SQLException;

    /** A fresh database of this kind with every migration applied. */
    public Handle openMigrated() throws SQLException {
        Handle handle = open();
        new SchemaMigrator(handle.dataSource()).migrate();
        return handle;
    }

    /** The PostgreSQL server of the tests, or an empty string when none is configured. */
    public static String postgresUrl() {
        return System.getProperty("test.postgres.url", "");
    }

    /** A data source on the tests' PostgreSQL, in {@code schema} when it is not null. */
    public static PGSimpleDataSource postgres(String url, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(System.getProperty("test.postgres.user", "postgres"));
        ds.setPassword(System.getProperty("test.postgres.password", ""));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    /** The classpath folder of this kind's own migrations ({@code {vendor}} in Flyway's terms). */
    String vendorLocation() {
        return "db/vendor/" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * H2's plan for {@code sql} on a migrated database, on one line in lower case: the index a table is read
     * through, and with which conditions, is the comment after the table's name.
     */
    public static String h2Plan(String sql, Object... parameters) throws SQLException {
        try (Handle db = H2.openMigrated(); Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append(' ');
                }
            }
            return plan.toString().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** An open test database and how to discard it. */
    public record Handle(DataSource dataSource, Cleanup cleanup) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            cleanup.run();
        }
    }

    @FunctionalInterface
    public interface Cleanup {
        void run() throws SQLException;
    }
}
