package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.FiredEvents;
import com.dxp.collector.platform.audit.AuditEvent;
import com.dxp.collector.platform.audit.RecordingAudit;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.schema.TestDatabase;
import jakarta.batch.runtime.BatchStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A purge on a real database, its job played by this test through the job's port ({@link TenantPurgeService}): the
 * tenant is PURGING and refuses every change until the last chunk deletes it, each chunk counts what it deleted, and
 * a purge whose job ended early (or lost its server) continues when purged again.
 */
class TenantPurgeTest {

    private static final CredentialStore.Actor ADMIN = new CredentialStore.Actor("admin", "corr-1");

    private final RecordingAudit audit = new RecordingAudit();
    private final FiredEvents<TenantStopping> stopping = new FiredEvents<>();
    private final FakeJobs jobs = new FakeJobs();
    private boolean serverAlive = true;
    private TestRepositories repositories;

    @AfterEach
    void closeRepositories() {
        if (repositories != null) {
            repositories.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldMarkTheTenantPurgingAndStartTheJobOnceItsWorkIsAskedToStop(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            Setup s = setup(db);
            UUID tenant = TenantRepositoryTest.tenantWithData(s.repository, db.dataSource(), "purged");

            TenantPurgeRun run = s.purge.purge(tenant, ADMIN);

            assertEquals(List.of(tenant), stopping.fired.stream().map(TenantStopping::tenantId).toList());
            assertEquals(TenantState.PURGING, s.service.find(tenant).state());
            assertEquals("STARTED", run.status());
            assertEquals(1L, run.executionId());
            assertEquals(TenantRepository.PURGE_ORDER, List.copyOf(run.deleted().keySet()));
            assertEquals(0, run.deletedTotal());
            assertEquals(List.of(tenant.toString() + " 7"), jobs.started);
            assertEquals("tenant.purge-started", audit.events.get(audit.events.size() - 1).action());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseToEnableChangeVerifyOrPurgeAgainATenantBeingPurged(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            Setup s = setup(db);
            TenantView tenant = s.service.create(new NewTenant("busy", "mypurecloud.de", null, null, "client-1",
                    "a-secret", null, false), ADMIN);
            s.purge.purge(tenant.id(), ADMIN);
            long version = s.service.find(tenant.id()).version();

            assertPurgeRunning(tenant.id(), () -> s.service.update(tenant.id(), new TenantUpdate(version, "busy",
                    "mypurecloud.de", null, null, null, true, null), ADMIN));
            assertPurgeRunning(tenant.id(), () -> s.service.requireChangeable(tenant.id()));
            assertPurgeRunning(tenant.id(), () -> s.service.storePending(tenant.id(),
                    new ClientCredentials("client-2", "another-secret"), ADMIN));
            assertPurgeRunning(tenant.id(), () -> s.purge.purge(tenant.id(), ADMIN));
            assertEquals(1, jobs.started.size(), "no second job while one runs");
            assertEquals(TenantState.PURGING, s.service.disable(tenant.id(), ADMIN).state(), "a soft delete changes"
                    + " nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCountEveryChunkAsItGoesAndDeleteTheTenantLastInTheRequestersName(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            Setup s = setup(db);
            UUID tenant = TenantRepositoryTest.tenantWithData(s.repository, db.dataSource(), "purged");
            UUID kept = TenantRepositoryTest.tenantWithData(s.repository, db.dataSource(), "kept");
            long conversationRows = TenantRepositoryTest.rows(db.dataSource(), "segment", tenant)
                    + TenantRepositoryTest.rows(db.dataSource(), "participant", tenant)
                    + TenantRepositoryTest.rows(db.dataSource(), "conversation", tenant);
            s.purge.purge(tenant, ADMIN);

            List<Long> totals = new ArrayList<>();
            for (String table : s.rows.tables()) {
                while (s.rows.deleteChunk(tenant, table, 1) == 1) {
                    totals.add(s.purge.find(tenant).orElseThrow().deletedTotal());
                }
            }
            assertEquals(TenantState.PURGING, s.service.find(tenant).state(), "the tenant waits for the last chunk");
            s.rows.deleteTenant(tenant);

            TenantPurgeRun done = s.purge.find(tenant).orElseThrow();
            assertEquals("COMPLETED", done.status());
            assertNotNull(done.endedAt());
            assertEquals(totals.size(), done.deletedTotal(), "each row counted once");
            assertTrue(totals.equals(totals.stream().sorted().toList()) && totals.get(0) == 1, "progress moves: "
                    + totals);
            assertTrue(done.deletedTotal() > conversationRows, done.toString());
            assertEquals(1L, done.deleted().get("conversation"));
            assertEquals(Optional.empty(), s.repository.find(tenant));
            for (String table : TenantRepository.COLLECTED_DATA) {
                assertEquals(0, TenantRepositoryTest.rows(db.dataSource(), table, tenant), table);
            }
            assertEquals(1, TenantRepositoryTest.rows(db.dataSource(), "conversation", kept), "another's data stays");
            AuditEvent purged = audit.events.get(audit.events.size() - 1);
            assertEquals(List.of("tenant.purged", "admin", "corr-1", tenant), List.of(purged.action(),
                    purged.actor(), purged.correlationId(), purged.tenantId()));
            s.rows.deleteTenant(tenant);
            assertEquals(1, audit.events.stream().filter(e -> e.action().equals("tenant.purged")).count(),
                    "a repeated last chunk records nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldContinueAPurgeWhoseJobFailedOrLostItsServerWhenPurgedAgain(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            Setup s = setup(db);
            UUID tenant = TenantRepositoryTest.tenantWithData(s.repository, db.dataSource(), "purged");
            s.purge.purge(tenant, ADMIN);
            s.rows.deleteChunk(tenant, "segment", 1);

            jobs.status.put(1L, BatchStatus.FAILED);
            TenantPurgeRun resumed = s.purge.purge(tenant, ADMIN);

            assertEquals(List.of("STARTED", 2L, 1L), List.of(resumed.status(), resumed.executionId(),
                    resumed.deleted().get("segment")), "a new execution, the count kept");
            assertTrue(audit.events.get(audit.events.size() - 1).detail().contains("started again"));

            serverAlive = false;
            assertEquals("FAILED", s.purge.find(tenant).orElseThrow().status(), "its server is gone");
            assertEquals(3L, s.purge.purge(tenant, ADMIN).executionId());
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "true,  STARTED,   true,  COMPLETED",
        "false, STARTING,  true,  STARTING",
        "false, STARTED,   true,  STARTED",
        "false, STOPPING,  true,  STOPPING",
        "false, STARTED,   false, FAILED",
        "false, FAILED,    true,  FAILED",
        "false, STOPPED,   true,  STOPPED",
        "false, COMPLETED, true,  STOPPED",
        "false, null,      true,  FAILED"})
    void shouldCallAPurgeRunningOnlyWhileItsExecutionRunsOnALiveServer(boolean ended, BatchStatus execution,
                                                                      boolean serverAlive, String status) {
        assertEquals(status, TenantPurge.status(ended, execution, serverAlive));
    }

    private static void assertPurgeRunning(UUID tenant, Executable call) {
        ProblemException refused = assertThrows(ProblemException.class, call);
        assertEquals(409, refused.status());
        assertTrue(refused.getMessage().contains("GET /api/admin/tenants/" + tenant + "/purge"),
                refused.getMessage());
    }

    private record Setup(TenantRepository repository, TenantService service, TenantPurge purge,
                         TenantPurgeService rows) {
    }

    private Setup setup(TestDatabase.Handle db) {
        repositories = TestRepositories.over(db.dataSource());
        TenantRepository repository = repositories.tenants;
        TenantPurgeRepository purges = repositories.purges;
        TenantConfig config = new TenantConfig();
        config.explicitBaseUrlOrigins = Optional.empty();
        config.purgeChunkSize = 7;
        TenantService service = new TenantService();
        service.repository = repository;
        service.purges = purges;
        service.config = config;
        service.secrets = TenantSecretsTest.secrets(SecretResealTest.OLD_ONLY, "k1");
        service.changes = new FiredEvents<>();
        service.audit = audit;
        TenantPurge purge = new TenantPurge() {
            @Override
            String serverId() {
                return "server-a";
            }

            @Override
            boolean alive(String serverId) {
                return serverAlive;
            }
        };
        purge.tenants = service;
        purge.purges = purges;
        purge.config = config;
        purge.stopping = stopping;
        purge.jobs = jobs;
        TenantPurgeService rows = new TenantPurgeService();
        rows.tenants = repository;
        rows.purges = purges;
        rows.service = service;
        return new Setup(repository, service, purge, rows);
    }

    /** The batch runtime as far as the purge sees it: started jobs, and each execution's status (STARTED unless set). */
    private static final class FakeJobs implements TenantPurge.PurgeJobs {
        final List<String> started = new ArrayList<>();
        final Map<Long, BatchStatus> status = new HashMap<>();

        @Override
        public long start(Properties parameters) {
            started.add(parameters.getProperty("tenantId") + " " + parameters.getProperty("chunkSize"));
            return started.size();
        }

        @Override
        public BatchStatus status(long executionId) {
            return executionId <= started.size() ? status.getOrDefault(executionId, BatchStatus.STARTED) : null;
        }
    }
}
