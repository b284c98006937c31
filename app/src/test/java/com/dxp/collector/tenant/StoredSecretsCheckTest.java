package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoredSecretsCheckTest {

    static final String SECRET = "the-secret-value";

    static TenantCredential stored(SecretCipher cipher) {
        UUID tenant = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        return new TenantCredential(tenant, id, "client", cipher.encrypt(tenant, id, SECRET),
                CredentialStatus.ACTIVE, Instant.now(), null);
    }

    @Test
    void shouldPassAFirstStartWithoutKeysOrCredentials() {
        assertDoesNotThrow(() -> StoredSecretsCheck.check(SecretCipher.fromConfig(null, null), null, List.of()));
    }

    @Test
    void shouldPassWhenEveryCredentialOpens() {
        SecretCipher old = SecretCipher.fromConfig("k1:" + SecretCipherTest.KEY_A, "k1");
        SecretCipher rotated = SecretCipher.fromConfig("k1:" + SecretCipherTest.KEY_A + ",k2:"
                + SecretCipherTest.KEY_B, "k2");

        assertDoesNotThrow(() -> StoredSecretsCheck.check(rotated, null, List.of(stored(old), stored(rotated))));
    }

    @Test
    void shouldNameTheMissingKeyIdAndCountTheCredentials() {
        SecretCipher old = SecretCipher.fromConfig("k1:" + SecretCipherTest.KEY_A, "k1");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StoredSecretsCheck.check(
                SecretCipher.fromConfig(null, null), null, List.of(stored(old), stored(old))));

        assertTrue(e.getMessage().contains("2 stored credential(s) use key id 'k1'"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET) || e.getMessage().contains(SecretCipherTest.KEY_A));
    }

    @Test
    void shouldNameAKeyIdWhoseKeyChanged() {
        SecretCipher old = SecretCipher.fromConfig("k1:" + SecretCipherTest.KEY_A, "k1");
        SecretCipher changed = SecretCipher.fromConfig("k1:" + SecretCipherTest.KEY_B, "k1");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StoredSecretsCheck.check(changed, null, List.of(stored(old))));

        assertTrue(e.getMessage().contains("1 stored credential(s) sealed with key id 'k1' do not decrypt"),
                e.getMessage());
        assertFalse(e.getMessage().contains(SecretCipherTest.KEY_B));
    }

    @Test
    void shouldFailOnMalformedKeyConfiguration() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StoredSecretsCheck.check(
                SecretCipher.fromConfig(null, null), new IllegalArgumentException("tenant.secret-keys: entry 1 ..."),
                List.of()));

        assertTrue(e.getMessage().contains("tenant.secret-keys"), e.getMessage());
    }
}
