package com.dxp.collector.platform.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the application database whether it answers, within {@code health.database.timeout-seconds}: the one test of
 * "the database is up" that readiness and the event pollers share (a poller whose batch failed waits for the
 * database instead of burning its messages' receives while it is down).
 */
@ApplicationScoped
public class DatabaseProbe {

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    /** Seconds the database has to answer. */
    @Inject
    @ConfigProperty(name = "health.database.timeout-seconds")
    int timeoutSeconds;

    /** True when a connection can be had and is valid within the timeout. */
    public boolean answers() {
        return failure() == null;
    }

    /**
     * Why the database does not answer, or null when it does; never a host or user name (SQL state only). It runs a
     * query rather than asking {@link Connection#isValid}: after a database restart the pool still holds the dead
     * connections, and only a statement's failure (SQL state class 08) makes Liberty purge them. With
     * {@code isValid}, which fails quietly, a probe could be handed the same dead connection again and again and
     * report the database down long after it is back.
     */
    public String failure() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            try (ResultSet answer = statement.executeQuery("SELECT 1")) {
                return answer.next() ? null : "no answer within " + timeoutSeconds + " s";
            } finally {
                clearTimeout(statement);
            }
        } catch (SQLException e) {
            return "connection failed, SQL state " + e.getSQLState();
        }
    }

    /**
     * Takes the probe's timeout off again. H2 keeps a statement's query timeout as a setting of its session, so the
     * pooled connection went back with it: the next long statement on it (a tenant purge deleting a backfilled
     * tenant's metrics) was cancelled after the probe's few seconds, SQL state 57014.
     */
    private static void clearTimeout(Statement statement) {
        try {
            statement.setQueryTimeout(0);
        } catch (SQLException e) {
            // the connection failed; the pool purges it
        }
    }
}
