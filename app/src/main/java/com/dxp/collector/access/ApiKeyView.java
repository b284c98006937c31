package com.dxp.collector.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A read key as the API shows it: never the key itself, only its first characters to tell it apart.
 *
 * @param prefix    the key's first characters
 * @param expiresAt when it stops working; absent: never
 * @param revokedAt when an admin revoked it; absent while it works
 */
@Schema(description = "A read key: never the key itself, only its first characters.")
public record ApiKeyView(
        @Schema(description = "The key's id") UUID id,
        @Schema(description = "What it is for, as the admin named it") String name,
        @Schema(description = "The key's first characters, to tell keys apart") String prefix,
        @Schema(description = "The tenants whose read API it may read") List<UUID> tenantIds,
        @Schema(description = "When it was issued") Instant createdAt,
        @Schema(description = "The admin who issued it") String createdBy,
        @Schema(description = "When it stops working; absent: never") Instant expiresAt,
        @Schema(description = "When it was revoked; absent while it works") Instant revokedAt) {
}
