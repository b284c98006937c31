package com.dxp.collector.tenant;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tenant client secrets at rest with AES-256-GCM: a random 12-byte nonce per secret, and the tenant id
 * and credential id as associated data, so a sealed secret copied onto another credential row does not open.
 * Keys are named by id; new secrets use the active key, and every configured key keeps opening what it sealed,
 * which is how keys rotate. No message of this class ever contains a key or a secret.
 */
public final class SecretCipher {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final byte[] CONTEXT = "dxp-collector/tenant-secret/v1".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    private SecretCipher(Map<String, SecretKey> keys, String activeKeyId) {
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
    }

    /**
     * A cipher from the configuration values.
     *
     * @param keySpec     {@code keyId:base64Key[,keyId:base64Key...]}, each key 32 bytes; null or blank for none
     * @param activeKeyId the key id new secrets are sealed with; null or blank for none (then nothing can be
     *                    encrypted, but configured keys still decrypt)
     * @throws IllegalArgumentException when the values are malformed; the message names keys by id only
     */
    public static SecretCipher fromConfig(String keySpec, String activeKeyId) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        if (keySpec != null && !keySpec.isBlank()) {
            int position = 0;
            for (String entry : keySpec.split(",")) {
                position++;
                String trimmed = entry.trim();
                int colon = trimmed.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("tenant.secret-keys: entry " + position
                            + " is not of the form keyId:base64Key");
                }
                String id = trimmed.substring(0, colon).trim();
                if (!KEY_ID.matcher(id).matches()) {
                    throw new IllegalArgumentException("tenant.secret-keys: entry " + position
                            + " has an invalid key id (1-64 of A-Z a-z 0-9 . _ -)");
                }
                byte[] material;
                try {
                    material = Base64.getDecoder().decode(trimmed.substring(colon + 1).trim());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("tenant.secret-keys: the key of id '" + id
                            + "' is not valid base64");
                }
                if (material.length != KEY_BYTES) {
                    throw new IllegalArgumentException("tenant.secret-keys: the key of id '" + id + "' has "
                            + material.length + " bytes; AES-256 needs " + KEY_BYTES);
                }
                if (keys.put(id, new SecretKeySpec(material, "AES")) != null) {
                    throw new IllegalArgumentException("tenant.secret-keys: key id '" + id + "' appears twice");
                }
            }
        }
        String active = activeKeyId == null || activeKeyId.isBlank() ? null : activeKeyId.trim();
        if (active != null && !keys.containsKey(active)) {
            throw new IllegalArgumentException("tenant.secret-active-key names key id '" + active
                    + "', which tenant.secret-keys does not configure");
        }
        return new SecretCipher(keys, active);
    }

    /** Whether new secrets can be sealed (an active key is configured). */
    public boolean canEncrypt() {
        return activeKeyId != null;
    }

    /** Whether {@code keyId} is the key new secrets are sealed with. */
    public boolean isActive(String keyId) {
        return activeKeyId != null && activeKeyId.equals(keyId);
    }

    /** The id of the key new secrets are sealed with; null when none is configured. */
    public String activeKeyId() {
        return activeKeyId;
    }

    /** Whether a key of this id is configured. */
    public boolean knows(String keyId) {
        return keys.containsKey(keyId);
    }

    /** The configured key ids. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /**
     * Seals a secret with the active key.
     *
     * @throws IllegalStateException when no active key is configured
     */
    public EncryptedSecret encrypt(UUID tenantId, UUID credentialId, String secret) {
        Objects.requireNonNull(secret, "secret");
        if (activeKeyId == null) {
            throw new IllegalStateException("no active secret encryption key is configured");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(tenantId, credentialId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return new EncryptedSecret(activeKeyId, nonce, sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Opens a sealed secret of this tenant's credential.
     *
     * @throws SecretCipherException when its key id is not configured or the GCM tag does not match
     */
    public String decrypt(UUID tenantId, UUID credentialId, EncryptedSecret sealed) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new SecretCipherException(sealed.keyId(), "secret key id '" + sealed.keyId()
                    + "' is not configured in tenant.secret-keys");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            cipher.updateAAD(associatedData(tenantId, credentialId));
            return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretCipherException(sealed.keyId(), "a secret sealed with key id '" + sealed.keyId()
                    + "' fails the integrity check: the configured key of that id is not the one it was sealed"
                    + " with, or the stored data was altered");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretCipherException(sealed.keyId(), "a secret sealed with key id '" + sealed.keyId()
                    + "' cannot be decrypted (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] associatedData(UUID tenantId, UUID credentialId) {
        return ByteBuffer.allocate(CONTEXT.length + 32)
                .put(CONTEXT)
                .putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits())
                .putLong(credentialId.getMostSignificantBits()).putLong(credentialId.getLeastSignificantBits())
                .array();
    }

    @Override
    public String toString() {
        return "SecretCipher[keyIds=" + keys.keySet() + ", active=" + activeKeyId + "]";
    }
}
