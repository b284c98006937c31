package com.dxp.collector.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.Sha256;
import com.dxp.collector.platform.audit.RecordingAudit;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.schema.TestDatabase;
import com.dxp.collector.platform.security.KeyLookup;
import com.dxp.collector.tenant.TenantService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private final RecordingAudit audit = new RecordingAudit();

    @Test
    void shouldFindAnIssuedKeyByItsHashWithItsTenantsAndShowItNowhereElse() throws Exception {
        try (TestDatabase.Handle db = TestDatabase.H2.openMigrated()) {
            UUID a = tenant(db.dataSource(), "a");
            UUID b = tenant(db.dataSource(), "b");
            ApiKeyService service = service(db.dataSource());

            IssuedApiKey issued = service.issue(new NewApiKey(" monitoring ", List.of(a, b, a), null), "admin", "c1");

            assertTrue(issued.key().matches("dxp_[A-Za-z0-9_-]{43}"), issued.key());
            assertEquals(issued.key().substring(0, 12), issued.view().prefix());
            assertEquals("monitoring", issued.view().name());
            assertEquals(Optional.of(new KeyLookup.ReadKey(issued.view().id(), Set.of(a, b))),
                    service.findUsable(Sha256.hex(issued.key())));
            assertEquals(Optional.empty(), service.findUsable(Sha256.hex(issued.key() + "x")));
            assertFalse(service.list().toString().contains(issued.key()), "the list never holds a key");
            assertFalse(issued.toString().contains(issued.key()));
            assertEquals("api-key.issued", audit.events.get(0).action());
            assertFalse(audit.events.get(0).detail().contains(issued.key()), "nor the audit");
        }
    }

    @Test
    void shouldStopAKeyAtOnceWhenRevokedAndOnceExpired() throws Exception {
        try (TestDatabase.Handle db = TestDatabase.H2.openMigrated()) {
            UUID a = tenant(db.dataSource(), "a");
            ApiKeyService service = service(db.dataSource());
            IssuedApiKey revoked = service.issue(new NewApiKey("r", List.of(a), null), "admin", "c1");
            IssuedApiKey expiring = service.issue(new NewApiKey("e", List.of(a), NOW.plus(Duration.ofHours(1))),
                    "admin", "c2");

            service.revoke(revoked.view().id(), "admin", "c3");
            service.revoke(revoked.view().id(), "admin", "c4");

            assertEquals(Optional.empty(), service.findUsable(Sha256.hex(revoked.key())));
            assertEquals(3, audit.events.size(), "revoking twice audits once");
            assertTrue(service.findUsable(Sha256.hex(expiring.key())).isPresent());
            service.clock = Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC);
            assertEquals(Optional.empty(), service.findUsable(Sha256.hex(expiring.key())));
        }
    }

    @Test
    void shouldRefuseAnExpiryInThePastAndAnUnknownTenantStoringNothing() throws Exception {
        try (TestDatabase.Handle db = TestDatabase.H2.openMigrated()) {
            UUID a = tenant(db.dataSource(), "a");
            ApiKeyService service = service(db.dataSource());

            assertEquals(400, assertThrows(ProblemException.class, () -> service.issue(new NewApiKey("p", List.of(a),
                    NOW), "admin", "c1")).status());
            assertEquals(404, assertThrows(ProblemException.class, () -> service.issue(new NewApiKey("u",
                    List.of(a, UUID.randomUUID()), null), "admin", "c2")).status());
            assertEquals(List.of(), service.list());
        }
    }

    private ApiKeyService service(DataSource dataSource) {
        ApiKeyService service = new ApiKeyService();
        service.keys = new ApiKeyRepository(dataSource);
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.tenants = new TenantService() {
            @Override
            public void requireTenant(UUID tenantId) {
                if (!exists(dataSource, tenantId)) {
                    throw ProblemException.notFound("No tenant " + tenantId + ".");
                }
            }
        };
        service.audit = audit;
        return service;
    }

    private static boolean exists(DataSource dataSource, UUID tenantId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM tenant WHERE id = ?")) {
            s.setObject(1, tenantId);
            return s.executeQuery().next();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID tenant(DataSource dataSource, String name) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO tenant"
                + " (id, name, name_key, api_base_url, login_base_url, enabled, state, created_at, updated_at,"
                + " version) VALUES (?, ?, ?, 'https://api.mypurecloud.de', 'https://login.mypurecloud.de', TRUE,"
                + " 'NEW', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")) {
            s.setObject(1, id);
            s.setString(2, name + id);
            s.setString(3, name + id);
            s.executeUpdate();
        }
        return id;
    }
}
