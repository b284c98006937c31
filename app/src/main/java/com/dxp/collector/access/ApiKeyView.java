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
        @Schema(description = "The key's id", example = "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b") UUID id,
        @Schema(description = "What it is for, as the admin named it", example = "monitoring platform, production")
        String name,
        @Schema(description = "The key's first characters, to tell keys apart", example = "dxp_Q7mK2vXa") String prefix,
        @Schema(description = "The tenants whose read API it may read",
                example = "[\"6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10\"]") List<UUID> tenantIds,
        @Schema(description = "When it was issued", example = "2026-11-20T14:05:31.208Z") Instant createdAt,
        @Schema(description = "The admin who issued it", example = "admin") String createdBy,
        @Schema(description = "When it stops working; absent: never", example = "2027-12-31T00:00:00.000Z")
        Instant expiresAt,
        @Schema(description = "When it was revoked; absent while it works", example = "2026-12-01T10:15:00.000Z")
        Instant revokedAt) {
}
