package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.conversation.ConversationSource;
import com.dxp.collector.conversation.ConversationStore;
import com.dxp.collector.conversation.IncomingConversation;
import com.dxp.collector.platform.jdbc.StoreException;
import com.dxp.collector.platform.schema.TestDatabase;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tenant aggregate's entities and named queries on EclipseLink, on H2 and PostgreSQL with the real migrations;
 * and the purge's JDBC deletion of the data collected for a tenant.
 */
class TenantRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-05-14T00:00:00Z");
    /** Nanoseconds that neither database keeps: instants read back cut to the microsecond. */
    private static final Instant PRECISE = Instant.parse("2026-05-14T10:11:12.123456789Z");
    private static final TenantEndpoint SIMULATOR = new TenantEndpoint(null, URI.create("http://127.0.0.1:9/api"),
            URI.create("http://127.0.0.1:9/login"));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReadBackATenantAsStoredByIdNameKeyAndOrgWithItsInstantsInUtcToTheMicrosecond(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRepositories writer = TestRepositories.over(db.dataSource());
                TestRepositories reader = TestRepositories.over(db.dataSource())) {
            EventBridgeSource events = new EventBridgeSource("123456789012", "eu-central-1", "acme-prod");
            Tenant tenant = Tenant.create(UUID.randomUUID(), "Acme Corp", SIMULATOR, events, true, PRECISE);
            tenant.applyVerification(new Verification(Verification.Outcome.VERIFIED, "org-acme", "Acme", List.of(),
                    300, null, PRECISE), PRECISE);
            writer.tenants.store(tenant);

            Tenant read = reader.tenants.find(tenant.id()).orElseThrow();

            Instant micros = Instant.parse("2026-05-14T10:11:12.123456Z");
            assertEquals(List.of(tenant.id(), "Acme Corp", "acme corp", SIMULATOR, events, TenantState.VERIFIED,
                    "org-acme", 300, micros, micros, micros, 1L), List.of(read.id(), read.name(), read.nameKey(),
                    read.endpoint(), read.eventBridge(), read.state(), read.genesysOrgId(), read.requestsPerMinute(),
                    read.createdAt(), read.updatedAt(), read.verifiedAt(), read.version()));
            assertEquals(tenant.id(), reader.tenants.findByNameKey("acme corp").orElseThrow().id());
            assertEquals(tenant.id(), reader.tenants.findByGenesysOrgId("org-acme").orElseThrow().id());
            assertTrue(reader.tenants.find(UUID.randomUUID()).isEmpty());
            assertTrue(reader.tenants.findByGenesysOrgId("org-other").isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseAChangeBasedOnAVersionAnotherTransactionChangedMeanwhile(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRepositories first = TestRepositories.over(db.dataSource());
                TestRepositories second = TestRepositories.over(db.dataSource())) {
            Tenant created = Tenant.create(UUID.randomUUID(), "versioned", TenantTest.DE, null, true, NOW);
            first.tenants.store(created);
            Tenant readByFirst = first.tenants.find(created.id()).orElseThrow();
            Tenant readBySecond = second.tenants.find(created.id()).orElseThrow();

            readBySecond.disable(NOW.plusSeconds(1));
            assertTrue(second.tenants.storeChanges(readBySecond));
            readByFirst.update("renamed", TenantTest.DE, null, true, NOW.plusSeconds(2));

            assertFalse(first.tenants.storeChanges(readByFirst), "the first read version 1, the row is at 2 now");
            assertEquals(2L, readBySecond.version(), "created at 1, changed once");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseASecondTenantWhoseNameDiffersOnlyInCase(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRepositories first = TestRepositories.over(db.dataSource());
                TestRepositories second = TestRepositories.over(db.dataSource())) {
            first.tenants.store(Tenant.create(UUID.randomUUID(), "Acme", TenantTest.DE, null, true, NOW));

            StoreException clash = assertThrows(StoreException.class, () -> second.tenants.store(
                    Tenant.create(UUID.randomUUID(), "ACME", TenantTest.DE, null, true, NOW)));

            assertTrue(clash.uniqueViolation(), clash.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPageTenantsByNameKeyAfterTheCursorOfEitherStateOrOne(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRepositories repositories = TestRepositories.over(db.dataSource())) {
            for (String name : List.of("delta", "Alpha", "echo", "charlie", "Bravo")) {
                repositories.tenants.store(Tenant.create(UUID.randomUUID(), name, TenantTest.DE, null,
                        !name.equals("charlie"), NOW));
            }
            TenantRepository tenants = repositories.tenants;

            assertEquals(List.of("Alpha", "Bravo"), names(tenants.findPage(null, null, null, 2)));
            assertEquals(List.of("charlie", "delta"), names(tenants.findPage(null, null, "bravo", 2)));
            assertEquals(List.of("echo"), names(tenants.findPage(null, null, "delta", 2)));
            assertEquals(List.of("delta", "echo"), names(tenants.findPage(true, null, "bravo", 5)));
            assertEquals(List.of("charlie"), names(tenants.findPage(false, TenantState.DISABLED, null, 5)));
            assertEquals(List.of("Alpha", "Bravo", "delta", "echo"),
                    names(tenants.findPage(null, TenantState.NEW, null, 5)));
            assertEquals(List.of(), names(tenants.findPage(true, TenantState.DISABLED, null, 5)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepOneActiveCredentialSealedAsStoredAndReSealOnlyWhatStillHasTheKeyItWasReadWith(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRepositories repositories = TestRepositories.over(db.dataSource())) {
            TenantRepository tenants = repositories.tenants;
            Tenant tenant = Tenant.create(UUID.randomUUID(), "sealed", TenantTest.DE, null, true, NOW);
            tenants.store(tenant);
            TenantCredential old = credential(tenant, "k1", CredentialStatus.ACTIVE, NOW);
            TenantCredential pending = credential(tenant, "k1", CredentialStatus.PENDING, PRECISE);
            tenants.store(old);
            tenants.store(pending);

            tenants.activateCredential(tenant.id(), pending.id(), PRECISE);
            repositories.em.flush();
            repositories.em.clear();

            TenantCredential active = tenants.findActiveCredential(tenant.id()).orElseThrow();
            assertEquals(List.of(pending.id(), Instant.parse("2026-05-14T10:11:12.123456Z")),
                    List.of(active.id(), active.verifiedAt()));
            assertArrayEquals(pending.secret().ciphertext(), active.secret().ciphertext());
            assertArrayEquals(pending.secret().nonce(), active.secret().nonce());
            assertEquals(CredentialStatus.RETIRED, tenants.findCredential(tenant.id(), old.id()).orElseThrow()
                    .status());

            EncryptedSecret resealed = new EncryptedSecret("k2", new byte[] {9}, new byte[] {8, 7});
            assertTrue(tenants.resealCredential(active, resealed));
            assertFalse(tenants.resealCredential(active, resealed), "read with k1, it holds k2 now");
            assertEquals(List.of("k1", "k2"), tenants.credentialKeyIds());
            assertEquals(1, tenants.deleteRetiredCredentials(PRECISE.plusSeconds(1)), "retired at PRECISE");
            assertEquals(List.of(pending.id()), tenants.findAllCredentials().stream().map(TenantCredential::id)
                    .toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReplaceThePermissionsWithTheLastProbesOnePerNameRequiredFirst(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRepositories repositories = TestRepositories.over(db.dataSource())) {
            TenantRepository tenants = repositories.tenants;
            Tenant tenant = Tenant.create(UUID.randomUUID(), "probed", TenantTest.DE, null, true, NOW);
            tenants.store(tenant);
            tenants.replacePermissions(tenant.id(), List.of(probe("b:view", false, PermissionStatus.GRANTED),
                    probe("gone:view", true, PermissionStatus.MISSING)), NOW);

            tenants.replacePermissions(tenant.id(), List.of(probe("b:view", false, PermissionStatus.MISSING),
                    probe("c:view", true, null), probe("a:view", false, PermissionStatus.GRANTED),
                    probe("c:view", false, PermissionStatus.GRANTED), probe(null, true, PermissionStatus.GRANTED)),
                    PRECISE);
            repositories.em.flush();
            repositories.em.clear();

            List<PermissionView> read = tenants.findPermissions(tenant.id());
            assertEquals(List.of("c:view UNKNOWN true", "a:view GRANTED false", "b:view MISSING false"),
                    read.stream().map(p -> p.permission() + " " + p.status() + " " + p.required()).toList());
            assertEquals(Instant.parse("2026-05-14T10:11:12.123456Z"), read.get(0).checkedAt());
            assertEquals(Arrays.asList("403", null), Arrays.asList(read.get(0).errorCode(), read.get(1).errorCode()));
        }
    }

    /** The PostgreSQL cases bind UUID keys without the server's {@code stringType=unspecified}: not needed. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindByUuidKeysWithoutTheDriverTypingTextParametersLoosely(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRepositories repositories = TestRepositories.over(db.dataSource())) {
            if (db.dataSource() instanceof PGSimpleDataSource postgres) {
                assertNull(postgres.getStringType(), "text parameters stay typed as text");
            }
            Tenant tenant = Tenant.create(UUID.randomUUID(), "keyed", TenantTest.DE, null, true, NOW);
            repositories.tenants.store(tenant);
            TenantCredential credential = credential(tenant, "k1", CredentialStatus.ACTIVE, NOW);
            repositories.tenants.store(credential);
            repositories.em.clear();

            assertEquals(tenant.id(), repositories.tenants.find(tenant.id()).orElseThrow().id(), "em.find");
            assertEquals(credential.id(), repositories.tenants.findCredential(tenant.id(), credential.id())
                    .orElseThrow().id(), "em.find by a key of two UUIDs");
            assertEquals(credential.id(), repositories.tenants.findActiveCredential(tenant.id()).orElseThrow().id(),
                    "a JPQL parameter");
        }
    }

    /**
     * Tenant-keyed tables a purge keeps or handles itself: the audit trail's history, the tenant's own rows, and the
     * purge's record, which outlives the tenant.
     */
    private static final Set<String> NOT_COLLECTED = Set.of("audit_entry", "tenant_credential", "tenant_permission",
            "tenant_purge", "tenant_purge_count");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPurgeEverythingCollectedForTheTenantInBoundedChunksAndNothingOfAnother(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRepositories repositories = TestRepositories.over(db.dataSource())) {
            TenantRepository repository = repositories.tenants;
            UUID purged = tenantWithData(repository, db.dataSource(), "purged");
            UUID kept = tenantWithData(repository, db.dataSource(), "kept");
            long segments = rows(db.dataSource(), "segment", purged) + rows(db.dataSource(), "participant", purged);
            TestDatabase.execute(db.dataSource(), "INSERT INTO job_run_counter (instance_id, name, amount,"
                    + " updated_at) VALUES (" + runId("purged") + ", 'windows', 1, CURRENT_TIMESTAMP)");

            List<Integer> chunks = new ArrayList<>();
            for (String table : TenantRepository.PURGE_ORDER) {
                int deleted;
                do {
                    deleted = repository.deleteChunk(purged, table, 1);
                    chunks.add(deleted);
                } while (deleted == 1);
            }

            assertTrue(chunks.stream().allMatch(n -> n <= 1), "never more than a chunk: " + chunks);
            assertTrue(chunks.stream().mapToInt(Integer::intValue).sum() >= segments + 2, "each row counted once");
            assertEquals(List.of(0L, 1L), List.of(counters(db.dataSource(), runId("purged")),
                    counters(db.dataSource(), runId("kept"))), "run figures go with their runs, before them");
            for (String table : TenantRepository.COLLECTED_DATA) {
                assertEquals(0, rows(db.dataSource(), table, purged), table + " of the purged tenant, by chunks");
            }
            assertTrue(repository.find(purged).isPresent(), "the tenant row waits for the last step");
            assertTrue(repository.deleteTenant(purged));

            assertEquals(0, rows(db.dataSource(), "tenant_credential", purged));
            assertTrue(repository.find(purged).isEmpty());
            assertTrue(rows(db.dataSource(), "conversation", kept) == 1 && rows(db.dataSource(), "segment", kept) == 1
                    && rows(db.dataSource(), "directory_user", kept) == 1, "the other tenant's data stays");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKnowEveryTableThatHoldsTenantData(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated(); Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.columns"
                        + " WHERE column_name = 'tenant_id' AND table_schema = CURRENT_SCHEMA")) {
            Set<String> withTenant = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    withTenant.add(rs.getString(1).toLowerCase());
                }
            }
            withTenant.removeAll(NOT_COLLECTED);

            assertEquals(withTenant, new HashSet<>(TenantRepository.COLLECTED_DATA),
                    "a new tenant-keyed table must be purged with its tenant (or listed as kept)");
        }
    }

    /** A disabled tenant with a row in most tables a purge deletes from (a conversation with its children). */
    static UUID tenantWithData(TenantRepository repository, DataSource ds, String name) throws Exception {
        Tenant tenant = Tenant.create(UUID.randomUUID(), name, TenantTest.DE, null, false, NOW);
        repository.store(tenant);
        UUID id = tenant.id();
        String conversation = "{\"conversationId\":\"" + UUID.randomUUID() + "\",\"conversationStart\":"
                + "\"2026-05-13T00:00:00.000Z\",\"participants\":[{\"purpose\":\"customer\",\"sessions\":[{"
                + "\"mediaType\":\"voice\",\"segments\":[{\"segmentType\":\"interact\",\"segmentStart\":"
                + "\"2026-05-13T00:00:00.000Z\"}],\"metrics\":[{\"name\":\"nConnected\",\"value\":1}]}]}]}";
        try (Connection c = ds.getConnection()) {
            new ConversationStore().upsert(c, id, List.of(new IncomingConversation(conversation, NOW,
                    ConversationSource.LIVE)));
        }
        List<String> rows = new ArrayList<>(List.of(
                "INSERT INTO directory_user (tenant_id, user_id, raw_json, first_seen, last_synced) VALUES ('" + id
                        + "', 'u1', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                "INSERT INTO user_session (tenant_id, event_id, token_created, received_at) VALUES ('" + id
                        + "', 'e1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                "INSERT INTO event_receipt (tenant_id, event_id, topic, received_at) VALUES ('" + id
                        + "', 'e1', 'v2.users.u1.tokens', CURRENT_TIMESTAMP)",
                "INSERT INTO quarantined_message (id, body_sha256, queue_name, reason, tenant_id, raw_body,"
                        + " first_seen, last_seen, seen_count) VALUES ('" + UUID.randomUUID() + "', '"
                        + "0".repeat(64 - name.length()) + name + "', 'q', 'INVALID', '" + id + "', '{}',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)",
                "INSERT INTO job_run (instance_id, first_execution_id, job_name, tenant_id, requested_by,"
                        + " requested_at, request_json) VALUES (" + runId(name) + ", 1, 'conversationBackfill', '" + id
                        + "', 'admin', CURRENT_TIMESTAMP, '{}')",
                "INSERT INTO job_run_counter (instance_id, name, amount, updated_at) VALUES (" + runId(name)
                        + ", 'apiCalls', 3, CURRENT_TIMESTAMP)"));
        for (String sql : rows) {
            TestDatabase.execute(ds, sql);
        }
        return id;
    }

    private static TenantCredential credential(Tenant tenant, String keyId, CredentialStatus status, Instant at) {
        return new TenantCredential(tenant.id(), UUID.randomUUID(), "client", new EncryptedSecret(keyId,
                new byte[] {1, 2, 3}, new byte[] {4, 5, 6, 7}), status, at, null);
    }

    private static PermissionProbe probe(String permission, boolean required, PermissionStatus status) {
        return new PermissionProbe(permission, required, status, status == PermissionStatus.GRANTED ? null : "403");
    }

    private static List<String> names(List<Tenant> tenants) {
        return tenants.stream().map(Tenant::name).toList();
    }

    private static long counters(DataSource ds, long runId) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM job_run_counter WHERE instance_id = ?")) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long runId(String tenantName) {
        return tenantName.hashCode() & 0xffff;
    }

    static long rows(DataSource ds, String table, UUID tenant) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")) {
            s.setObject(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
