package com.dxp.collector.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

    @Test
    void shouldAnswerWhenAQueryRuns() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:probe-" + UUID.randomUUID());

        assertNull(probe(h2).failure());
    }

    @Test
    void shouldReportTheDeadConnectionAPoolHandsOutRatherThanTrustIt() throws SQLException {
        // what a pool holds after the database restarted: a connection whose statements fail
        Connection dead = DriverManager.getConnection("jdbc:h2:mem:probe-" + UUID.randomUUID());
        dead.close();
        DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return dead;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        String failure = probe(pool).failure();

        assertTrue(failure.startsWith("connection failed, SQL state "), failure);
        assertEquals(false, probe(pool).answers());
    }

    /**
     * H2 keeps a statement's query timeout on its session: a pooled connection came back from the probe with it, and
     * a tenant purge's long delete on it was cancelled after 2 s. The probe leaves the session as it found it.
     */
    @Test
    void shouldHandThePooledConnectionBackWithoutItsTimeout() throws SQLException {
        try (Connection pooled = DriverManager.getConnection("jdbc:h2:mem:probe-" + UUID.randomUUID())) {
            DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            return unclosable(pooled);
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });

            assertNull(probe(pool).failure());

            try (var next = pooled.createStatement()) {
                assertEquals(0, next.getQueryTimeout(), "the next user of the connection has no timeout");
            }
        }
    }

    /** The connection as a pool hands it out: closing it gives it back, the session stays open. */
    private static Connection unclosable(Connection connection) {
        return (Connection) Proxy.newProxyInstance(DatabaseProbeTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close") ? null
                        : method.invoke(connection, args));
    }

    private static DatabaseProbe probe(DataSource dataSource) {
        DatabaseProbe probe = new DatabaseProbe();
        probe.dataSource = dataSource;
        probe.timeoutSeconds = 2;
        return probe;
    }
}
