package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCipherTest {

    static final String KEY_A = key(1);
    static final String KEY_B = key(2);
    static final String SECRET = "s3cr3t-Client-Secret_value";
    final UUID tenant = UUID.randomUUID();
    final UUID credential = UUID.randomUUID();

    static String key(int seed) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void shouldRoundTripASecret() {
        SecretCipher cipher = SecretCipher.fromConfig("a:" + KEY_A, "a");

        EncryptedSecret sealed = cipher.encrypt(tenant, credential, SECRET);

        assertEquals("a", sealed.keyId());
        assertEquals(SecretCipher.NONCE_BYTES, sealed.nonce().length);
        assertEquals(SECRET.getBytes(StandardCharsets.UTF_8).length + 16, sealed.ciphertext().length);
        assertFalse(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1).contains(SECRET));
        assertEquals(SECRET, cipher.decrypt(tenant, credential, sealed));
    }

    @Test
    void shouldUseAFreshNonceForEverySecret() {
        SecretCipher cipher = SecretCipher.fromConfig("a:" + KEY_A, "a");

        EncryptedSecret first = cipher.encrypt(tenant, credential, SECRET);
        EncryptedSecret second = cipher.encrypt(tenant, credential, SECRET);

        assertFalse(java.util.Arrays.equals(first.nonce(), second.nonce()));
        assertFalse(java.util.Arrays.equals(first.ciphertext(), second.ciphertext()));
    }

    @Test
    void shouldRefuseAWrongKeyOfTheSameId() {
        EncryptedSecret sealed = SecretCipher.fromConfig("a:" + KEY_A, "a").encrypt(tenant, credential, SECRET);
        SecretCipher other = SecretCipher.fromConfig("a:" + KEY_B, "a");

        SecretCipherException e = assertThrows(SecretCipherException.class,
                () -> other.decrypt(tenant, credential, sealed));

        assertEquals("a", e.keyId());
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
        assertNoMaterial(e.getMessage());
    }

    @Test
    void shouldRefuseTamperedCiphertext() {
        SecretCipher cipher = SecretCipher.fromConfig("a:" + KEY_A, "a");
        EncryptedSecret sealed = cipher.encrypt(tenant, credential, SECRET);
        byte[] tampered = sealed.ciphertext().clone();
        tampered[0] ^= 1;

        assertThrows(SecretCipherException.class, () -> cipher.decrypt(tenant, credential,
                new EncryptedSecret("a", sealed.nonce(), tampered)));
    }

    @Test
    void shouldRefuseATamperedNonce() {
        SecretCipher cipher = SecretCipher.fromConfig("a:" + KEY_A, "a");
        EncryptedSecret sealed = cipher.encrypt(tenant, credential, SECRET);
        byte[] nonce = sealed.nonce().clone();
        nonce[11] ^= 1;

        assertThrows(SecretCipherException.class, () -> cipher.decrypt(tenant, credential,
                new EncryptedSecret("a", nonce, sealed.ciphertext())));
    }

    @Test
    void shouldRefuseASecretMovedToAnotherCredentialOrTenant() {
        SecretCipher cipher = SecretCipher.fromConfig("a:" + KEY_A, "a");
        EncryptedSecret sealed = cipher.encrypt(tenant, credential, SECRET);

        assertThrows(SecretCipherException.class, () -> cipher.decrypt(tenant, UUID.randomUUID(), sealed));
        assertThrows(SecretCipherException.class, () -> cipher.decrypt(UUID.randomUUID(), credential, sealed));
    }

    @Test
    void shouldNameAnUnknownKeyId() {
        EncryptedSecret sealed = SecretCipher.fromConfig("old:" + KEY_A, "old").encrypt(tenant, credential, SECRET);
        SecretCipher cipher = SecretCipher.fromConfig("new:" + KEY_B, "new");

        SecretCipherException e = assertThrows(SecretCipherException.class,
                () -> cipher.decrypt(tenant, credential, sealed));

        assertEquals("old", e.keyId());
        assertTrue(e.getMessage().contains("'old'") && e.getMessage().contains("not configured"), e.getMessage());
    }

    @Test
    void shouldKeepDecryptingWithARotatedOutKeyAndSealNewSecretsWithTheActiveOne() {
        EncryptedSecret old = SecretCipher.fromConfig("k1:" + KEY_A, "k1").encrypt(tenant, credential, SECRET);
        SecretCipher rotated = SecretCipher.fromConfig("k1:" + KEY_A + ", k2:" + KEY_B, "k2");

        EncryptedSecret fresh = rotated.encrypt(tenant, credential, "another");

        assertEquals(SECRET, rotated.decrypt(tenant, credential, old));
        assertEquals("k2", fresh.keyId());
        assertEquals("another", rotated.decrypt(tenant, credential, fresh));
    }

    @Test
    void shouldDecryptButNotEncryptWithoutAnActiveKey() {
        EncryptedSecret sealed = SecretCipher.fromConfig("a:" + KEY_A, "a").encrypt(tenant, credential, SECRET);
        SecretCipher readOnly = SecretCipher.fromConfig("a:" + KEY_A, null);

        assertFalse(readOnly.canEncrypt());
        assertEquals(SECRET, readOnly.decrypt(tenant, credential, sealed));
        assertThrows(IllegalStateException.class, () -> readOnly.encrypt(tenant, credential, SECRET));
    }

    @Test
    void shouldKnowNoKeyWhenNothingIsConfigured() {
        SecretCipher none = SecretCipher.fromConfig(null, " ");

        assertFalse(none.canEncrypt());
        assertTrue(none.keyIds().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nocolon", "a:not*base64*", "a:" + "AAAA", "bad id:" + "AAAA", "a:KEY,a:KEY", ":KEY"})
    void shouldRefuseMalformedKeyConfigurationWithoutShowingKeyMaterial(String spec) {
        String config = spec.replace("KEY", KEY_A);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SecretCipher.fromConfig(config, null));

        assertTrue(e.getMessage().startsWith("tenant.secret-keys"), e.getMessage());
        assertNoMaterial(e.getMessage());
    }

    @Test
    void shouldRefuseAnActiveKeyThatIsNotConfigured() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SecretCipher.fromConfig("a:" + KEY_A, "b"));

        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
    }

    @Test
    void shouldShowNoSecretMaterialInToString() {
        SecretCipher cipher = SecretCipher.fromConfig("a:" + KEY_A, "a");
        EncryptedSecret sealed = cipher.encrypt(tenant, credential, SECRET);

        assertNoMaterial(cipher.toString());
        assertFalse(sealed.toString().contains("["  + sealed.nonce()[0]));
        assertNotEquals(-1, sealed.toString().indexOf("keyId=a"));
        ClientCredentials credentials = new ClientCredentials("client", SECRET);
        assertFalse(credentials.toString().contains(SECRET));
        assertFalse(new NewTenant("n", "mypurecloud.de", null, null, "c", SECRET, null, null).toString()
                .contains(SECRET));
        assertArrayEquals(sealed.nonce(), sealed.nonce());
    }

    private static void assertNoMaterial(String text) {
        assertFalse(text.contains(KEY_A) || text.contains(KEY_B) || text.contains(SECRET), text);
    }
}
