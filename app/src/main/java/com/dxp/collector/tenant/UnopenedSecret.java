package com.dxp.collector.tenant;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored secret a re-seal could not open, left as it was: its key is not configured, or is not the key it was
 * sealed with. Names the credential and the key id, nothing of the secret.
 *
 * @param tenantId     the tenant
 * @param credentialId the credential
 * @param keyId        the key id it is sealed with
 */
@Schema(description = "A stored secret a re-seal could not open, left as it was.")
public record UnopenedSecret(
        @Schema(description = "The tenant", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID tenantId,
        @Schema(description = "The credential", example = "2a7d9e4b-1c6f-4b3a-9d8e-5f0a7c2b4e61") UUID credentialId,
        @Schema(description = "The key id it is sealed with, which is not configured or does not open it",
                example = "key-1")
        String keyId) {
}
