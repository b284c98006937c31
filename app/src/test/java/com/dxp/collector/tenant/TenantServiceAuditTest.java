package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.FiredEvents;
import com.dxp.collector.platform.audit.AuditEvent;
import com.dxp.collector.platform.audit.RecordingAudit;
import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tenant changes that audit themselves (see AuditCoverageTest's list): each records its entry, naming the
 * admin, the tenant and the request's correlation id, and never a secret.
 */
class TenantServiceAuditTest {

    private static final CredentialStore.Actor ADMIN = new CredentialStore.Actor("admin", "corr-1");
    private static final String OLD_SECRET = "the-old-secret";
    private static final String NEW_SECRET = "the-new-secret";

    private final RecordingAudit audit = new RecordingAudit();
    private TestRepositories repositories;

    @AfterEach
    void closeRepositories() {
        if (repositories != null) {
            repositories.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAuditAnAcceptedCredentialReplacementAsReplaced(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            TenantService service = service(db);
            TenantView tenant = service.create(newTenant("replaced", true), ADMIN);

            CredentialChange change = new CredentialRotation(service, connection -> verification(
                    Verification.Outcome.VERIFIED)).replace(tenant.id(), new ClientCredentials("client-2", NEW_SECRET),
                    ADMIN);

            assertTrue(change.accepted());
            AuditEvent entry = last();
            assertEquals("tenant.credentials-replaced", entry.action());
            assertAbout(tenant.id(), entry);
            assertTrue(entry.detail().contains("client id client-2"), entry.detail());
            assertFalse(entry.detail().contains(NEW_SECRET), "never the secret");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAuditARefusedCredentialReplacementAsRejected(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            TenantService service = service(db);
            TenantView tenant = service.create(newTenant("rejected", true), ADMIN);

            CredentialChange change = new CredentialRotation(service, connection -> verification(
                    Verification.Outcome.CREDENTIALS_REJECTED)).replace(tenant.id(),
                    new ClientCredentials("client-2", NEW_SECRET), ADMIN);

            assertFalse(change.accepted());
            AuditEvent entry = last();
            assertEquals("tenant.credentials-rejected", entry.action());
            assertAbout(tenant.id(), entry);
            assertTrue(entry.detail().contains("CREDENTIALS_REJECTED"), entry.detail());
            assertFalse(entry.detail().contains(NEW_SECRET), "never the secret");
            assertEquals("client-1", service.find(tenant.id()).credential().clientId(), "the old one stays");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAuditAPurgesStartAndItsEndBothInTheRequestersName(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            TenantService service = service(db);
            TenantView tenant = service.create(newTenant("purged", false), ADMIN);

            service.startPurge(tenant.id(), ADMIN);
            AuditEvent started = last();
            service.finishPurge(tenant.id());

            assertEquals("tenant.purge-started", started.action());
            assertAbout(tenant.id(), started);
            AuditEvent entry = last();
            assertEquals("tenant.purged", entry.action());
            assertAbout(tenant.id(), entry);
            assertTrue(entry.detail().contains("'purged'"), entry.detail());
            assertEquals(Optional.empty(), service.repository.find(tenant.id()), "gone, its audit entry kept");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAuditTheOtherTenantChangesEachWithItsAction(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            TenantService service = service(db);
            TenantView tenant = service.create(newTenant("changes", true), ADMIN);
            TenantView renamed = service.update(tenant.id(), new TenantUpdate(tenant.version(), "changed",
                    "mypurecloud.de", null, null, null, true, null), ADMIN);
            new CredentialRotation(service, connection -> verification(Verification.Outcome.VERIFIED))
                    .verifyActive(tenant.id(), ADMIN);
            service.disable(tenant.id(), ADMIN);
            service.update(tenant.id(), new TenantUpdate(service.find(tenant.id()).version(), "changed",
                    "mypurecloud.de", null, null, null, true, null), ADMIN);
            service.update(tenant.id(), new TenantUpdate(service.find(tenant.id()).version(), "changed",
                    "mypurecloud.de", null, null, null, false, null), ADMIN);

            assertEquals(List.of("tenant.created", "tenant.updated", "tenant.verified", "tenant.disabled",
                    "tenant.updated", "tenant.disabled"), audit.events.stream().map(AuditEvent::action).toList());
            audit.events.forEach(entry -> assertAbout(tenant.id(), entry));
            assertTrue(audit.events.get(1).detail().contains("(was 'changes')"), audit.events.get(1).detail());
            assertEquals("changed", renamed.name());
            assertTrue(audit.events.stream().noneMatch(e -> e.detail().contains(OLD_SECRET)), "never the secret");
        }
    }

    private void assertAbout(UUID tenantId, AuditEvent entry) {
        assertEquals(List.of("admin", "tenant", tenantId.toString(), tenantId, "corr-1"),
                List.of(entry.actor(), entry.targetType(), entry.targetId(), entry.tenantId(), entry.correlationId()),
                entry.action());
    }

    private AuditEvent last() {
        return audit.events.get(audit.events.size() - 1);
    }

    private static NewTenant newTenant(String name, boolean enabled) {
        return new NewTenant(name, "mypurecloud.de", null, null, "client-1", OLD_SECRET, null, enabled);
    }

    private static Verification verification(Verification.Outcome outcome) {
        boolean token = outcome != Verification.Outcome.CREDENTIALS_REJECTED;
        return new Verification(outcome, token ? "org-1" : null, token ? "Org" : null, List.of(), null,
                token ? null : "refused", Instant.now());
    }

    private TenantService service(TestDatabase.Handle db) {
        repositories = TestRepositories.over(db.dataSource());
        TenantConfig config = new TenantConfig();
        config.explicitBaseUrlOrigins = Optional.empty();
        TenantService service = new TenantService();
        service.repository = repositories.tenants;
        service.purges = repositories.purges;
        service.config = config;
        service.secrets = TenantSecretsTest.secrets(SecretResealTest.OLD_ONLY, "k1");
        service.changes = new FiredEvents<>();
        service.audit = audit;
        return service;
    }
}
