package com.dxp.collector.tenant;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a re-seal did, and what it leaves for the operator: a key id no longer in {@link #keysInUse()} may be
 * removed from {@code TENANT_SECRET_KEYS}. Counts and ids only, never a secret.
 *
 * @param activeKey       the key id secrets are sealed with now
 * @param resealed        active and pending credentials re-sealed under the active key
 * @param unopened        secrets that could not be opened and were left as they were
 * @param unopenedSecrets which they are
 * @param retiredDeleted  retired credentials deleted, retired longer ago than {@code TENANT_RETIRED_CREDENTIAL_DAYS}
 * @param keysInUse       the key ids stored credentials (retired ones included) are sealed with afterwards
 */
@Schema(description = "What a re-seal did; a key id no longer in `keysInUse` may be removed from TENANT_SECRET_KEYS.")
public record ResealResult(
        @Schema(description = "The key id secrets are sealed with now", example = "key-2") String activeKey,
        @Schema(description = "Active and pending credentials re-sealed under the active key", example = "15")
        int resealed,
        @Schema(description = "Secrets that could not be opened and were left as they were", example = "1")
        int unopened,
        @Schema(description = "Which they are") List<UnopenedSecret> unopenedSecrets,
        @Schema(description = "Retired credentials deleted, retired longer ago than TENANT_RETIRED_CREDENTIAL_DAYS",
                example = "3")
        int retiredDeleted,
        @Schema(description = "The key ids stored credentials (retired ones included) are sealed with afterwards: a"
                + " key id not listed may be removed from TENANT_SECRET_KEYS", example = "[\"key-1\", \"key-2\"]")
        List<String> keysInUse) {
}
