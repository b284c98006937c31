package com.dxp.collector.tenant;

import java.util.UUID;

/**
 * The transactional steps of verifying credentials, each its own transaction, so that the remote verification
 * between them never holds a database transaction open. Implemented by {@link TenantService}; a port so the
 * rotation logic ({@link CredentialRotation}) is tested without a database.
 */
public interface CredentialStore {

    /** Fails with 404 unless the tenant exists. */
    void requireTenant(UUID tenantId);

    /** Fails with 404 unless the tenant exists, 409 while it is being purged (its credentials are about to go). */
    void requireChangeable(UUID tenantId);

    /** Stores a new credential as PENDING and answers how to call the org with it. */
    PendingCredential storePending(UUID tenantId, ClientCredentials credentials, Actor actor);

    /** Makes the pending credential active, retires the old one, records the verification. */
    TenantView activate(UUID tenantId, UUID credentialId, Verification verification, Actor actor);

    /** Retires a pending credential that was refused; the active one stays. */
    void reject(UUID tenantId, UUID credentialId, Verification verification, String reason, Actor actor);

    /** The active credential of the tenant (enabled or not), decrypted; 409 when it has none. */
    TenantConnection activeConnection(UUID tenantId);

    /** Records a verification of the active credential. */
    TenantView recordVerification(UUID tenantId, UUID credentialId, Verification verification, Actor actor);

    /**
     * A stored, not yet verified credential.
     *
     * @param connection   how to call the org with it
     * @param tenantOrgId  the org id the tenant was verified against so far; null if never
     */
    record PendingCredential(TenantConnection connection, String tenantOrgId) {
    }

    /**
     * Who asked, for the audit trail.
     *
     * @param name          the authenticated user
     * @param correlationId the request
     */
    record Actor(String name, String correlationId) {
    }
}
