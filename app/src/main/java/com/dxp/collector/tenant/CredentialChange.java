package com.dxp.collector.tenant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a credential replacement came to: accepted (now active) with the tenant as it is now, or refused with
 * the reason; either way the verification that decided it.
 *
 * @param accepted     whether the new credential is now the active one
 * @param tenant       the tenant after the change; present when accepted
 * @param verification the verification of the new credential
 * @param reason       why it was refused; absent when accepted
 */
@Schema(description = "What a credential replacement came to: accepted (now active) with the tenant as it is now, "
        + "or refused with the reason; either way the verification that decided it.")
public record CredentialChange(
        @Schema(description = "Whether the new credential is now the active one", example = "false") boolean accepted,
        @Schema(description = "The tenant after the change; present when accepted") TenantView tenant,
        @Schema(description = "The verification of the new credential") Verification verification,
        @Schema(description = "Why it was refused; absent when accepted",
                example = "missing required permissions: directory:group:view") String reason) {
}
