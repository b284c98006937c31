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

    private static DatabaseProbe probe(DataSource dataSource) {
        DatabaseProbe probe = new DatabaseProbe();
        probe.dataSource = dataSource;
        probe.timeoutSeconds = 2;
        return probe;
    }
}
