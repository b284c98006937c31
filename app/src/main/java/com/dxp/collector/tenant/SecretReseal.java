package com.dxp.collector.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets an old secret key leave the configuration: seals anew under the active key the secrets of active and pending
 * credentials another key sealed, and deletes the retired credentials kept longer than
 * {@code tenant.retired-credential-days}, so that in the end no stored credential needs the old key and the start-up
 * check ({@link StoredSecretsCheck}) lets the server start without it. Each credential is its own short transaction;
 * a secret that does not open is reported and left, the others are still re-sealed. Never logs or returns a secret.
 */
@ApplicationScoped
public class SecretReseal {

    private static final Logger LOG = Logger.getLogger(SecretReseal.class.getName());

    static final String NO_ACTIVE_KEY = "No active secret key is configured (TENANT_SECRET_ACTIVE_KEY), so there is"
            + " no key to re-seal under; nothing was changed. Name one of TENANT_SECRET_KEYS as the active key and"
            + " restart.";

    @Inject
    TenantSecrets secrets;

    @Inject
    TenantConfig config;

    @Inject
    SealedCredentials store;

    Clock clock = Clock.systemUTC();

    /**
     * Deletes the retired credentials past their retention, then re-seals every other secret not sealed with the
     * active key.
     *
     * @throws com.dxp.collector.platform.rest.ProblemException 409 when no active key is configured
     */
    public ResealResult reseal(CredentialStore.Actor actor) {
        SecretCipher cipher = secrets.misconfiguration() == null ? secrets.cipher() : null;
        if (cipher == null || !cipher.canEncrypt()) {
            throw TenantProblems.conflict(NO_ACTIVE_KEY);
        }
        int deleted = store.deleteRetiredCredentials(clock.instant().minus(config.retiredCredentialRetention()));
        int resealed = 0;
        List<UnopenedSecret> unopened = new ArrayList<>();
        for (TenantCredential credential : store.allCredentials()) {
            if (!needsReseal(credential, cipher)) {
                continue;
            }
            EncryptedSecret fresh;
            try {
                fresh = resealed(credential, cipher);
            } catch (SecretCipherException e) {
                unopened.add(new UnopenedSecret(credential.tenantId(), credential.id(), e.keyId()));
                LOG.log(Level.WARNING, "re-seal: credential {0} of tenant {1} left as it was: {2}"
                        + " [correlationId={3}]", new Object[] {credential.id(), credential.tenantId(),
                        e.getMessage(), actor.correlationId()});
                continue;
            }
            if (store.replaceSecret(credential, fresh)) {
                resealed++;
            }
        }
        ResealResult result = new ResealResult(cipher.activeKeyId(), resealed, unopened.size(), unopened, deleted,
                store.keyIdsInUse());
        LOG.log(Level.INFO, "re-seal by {0}: {1} secret(s) re-sealed under key id {2}, {3} not opened, {4} retired"
                + " credential(s) deleted; key ids in use: {5} [correlationId={6}]", new Object[] {actor.name(),
                result.resealed(), result.activeKey(), result.unopened(), result.retiredDeleted(),
                result.keysInUse(), actor.correlationId()});
        return result;
    }

    /** Whether the credential is in use (active or pending) and sealed with a key other than the active one. */
    static boolean needsReseal(TenantCredential credential, SecretCipher cipher) {
        return credential.status() != CredentialStatus.RETIRED && !cipher.isActive(credential.secret().keyId());
    }

    /**
     * The credential's secret opened and sealed again with the active key.
     *
     * @throws SecretCipherException when it does not open
     */
    static EncryptedSecret resealed(TenantCredential credential, SecretCipher cipher) {
        return cipher.encrypt(credential.tenantId(), credential.id(),
                cipher.decrypt(credential.tenantId(), credential.id(), credential.secret()));
    }
}
