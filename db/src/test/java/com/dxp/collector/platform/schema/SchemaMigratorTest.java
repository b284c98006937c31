package com.dxp.collector.platform.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaMigratorTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldApplyEveryMigrationToAnEmptyDatabase(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.open()) {
            SchemaMigrator migrator = new SchemaMigrator(db.dataSource());
            assertNull(migrator.currentVersion(), "an empty database has no schema version");

            MigrationReport report = migrator.migrate();

            assertEquals(migrationFiles("db/migration").count() + migrationFiles(kind.vendorLocation()).count(),
                    report.migrationsExecuted());
            assertEquals(newestMigrationVersion(kind), migrator.currentVersion());
            assertEquals(0, migrator.pendingCount());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldChangeNothingWhenAppliedAgain(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.open()) {
            new SchemaMigrator(db.dataSource()).migrate();
            String version = new SchemaMigrator(db.dataSource()).currentVersion();

            MigrationReport again = new SchemaMigrator(db.dataSource()).migrate();

            assertEquals(0, again.migrationsExecuted());
            assertEquals(version, again.initialVersion());
            assertEquals(version, new SchemaMigrator(db.dataSource()).currentVersion());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepAuditEntriesWithTheirTimeZoneAndTenant(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.open()) {
            new SchemaMigrator(db.dataSource()).migrate();
            Instant at = Instant.parse("2026-05-13T00:12:03.551Z");
            UUID tenant = UUID.randomUUID();
            try (Connection c = db.dataSource().getConnection()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_entry"
                        + " (id, occurred_at, actor, action, tenant_id, detail) VALUES (1, ?, ?, ?, ?, ?)")) {
                    insert.setTimestamp(1, Timestamp.from(at));
                    insert.setString(2, "admin");
                    insert.setString(3, "tenant.created");
                    insert.setObject(4, tenant);
                    insert.setString(5, "{\"name\":\"Acme\"}");
                    assertEquals(1, insert.executeUpdate());
                }
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT occurred_at, tenant_id, detail FROM audit_entry WHERE actor = ?")) {
                    select.setString(1, "admin");
                    try (ResultSet rs = select.executeQuery()) {
                        assertTrue(rs.next());
                        assertEquals(at, rs.getTimestamp(1).toInstant());
                        assertEquals(tenant, rs.getObject(2, UUID.class));
                        assertEquals("{\"name\":\"Acme\"}", rs.getString(3));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepTenantsUniqueByNameKeyAndDropTheirRowsWithThem(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.open()) {
            new SchemaMigrator(db.dataSource()).migrate();
            UUID tenant = UUID.randomUUID();
            try (Connection c = db.dataSource().getConnection()) {
                assertEquals(1, insertTenant(c, tenant, "Acme", "acme", "mypurecloud.de", null));
                assertThrows(SQLException.class, () -> insertTenant(c, UUID.randomUUID(), "ACME", "acme",
                        "mypurecloud.de", null), "name_key is unique");
                assertThrows(SQLException.class, () -> insertTenant(c, UUID.randomUUID(), "Both", "both",
                        "mypurecloud.de", "http://127.0.0.1:1"), "region and explicit URL exclude each other");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO tenant_credential (tenant_id, id,"
                        + " client_id, key_id, secret_nonce, secret_ciphertext, status, created_at)"
                        + " VALUES (?, ?, 'client', 'k1', ?, ?, 'ACTIVE', CURRENT_TIMESTAMP)")) {
                    insert.setObject(1, tenant);
                    insert.setObject(2, UUID.randomUUID());
                    insert.setBytes(3, new byte[12]);
                    insert.setBytes(4, new byte[40]);
                    assertEquals(1, insert.executeUpdate());
                }
                try (Statement s = c.createStatement()) {
                    assertEquals(1, s.executeUpdate("DELETE FROM tenant WHERE name_key = 'acme'"));
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tenant_credential")) {
                        rs.next();
                        assertEquals(0, rs.getInt(1), "credentials go with their tenant");
                    }
                }
            }
        }
    }

    private static int insertTenant(Connection c, UUID id, String name, String key, String region, String api)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO tenant (id, name, name_key, region_domain,"
                + " api_base_url, login_base_url, enabled, state, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, TRUE, 'NEW', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, key);
            insert.setString(4, region);
            insert.setString(5, api);
            insert.setString(6, api);
            return insert.executeUpdate();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "H2")
    void shouldAnswerEclipseLinksIdentityQueryOnH2(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.open()) {
            new SchemaMigrator(db.dataSource()).migrate();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO batch_jobinstance (batchstatus, createtime, instancestate, numexecs)"
                        + " VALUES (0, CURRENT_TIMESTAMP, 0, 0)");
                s.executeUpdate("INSERT INTO batch_jobinstance (batchstatus, createtime, instancestate, numexecs)"
                        + " VALUES (0, CURRENT_TIMESTAMP, 0, 0)");
                long newest;
                try (ResultSet rs = s.executeQuery("SELECT MAX(jobinstanceid) FROM batch_jobinstance")) {
                    rs.next();
                    newest = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("CALL IDENTITY()")) {
                    assertTrue(rs.next());
                    assertEquals(newest, rs.getLong(1));
                }
            }
        }
    }

    /** Versioned and repeatable migration files in a classpath folder. */
    private static Stream<Path> migrationFiles(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(SchemaMigratorTest.class.getClassLoader().getResource(folder).toURI());
        return Files.list(dir).filter(p -> p.getFileName().toString().matches("(V\\d+(_\\d+)*|R)__.+\\.sql"));
    }

    /** The highest version among the shared and the database's own migrations ({@code 6_1} is version 6.1). */
    private static String newestMigrationVersion(TestDatabase kind) throws IOException, URISyntaxException {
        try (Stream<Path> shared = migrationFiles("db/migration");
                Stream<Path> own = migrationFiles(kind.vendorLocation())) {
            return Stream.concat(shared, own)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("V"))
                    .map(name -> name.replaceFirst("^V([\\d_]+)__.*$", "$1").replace('_', '.'))
                    .max(Comparator.comparing(SchemaMigratorTest::versionParts, Arrays::compare))
                    .orElseThrow();
        }
    }

    private static int[] versionParts(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void shouldRefuseAnH2FileThatAnotherProcessHoldsWithAClearMessage(@TempDir Path folder) throws Exception {
        String path = folder.resolve("collector").toString();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), H2FileHolder.class.getName(), path)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("held", CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(60, TimeUnit.SECONDS), "the other process opened the database");
            JdbcDataSource second = new JdbcDataSource();
            second.setURL(h2FileUrl(path));
            second.setUser("sa");

            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new SchemaMigrator(second));
            assertTrue(refused.getMessage().contains("in use by another process")
                    && refused.getMessage().contains("PostgreSQL"), refused.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    /** The server's H2 file URL (db-h2.xml), for a file at {@code path}. */
    static String h2FileUrl(String path) {
        return "jdbc:h2:file:" + path + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }
}
