package com.dxp.collector.platform.schema;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Migrates the database when the application starts, before any other start-up observer runs and before the
 * first request is served. A failed migration fails the application start: serving on a schema we do not
 * understand would corrupt data.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** Unshared: Flyway opens several connections and runs its own transactions on them. */
    @Resource(lookup = "jdbc/collector", shareable = false)
    DataSource dataSource;

    private volatile MigrationReport report;

    void migrateOnStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE)
                        @Initialized(ApplicationScoped.class) Object applicationStarted) {
        long started = System.nanoTime();
        MigrationReport result = new SchemaMigrator(dataSource).migrate();
        report = result;
        LOG.info(() -> String.format("Schema of %s at version %s (%d migration(s) applied in %d ms)",
                result.database(), currentVersion(result), result.migrationsExecuted(),
                (System.nanoTime() - started) / 1_000_000));
    }

    /** What the start-up migration did; empty until it has run. */
    public Optional<MigrationReport> report() {
        return Optional.ofNullable(report);
    }

    private static String currentVersion(MigrationReport r) {
        return r.targetVersion() != null ? r.targetVersion() : r.initialVersion();
    }
}
