package com.dxp.collector.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A replacement OAuth client for a tenant. {@link #toString()} hides the secret.
 *
 * @param clientId     the OAuth client id
 * @param clientSecret the OAuth client secret
 */
@Schema(description = "A replacement OAuth client for a tenant.")
public record ClientCredentials(
        @Schema(description = "The OAuth client id", example = "3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b")
        @NotBlank @Size(max = TenantRules.CLIENT_ID_MAX) @Pattern(regexp = TenantRules.CLIENT_ID_PATTERN,
                message = "must be printable ASCII without spaces") String clientId,
        @Schema(description = "The OAuth client secret", example = "<client secret>")
        @NotBlank @Size(max = TenantRules.SECRET_MAX) String clientSecret) {

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + "]";
    }
}
