package com.dxp.collector.platform.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema this build expects by applying the Flyway migrations under
 * {@code db/migration} (all databases) and {@code db/vendor/<h2|postgresql>} (one kind only). The application runs it once at start, before anything else touches the database;
 * the same class is what the migration tests exercise, so what is tested is what runs.
 */
public final class SchemaMigrator {

    /** Where the migrations for every database live on the classpath (inside this module's jar). */
    public static final String LOCATION = "classpath:db/migration";

    /** Where migrations for one kind of database live, followed by {@code h2} or {@code postgresql}. */
    public static final String VENDOR_LOCATION = "classpath:db/vendor/";

    /** H2's error code for a database file locked by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final Flyway flyway;

    public SchemaMigrator(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        this.flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION, VENDOR_LOCATION + vendorOf(dataSource))
                // a location that cannot be scanned (for example inside an unusual jar URL scheme) must stop
                // the start, not silently leave an empty schema behind
                .failOnMissingLocations(true)
                // nobody should be able to wipe a production database through this class
                .cleanDisabled(true)
                .load();
    }

    /**
     * The folder name of the database's own migrations.
     *
     * @throws IllegalStateException for a database the product does not support, or none reachable
     */
    static String vendorOf(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            if (heldByAnotherProcess(e)) {
                throw new IllegalStateException("The embedded H2 database is in use by another process, most likely"
                        + " another collector server on the same files. H2 serves one server only: stop the other"
                        + " one, or run several servers on PostgreSQL (the README's \"Running several servers\").",
                        e);
            }
            throw new IllegalStateException("cannot reach the database to migrate it (SQL state " + e.getSQLState()
                    + ")", e);
        }
        return switch (product) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgresql";
            default -> throw new IllegalStateException("unsupported database " + product
                    + ": the collector runs on PostgreSQL or H2");
        };
    }

    /** H2's "Database may be already in use" (90020), anywhere in the chain a connection pool wraps it in. */
    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                    || String.valueOf(H2_DATABASE_ALREADY_OPEN).equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies every pending migration; a no-op when the schema is current.
     *
     * @throws org.flywaydb.core.api.FlywayException when a migration fails or an applied one was changed
     */
    public MigrationReport migrate() {
        MigrateResult result = flyway.migrate();
        return new MigrationReport(result.database, result.initialSchemaVersion, result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    /** The version of the newest applied migration, or {@code null} when none was applied yet. */
    public String currentVersion() {
        var current = flyway.info().current();
        return current == null ? null : current.getVersion().getVersion();
    }

    /** Number of migrations known on the classpath but not yet applied. */
    public int pendingCount() {
        return flyway.info().pending().length;
    }
}
