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
        @Schema(description = "The tenant") UUID tenantId,
        @Schema(description = "The credential") UUID credentialId,
        @Schema(description = "The key id it is sealed with, which is not configured or does not open it")
        String keyId) {
}
