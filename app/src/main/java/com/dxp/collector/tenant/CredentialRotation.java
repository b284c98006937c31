package com.dxp.collector.tenant;

import java.util.Objects;
import java.util.UUID;

/**
 * Replaces a tenant's credential safely: the new one is stored as pending, verified against Genesys, and only
 * then made active; a refused one is retired and the old one keeps working. Also verifies the active credential
 * on request. No transaction spans the remote verification.
 */
public final class CredentialRotation {

    private final CredentialStore store;
    private final CredentialVerifier verifier;

    public CredentialRotation(CredentialStore store, CredentialVerifier verifier) {
        this.store = Objects.requireNonNull(store, "store");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** Stores, verifies and activates or refuses a replacement credential. */
    public CredentialChange replace(UUID tenantId, ClientCredentials credentials, CredentialStore.Actor actor) {
        CredentialStore.PendingCredential pending = store.storePending(tenantId, credentials, actor);
        UUID credentialId = pending.connection().credentialId();
        Verification verification;
        try {
            verification = verifier.verify(pending.connection());
        } catch (RuntimeException e) {
            store.reject(tenantId, credentialId, null, "the verification failed", actor);
            throw e;
        }
        String refusal = refusal(verification, pending.tenantOrgId());
        if (refusal != null) {
            store.reject(tenantId, credentialId, verification, refusal, actor);
            return new CredentialChange(false, null, verification, refusal);
        }
        TenantView tenant;
        try {
            tenant = store.activate(tenantId, credentialId, verification, actor);
        } catch (RuntimeException e) {
            store.reject(tenantId, credentialId, verification, "it could not be activated", actor);
            throw e;
        }
        return new CredentialChange(true, tenant, verification, null);
    }

    /** Verifies the active credential and records what was found. */
    public Verification verifyActive(UUID tenantId, CredentialStore.Actor actor) {
        TenantConnection connection = store.activeConnection(tenantId);
        Verification verification = verifier.verify(connection);
        store.recordVerification(tenantId, connection.credentialId(), verification, actor);
        return verification;
    }

    /**
     * Why a verified credential must not become active, or null when it may: only a credential that got a token
     * and read the org counts, and it must belong to the org the tenant was verified against before (a
     * credential of another org would quietly point the tenant at someone else's data).
     */
    static String refusal(Verification verification, String tenantOrgId) {
        if (verification == null || verification.outcome() == null) {
            return "The verification gave no outcome.";
        }
        return switch (verification.outcome()) {
            case VERIFIED, MISSING_REQUIRED_PERMISSIONS -> tenantOrgId != null && verification.orgId() != null
                    && !tenantOrgId.equals(verification.orgId())
                    ? "The new credential belongs to Genesys org " + verification.orgId() + ", not to the tenant's org "
                    + tenantOrgId + "." : null;
            case CREDENTIALS_REJECTED -> "Genesys Cloud refused the new client id or secret.";
            case UNREACHABLE -> "Genesys Cloud could not be reached to verify the new credential; try again later.";
        };
    }
}
