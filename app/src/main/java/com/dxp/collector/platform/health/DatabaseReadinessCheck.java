package com.dxp.collector.platform.health;

import com.dxp.collector.platform.jdbc.DatabaseProbe;
import com.dxp.collector.platform.schema.MigrationReport;
import com.dxp.collector.platform.schema.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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

    @Inject
    DatabaseProbe database;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        Optional<MigrationReport> report = schema.report();
        report.ifPresent(r -> response.withData("schemaVersion",
                r.targetVersion() != null ? r.targetVersion() : String.valueOf(r.initialVersion())));
        if (report.isEmpty()) {
            return response.down().withData("reason", "schema not migrated yet").build();
        }
        String failure = database.failure();
        return failure == null ? response.up().build() : response.down().withData("reason", failure).build();
    }
}
