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
        @Schema(description = "The credential id", example = "c4e8a1d2-5f6b-4973-8e0a-b1d2c3e4f5a6") UUID id,
        @Schema(description = "The OAuth client id", example = "3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b") String clientId,
        @Schema(description = "Always true: a stored credential has an (encrypted) secret", example = "true")
        boolean secretSet,
        @Schema(description = "Active, pending or retired") CredentialStatus status,
        @Schema(description = "When it was stored", example = "2026-11-20T13:58:11.642Z") Instant createdAt,
        @Schema(description = "When a verification last accepted it; absent if never",
                example = "2026-12-01T06:00:04.981Z") Instant verifiedAt) {
}
