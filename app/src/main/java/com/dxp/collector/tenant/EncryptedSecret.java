package com.dxp.collector.tenant;

/**
 * A client secret as stored: AES-256-GCM ciphertext (with its tag), the nonce it was sealed with, and the id of
 * the key, so a rotated-out key still opens what it sealed. {@link #toString()} shows no bytes.
 *
 * @param keyId      id of the key in {@code tenant.secret-keys}
 * @param nonce      the 12 random bytes used once
 * @param ciphertext the encrypted secret followed by the 16-byte GCM tag
 */
public record EncryptedSecret(String keyId, byte[] nonce, byte[] ciphertext) {

    @Override
    public String toString() {
        return "EncryptedSecret[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
