package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's credential as the API shows it: never the secret, only that one is set.
 *
 * @param id         the credential id
 * @param clientId   the OAuth client id
 * @param secretSet  always true: a stored credential has an (encrypted) secret
 * @param status     active, pending or retired
 * @param createdAt  when it was stored
 * @param verifiedAt when a verification last accepted it; absent if never
 */
@Schema(description = "A tenant's credential as the API shows it: never the secret, only that one is set.")
public record CredentialView(
        @Schema(description = "The credential id") UUID id,
        @Schema(description = "The OAuth client id") String clientId,
        @Schema(description = "Always true: a stored credential has an (encrypted) secret") boolean secretSet,
        @Schema(description = "Active, pending or retired") CredentialStatus status,
        @Schema(description = "When it was stored") Instant createdAt,
        @Schema(description = "When a verification last accepted it; absent if never") Instant verifiedAt) {
}
