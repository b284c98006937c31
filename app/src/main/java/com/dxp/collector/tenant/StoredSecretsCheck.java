package com.dxp.collector.tenant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Refuses to start the application when stored client secrets cannot be opened with the configured keys: a
 * key id that is no longer configured, or a key that fails the GCM check. Better a clear failed start than
 * tenants that silently stop collecting. Runs after the schema migration; with no stored credential, missing key
 * configuration is fine (first start).
 */
@ApplicationScoped
public class StoredSecretsCheck {

    private static final Logger LOG = Logger.getLogger(StoredSecretsCheck.class.getName());

    @Inject
    TenantSecrets secrets;

    @Inject
    TenantRepository repository;

    void checkOnStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        List<TenantCredential> stored = repository.findAllCredentials();
        check(secrets.cipher(), secrets.misconfiguration(), stored);
        LOG.info(() -> String.format("Tenant secrets: %d stored credential(s) open with configured key id(s) %s;"
                        + " new secrets use %s", stored.size(), secrets.cipher().keyIds(),
                secrets.cipher().canEncrypt() ? "the active key" : "no key (tenant.secret-active-key unset)"));
    }

    /**
     * The check itself.
     *
     * @throws IllegalStateException naming the key id and the number of credentials affected, never a secret
     */
    static void check(SecretCipher cipher, IllegalArgumentException misconfiguration, List<TenantCredential> stored) {
        if (misconfiguration != null) {
            throw new IllegalStateException("Tenant secret key configuration is invalid: "
                    + misconfiguration.getMessage());
        }
        Map<String, Integer> unknown = new TreeMap<>();
        Map<String, Integer> failing = new TreeMap<>();
        for (TenantCredential c : stored) {
            String keyId = c.secret().keyId();
            if (!cipher.knows(keyId)) {
                unknown.merge(keyId, 1, Integer::sum);
                continue;
            }
            try {
                cipher.decrypt(c.tenantId(), c.id(), c.secret());
            } catch (SecretCipherException e) {
                failing.merge(keyId, 1, Integer::sum);
            }
        }
        StringBuilder problems = new StringBuilder();
        unknown.forEach((keyId, count) -> problems.append(String.format(" %d stored credential(s) use key id '%s',"
                + " which tenant.secret-keys (TENANT_SECRET_KEYS) does not configure;", count, keyId)));
        failing.forEach((keyId, count) -> problems.append(String.format(" %d stored credential(s) sealed with key id"
                + " '%s' do not decrypt with the configured key of that id (wrong key?);", count, keyId)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Cannot start: tenant secrets cannot be opened:"
                    + problems.substring(0, problems.length() - 1));
        }
    }
}
