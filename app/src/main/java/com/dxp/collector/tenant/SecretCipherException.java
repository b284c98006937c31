package com.dxp.collector.tenant;

/**
 * A stored secret cannot be opened: its key id is not configured, or the configured key of that id fails the
 * GCM tag check (wrong key, or tampered data). The message names the key id, never a key or a secret.
 */
public class SecretCipherException extends RuntimeException {

    private final String keyId;

    public SecretCipherException(String keyId, String message) {
        super(message);
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
