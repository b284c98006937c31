package com.dxp.collector.platform.schema;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database of each kind the product supports. H2 runs in memory with the same flags as the server's
 * file database; PostgreSQL is the server named by {@code test.postgres.url} (set by {@code .ci/run}), where
 * each test gets a schema of its own that is dropped afterwards.
 */
enum TestDatabase {
    H2 {
        @Override
        Handle open() {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            return new Handle(ds, () -> execute(ds, "SHUTDOWN"));
        }
    },
    POSTGRESQL {
        @Override
        Handle open() throws SQLException {
            String url = System.getProperty("test.postgres.url", "");
            assumeTrue(!url.isBlank(), "no PostgreSQL configured (-Dtest.postgres.url); .ci/run provides one");
            String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
            PGSimpleDataSource admin = dataSource(url, null);
            execute(admin, "CREATE SCHEMA " + schema);
            return new Handle(dataSource(url, schema), () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
        }

        private PGSimpleDataSource dataSource(String url, String schema) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(System.getProperty("test.postgres.user", "postgres"));
            ds.setPassword(System.getProperty("test.postgres.password", ""));
            if (schema != null) {
                ds.setCurrentSchema(schema);
            }
            return ds;
        }
    };

    abstract Handle open() throws SQLException;

    /** The classpath folder of this kind's own migrations ({@code {vendor}} in Flyway's terms). */
    String vendorLocation() {
        return "db/vendor/" + name().toLowerCase(java.util.Locale.ROOT);
    }

    static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** An open test database and how to discard it. */
    record Handle(DataSource dataSource, Cleanup cleanup) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            cleanup.run();
        }
    }

    @FunctionalInterface
    interface Cleanup {
        void run() throws SQLException;
    }
}
