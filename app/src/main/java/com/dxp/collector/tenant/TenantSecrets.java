package com.dxp.collector.tenant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The application's {@link SecretCipher}, built once from {@link TenantConfig}. Malformed key configuration is
 * kept as the reason and reported by the start-up check; a missing key only matters once a secret has to be
 * sealed or opened, and is then a 503 for the client.
 */
@ApplicationScoped
public class TenantSecrets {

    static final String NOT_CONFIGURED = "Secret encryption key not configured: set TENANT_SECRET_KEYS and"
            + " TENANT_SECRET_ACTIVE_KEY (tenant.secret-keys, tenant.secret-active-key).";

    @Inject
    TenantConfig config;

    private SecretCipher cipher;
    private IllegalArgumentException misconfiguration;

    @PostConstruct
    void load() {
        try {
            cipher = SecretCipher.fromConfig(config.secretKeys().orElse(null), config.secretActiveKey().orElse(null));
        } catch (IllegalArgumentException e) {
            misconfiguration = e;
            cipher = SecretCipher.fromConfig(null, null);
        }
    }

    /** The cipher; with malformed configuration one that knows no key. */
    SecretCipher cipher() {
        return cipher;
    }

    /** Why the key configuration cannot be used, if it cannot (the message names key ids only). */
    IllegalArgumentException misconfiguration() {
        return misconfiguration;
    }

    /** Fails with a 503 unless new secrets can be sealed; call before writing anything. */
    void requireWritable() {
        if (misconfiguration != null || !cipher.canEncrypt()) {
            throw TenantProblems.unavailable(NOT_CONFIGURED);
        }
    }

    EncryptedSecret seal(UUID tenantId, UUID credentialId, String secret) {
        requireWritable();
        return cipher.encrypt(tenantId, credentialId, secret);
    }

    String open(TenantCredential credential) {
        return cipher.decrypt(credential.tenantId(), credential.id(), credential.secret());
    }
}
