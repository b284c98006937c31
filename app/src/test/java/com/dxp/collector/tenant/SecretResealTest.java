package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SecretResealTest {

    static final Instant NOW = Instant.parse("2026-05-14T12:00:00Z");
    static final String SECRET = "the-client-secret";
    static final String OLD_ONLY = "k1:" + SecretCipherTest.KEY_A;
    static final String BOTH = OLD_ONLY + ",k2:" + SecretCipherTest.KEY_B;
    static final SecretCipher OLD = SecretCipher.fromConfig(OLD_ONLY, "k1");
    static final SecretCipher NEW_ONLY = SecretCipher.fromConfig("k2:" + SecretCipherTest.KEY_B, "k2");
    static final CredentialStore.Actor ADMIN = new CredentialStore.Actor("admin", "corr-1");

    final FakeStore store = new FakeStore();

    static SecretReseal reseal(SealedCredentials store, String keys, String active, int retiredCredentialDays) {
        TenantConfig config = new TenantConfig();
        config.retiredCredentialDays = retiredCredentialDays;
        SecretReseal reseal = new SecretReseal();
        reseal.secrets = TenantSecretsTest.secrets(keys, active);
        reseal.config = config;
        reseal.store = store;
        reseal.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return reseal;
    }

    static TenantCredential sealed(SecretCipher cipher, CredentialStatus status) {
        UUID tenant = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        return new TenantCredential(tenant, id, "client", cipher.encrypt(tenant, id, SECRET), status, NOW, null);
    }

    @Test
    void shouldResealOnlyActiveAndPendingCredentialsSealedWithAnotherKey() {
        TenantCredential active = store.add(sealed(OLD, CredentialStatus.ACTIVE));
        TenantCredential pending = store.add(sealed(OLD, CredentialStatus.PENDING));
        TenantCredential retired = store.add(sealed(OLD, CredentialStatus.RETIRED));
        TenantCredential current = store.add(sealed(NEW_ONLY, CredentialStatus.ACTIVE));

        ResealResult result = reseal(store, BOTH, "k2", 30).reseal(ADMIN);

        assertEquals(2, result.resealed());
        assertEquals("k2", result.activeKey());
        assertEquals(List.of(active.id(), pending.id()), store.replaced);
        assertEquals("k1", store.get(retired).secret().keyId(), "a retired secret is left to its retention");
        assertArrayEquals(current.secret().ciphertext(), store.get(current).secret().ciphertext(),
                "a secret sealed with the active key is not touched");
    }

    @Test
    void shouldOpenAResealedSecretToTheSamePlaintextWithTheActiveKeyAlone() {
        TenantCredential active = store.add(sealed(OLD, CredentialStatus.ACTIVE));

        reseal(store, BOTH, "k2", 30).reseal(ADMIN);

        TenantCredential after = store.get(active);
        assertEquals("k2", after.secret().keyId());
        assertEquals(SECRET, NEW_ONLY.decrypt(after.tenantId(), after.id(), after.secret()),
                "it opens once the old key is gone");
    }

    @Test
    void shouldReportASecretThatDoesNotOpenAndResealTheOthers() {
        SecretCipher gone = SecretCipher.fromConfig("gone:" + SecretCipherTest.key(3), "gone");
        SecretCipher impostor = SecretCipher.fromConfig("k1:" + SecretCipherTest.key(4), "k1");
        TenantCredential unknownKey = store.add(sealed(gone, CredentialStatus.ACTIVE));
        TenantCredential wrongKey = store.add(sealed(impostor, CredentialStatus.PENDING));
        TenantCredential fine = store.add(sealed(OLD, CredentialStatus.ACTIVE));

        ResealResult result = reseal(store, BOTH, "k2", 30).reseal(ADMIN);

        assertEquals(1, result.resealed());
        assertEquals(List.of(fine.id()), store.replaced);
        assertEquals(2, result.unopened());
        assertEquals(List.of(new UnopenedSecret(unknownKey.tenantId(), unknownKey.id(), "gone"),
                new UnopenedSecret(wrongKey.tenantId(), wrongKey.id(), "k1")), result.unopenedSecrets());
        assertFalse(result.toString().contains(SECRET), result.toString());
    }

    @Test
    void shouldNotCountASecretSomeoneElseResealedMeanwhile() {
        store.add(sealed(OLD, CredentialStatus.ACTIVE));
        store.changedMeanwhile = true;

        ResealResult result = reseal(store, BOTH, "k2", 30).reseal(ADMIN);

        assertEquals(0, result.resealed());
        assertEquals(0, result.unopened());
    }

    static Stream<Arguments> withoutActiveKey() {
        return Stream.of(Arguments.of(BOTH, null), Arguments.of("k1:tooShort", "k1"));
    }

    @ParameterizedTest
    @MethodSource("withoutActiveKey")
    void shouldRefuseWithConflictAndChangeNothingWithoutAnActiveKey(String keys, String active) {
        store.add(sealed(OLD, CredentialStatus.ACTIVE));

        ProblemException e = assertThrows(ProblemException.class,
                () -> reseal(store, keys, active, 30).reseal(ADMIN));

        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("TENANT_SECRET_ACTIVE_KEY"), e.getMessage());
        assertEquals(List.of(), store.calls, "nothing read, re-sealed or deleted");
    }

    @ParameterizedTest
    @CsvSource({"30, 30", "0, 0", "-5, 0"})
    void shouldDeleteRetiredCredentialsRetiredBeforeTheRetention(int configuredDays, int days) {
        reseal(store, BOTH, "k2", configuredDays).reseal(ADMIN);

        assertEquals("delete retired before " + NOW.minus(Duration.ofDays(days)), store.calls.get(0),
                "the deletion comes first, so nothing it deletes is re-sealed");
    }

    /** The whole re-seal on a database, with the SQL of the retention cut-off and of the keys in use. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldLeaveOnlyTheActiveKeyInUseOnceOldRetiredCredentialsAreDeleted(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRepositories repositories = TestRepositories.over(db.dataSource())) {
            TenantRepository repository = repositories.tenants;
            TenantService service = new TenantService();
            service.repository = repository;
            Tenant tenant = Tenant.create(UUID.randomUUID(), "reseal", TenantTest.DE, null, true, NOW);
            repository.store(tenant);
            TenantCredential active = stored(repository, tenant, OLD, CredentialStatus.ACTIVE, null);
            stored(repository, tenant, OLD, CredentialStatus.RETIRED, NOW.minus(Duration.ofDays(31)));
            TenantCredential atCutOff = stored(repository, tenant, OLD, CredentialStatus.RETIRED,
                    NOW.minus(Duration.ofDays(30)));

            ResealResult first = reseal(service, BOTH, "k2", 30).reseal(ADMIN);
            repositories.em.clear(); // read afresh, as the next request's transaction does

            assertEquals(List.of(1, 1, 2), List.of(first.resealed(), first.retiredDeleted(),
                    repository.findAllCredentials().size()), "re-sealed, deleted, kept");
            assertEquals(List.of("k1", "k2"), first.keysInUse(), "a credential retired 30 days ago still needs k1");
            TenantCredential after = repository.findCredential(tenant.id(), active.id()).orElseThrow();
            assertEquals(SECRET, NEW_ONLY.decrypt(after.tenantId(), after.id(), after.secret()));

            ResealResult second = reseal(service, BOTH, "k2", 29).reseal(ADMIN);
            repositories.em.clear();

            assertEquals(List.of(0, 1), List.of(second.resealed(), second.retiredDeleted()));
            assertTrue(repository.findCredential(tenant.id(), atCutOff.id()).isEmpty());
            assertEquals(List.of("k2"), second.keysInUse(), "k1 may now leave the configuration");
        }
    }

    private static TenantCredential stored(TenantRepository repository, Tenant tenant, SecretCipher cipher,
                                           CredentialStatus status, Instant retiredAt) {
        UUID id = UUID.randomUUID();
        TenantCredential credential = new TenantCredential(tenant.id(), id, "client",
                cipher.encrypt(tenant.id(), id, SECRET), status, NOW, null);
        repository.store(credential);
        if (retiredAt != null) {
            repository.retireCredential(tenant.id(), id, retiredAt);
        }
        return credential;
    }

    /** Stored credentials in memory, recording what the re-seal asked in order. */
    static final class FakeStore implements SealedCredentials {

        final Map<UUID, TenantCredential> credentials = new LinkedHashMap<>();
        final List<String> calls = new ArrayList<>();
        final List<UUID> replaced = new ArrayList<>();
        boolean changedMeanwhile;

        TenantCredential add(TenantCredential credential) {
            credentials.put(credential.id(), credential);
            return credential;
        }

        TenantCredential get(TenantCredential credential) {
            return credentials.get(credential.id());
        }

        @Override
        public List<TenantCredential> allCredentials() {
            calls.add("read");
            return List.copyOf(credentials.values());
        }

        @Override
        public boolean replaceSecret(TenantCredential read, EncryptedSecret resealed) {
            calls.add("replace " + read.id());
            TenantCredential now = credentials.get(read.id());
            if (changedMeanwhile || !now.secret().keyId().equals(read.secret().keyId())) {
                return false;
            }
            credentials.put(read.id(), new TenantCredential(now.tenantId(), now.id(), now.clientId(), resealed,
                    now.status(), now.createdAt(), now.verifiedAt()));
            replaced.add(read.id());
            return true;
        }

        @Override
        public int deleteRetiredCredentials(Instant cutOff) {
            calls.add("delete retired before " + cutOff);
            return 0;
        }

        @Override
        public List<String> keyIdsInUse() {
            calls.add("keys in use");
            return credentials.values().stream().map(c -> c.secret().keyId()).distinct().sorted().toList();
        }
    }
}
