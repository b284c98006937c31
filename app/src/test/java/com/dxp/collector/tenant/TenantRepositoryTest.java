package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.conversation.ConversationSource;
import com.dxp.collector.conversation.ConversationStore;
import com.dxp.collector.conversation.IncomingConversation;
import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TenantRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-05-14T00:00:00Z");

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
        try (TestDatabase.Handle db = kind.openMigrated()) {
            TenantRepository repository = new TenantRepository();
            repository.dataSource = db.dataSource();
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
        repository.insert(tenant);
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
