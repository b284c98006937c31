package com.dxp.collector.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Runs {@link CredentialRotation} with the deployed {@link CredentialVerifier}. The verifier belongs to the
 * Genesys feature and may be absent from a deployment; then verification answers a clear 503.
 */
@ApplicationScoped
public class CredentialWorkflow {

    static final String NO_VERIFIER = "Credential verification is not available in this deployment (no Genesys"
            + " credential verifier is installed).";

    @Inject
    TenantService store;

    @Inject
    Instance<CredentialVerifier> verifiers;

    public CredentialChange replace(UUID tenantId, ClientCredentials credentials, CredentialStore.Actor actor) {
        store.requireChangeable(tenantId);
        return rotation().replace(tenantId, credentials, actor);
    }

    public Verification verify(UUID tenantId, CredentialStore.Actor actor) {
        store.requireChangeable(tenantId);
        return rotation().verifyActive(tenantId, actor);
    }

    private CredentialRotation rotation() {
        if (!verifiers.isResolvable()) {
            throw TenantProblems.unavailable(NO_VERIFIER);
        }
        return new CredentialRotation(store, verifiers.get());
    }
}
