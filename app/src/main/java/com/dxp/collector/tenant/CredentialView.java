package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.UUID;

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
public record CredentialView(UUID id, String clientId, boolean secretSet, CredentialStatus status, Instant createdAt,
                             Instant verifiedAt) {
}
