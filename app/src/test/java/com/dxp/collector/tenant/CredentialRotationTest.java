package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CredentialRotationTest {

    static final UUID TENANT = UUID.randomUUID();
    static final CredentialStore.Actor ADMIN = new CredentialStore.Actor("admin", "corr-1");
    static final ClientCredentials NEW = new ClientCredentials("client-2", "secret-2");

    final FakeStore store = new FakeStore();

    static Verification verification(Verification.Outcome outcome, String orgId) {
        return new Verification(outcome, orgId, "Org", List.of(new PermissionProbe(
                "analytics:conversationDetail:view", true, PermissionStatus.GRANTED, null)), 300, null, Instant.now());
    }

    @ParameterizedTest
    @EnumSource(value = Verification.Outcome.class, names = {"VERIFIED", "MISSING_REQUIRED_PERMISSIONS"})
    void shouldActivateACredentialThatGotATokenAndReadTheOrg(Verification.Outcome outcome) {
        Verification v = verification(outcome, "org-1");
        CredentialRotation rotation = new CredentialRotation(store, c -> v);

        CredentialChange change = rotation.replace(TENANT, NEW, ADMIN);

        assertTrue(change.accepted());
        assertSame(v, change.verification());
        assertEquals(List.of("pending client-2", "activate " + store.pendingId), store.calls);
    }

    @ParameterizedTest
    @EnumSource(value = Verification.Outcome.class, names = {"CREDENTIALS_REJECTED", "UNREACHABLE"})
    void shouldRetireARefusedCredentialAndKeepTheOldOne(Verification.Outcome outcome) {
        Verification v = verification(outcome, null);
        CredentialRotation rotation = new CredentialRotation(store, c -> v);

        CredentialChange change = rotation.replace(TENANT, NEW, ADMIN);

        assertFalse(change.accepted());
        assertNull(change.tenant());
        assertSame(v, change.verification());
        assertEquals(List.of("pending client-2", "reject " + store.pendingId), store.calls);
    }

    @Test
    void shouldRefuseACredentialOfAnotherOrg() {
        store.tenantOrgId = "org-1";
        CredentialRotation rotation = new CredentialRotation(store, c -> verification(Verification.Outcome.VERIFIED,
                "org-2"));

        CredentialChange change = rotation.replace(TENANT, NEW, ADMIN);

        assertFalse(change.accepted());
        assertTrue(change.reason().contains("org-2"), change.reason());
        assertEquals("reject " + store.pendingId, store.calls.get(1));
    }

    @Test
    void shouldVerifyThePendingCredentialNotTheActiveOne() {
        List<TenantConnection> verified = new ArrayList<>();
        CredentialRotation rotation = new CredentialRotation(store, c -> {
            verified.add(c);
            return verification(Verification.Outcome.VERIFIED, "org-1");
        });

        rotation.replace(TENANT, NEW, ADMIN);

        assertEquals(1, verified.size());
        assertEquals(store.pendingId, verified.get(0).credentialId());
        assertEquals("client-2", verified.get(0).clientId());
    }

    @Test
    void shouldRetireThePendingCredentialWhenTheVerifierFails() {
        CredentialRotation rotation = new CredentialRotation(store, c -> {
            throw new IllegalStateException("boom");
        });

        assertThrows(IllegalStateException.class, () -> rotation.replace(TENANT, NEW, ADMIN));

        assertEquals(List.of("pending client-2", "reject " + store.pendingId), store.calls);
    }

    @Test
    void shouldRetireThePendingCredentialWhenActivationFails() {
        store.failActivation = true;
        CredentialRotation rotation = new CredentialRotation(store, c -> verification(Verification.Outcome.VERIFIED,
                "org-1"));

        assertThrows(IllegalStateException.class, () -> rotation.replace(TENANT, NEW, ADMIN));

        assertEquals(List.of("pending client-2", "activate " + store.pendingId, "reject " + store.pendingId),
                store.calls);
    }

    @Test
    void shouldRecordTheVerificationOfTheActiveCredential() {
        Verification v = verification(Verification.Outcome.MISSING_REQUIRED_PERMISSIONS, "org-1");
        CredentialRotation rotation = new CredentialRotation(store, c -> v);

        assertSame(v, rotation.verifyActive(TENANT, ADMIN));

        assertEquals(List.of("record " + store.activeId), store.calls);
    }

    /** Records the calls; the connection it hands out is the pending credential's. */
    static final class FakeStore implements CredentialStore {
        final List<String> calls = new ArrayList<>();
        final UUID pendingId = UUID.randomUUID();
        final UUID activeId = UUID.randomUUID();
        String tenantOrgId;
        boolean failActivation;

        @Override
        public void requireTenant(UUID tenantId) {
        }

        @Override
        public void requireChangeable(UUID tenantId) {
        }

        @Override
        public PendingCredential storePending(UUID tenantId, ClientCredentials credentials, Actor actor) {
            calls.add("pending " + credentials.clientId());
            return new PendingCredential(connection(pendingId, credentials.clientId()), tenantOrgId);
        }

        @Override
        public TenantView activate(UUID tenantId, UUID credentialId, Verification verification, Actor actor) {
            calls.add("activate " + credentialId);
            if (failActivation) {
                throw new IllegalStateException("org taken");
            }
            return null;
        }

        @Override
        public void reject(UUID tenantId, UUID credentialId, Verification verification, String reason, Actor actor) {
            calls.add("reject " + credentialId);
        }

        @Override
        public TenantConnection activeConnection(UUID tenantId) {
            return connection(activeId, "client-1");
        }

        @Override
        public TenantView recordVerification(UUID tenantId, UUID credentialId, Verification verification,
                                             Actor actor) {
            calls.add("record " + credentialId);
            return null;
        }

        private static TenantConnection connection(UUID credentialId, String clientId) {
            URI base = URI.create("http://127.0.0.1:1");
            return new TenantConnection(TENANT, credentialId, base, base, clientId, "secret");
        }
    }
}
