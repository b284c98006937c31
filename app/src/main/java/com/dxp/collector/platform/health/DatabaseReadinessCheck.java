package com.dxp.collector.platform.health;

import com.dxp.collector.platform.schema.MigrationReport;
import com.dxp.collector.platform.schema.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers within a bound and its schema was migrated at start: without both, no
 * request or event can be stored, so traffic should go elsewhere.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    /** Seconds the database has to answer the readiness probe ({@code health.database.timeout-seconds}). */
    @Inject
    @ConfigProperty(name = "health.database.timeout-seconds")
    int timeoutSeconds;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        Optional<MigrationReport> report = schema.report();
        report.ifPresent(r -> response.withData("schemaVersion",
                r.targetVersion() != null ? r.targetVersion() : String.valueOf(r.initialVersion())));
        if (report.isEmpty()) {
            return response.down().withData("reason", "schema not migrated yet").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(timeoutSeconds)) {
                return response.down().withData("reason", "no answer within " + timeoutSeconds + " s").build();
            }
            return response.up().withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            // the SQL state says enough; messages can carry host names and user names
            return response.down().withData("reason", "connection failed, SQL state " + e.getSQLState()).build();
        }
    }
}
