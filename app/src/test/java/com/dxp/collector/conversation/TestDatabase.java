package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.platform.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of each kind the product supports with the real migrations applied, as db's migration tests have it:
 * H2 in memory with the server's flags, or the PostgreSQL named by {@code test.postgres.url} (skipped when empty),
 * where each test gets a schema of its own that is dropped afterwards.
 */
enum TestDatabase {
    H2 {
        @Override
        Handle create() {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            return new Handle(ds, () -> execute(ds, "SHUTDOWN"));
        }
    },
    POSTGRESQL {
        @Override
        Handle create() throws SQLException {
            String url = postgresUrl();
            assumeTrue(!url.isBlank(), "no PostgreSQL configured (-Dtest.postgres.url); .ci/run provides one");
            String schema = "store_" + UUID.randomUUID().toString().replace("-", "");
            DataSource admin = postgres(url, null);
            execute(admin, "CREATE SCHEMA " + schema);
            return new Handle(postgres(url, schema), () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
        }
    };

    abstract Handle create() throws SQLException;

    /** A fresh database of this kind with the schema migrated. */
    Handle open() throws SQLException {
        Handle handle = create();
        new SchemaMigrator(handle.dataSource()).migrate();
        return handle;
    }

    static String postgresUrl() {
        return System.getProperty("test.postgres.url", "");
    }

    static PGSimpleDataSource postgres(String url, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(System.getProperty("test.postgres.user", "postgres"));
        ds.setPassword(System.getProperty("test.postgres.password", ""));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
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
