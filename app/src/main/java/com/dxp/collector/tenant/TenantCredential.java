package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored OAuth client of a tenant ({@code tenant_credential}): the client id in clear, the secret only
 * sealed. {@link #toString()} shows no secret material.
 *
 * @param tenantId   the tenant
 * @param id         the credential id
 * @param clientId   the OAuth client id
 * @param secret     the sealed secret
 * @param status     active, pending or retired
 * @param createdAt  when stored
 * @param verifiedAt when a verification last accepted it
 */
public record TenantCredential(UUID tenantId, UUID id, String clientId, EncryptedSecret secret,
                               CredentialStatus status, Instant createdAt, Instant verifiedAt) {

    CredentialView view() {
        return new CredentialView(id, clientId, true, status, createdAt, verifiedAt);
    }

    @Override
    public String toString() {
        return "TenantCredential[tenantId=" + tenantId + ", id=" + id + ", clientId=" + clientId + ", keyId="
                + secret.keyId() + ", status=" + status + "]";
    }
}
