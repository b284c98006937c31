package com.dxp.collector.platform.schema;

/**
 * What one run of {@link SchemaMigrator#migrate()} did, for the start-up log and the readiness check.
 *
 * @param database           the database name as Flyway reports it
 * @param initialVersion     schema version before the run, {@code null} for an empty database
 * @param targetVersion      schema version after the run, {@code null} when nothing was applied
 * @param migrationsExecuted number of migrations applied by this run
 */
public record MigrationReport(String database, String initialVersion, String targetVersion, int migrationsExecuted) {
}
