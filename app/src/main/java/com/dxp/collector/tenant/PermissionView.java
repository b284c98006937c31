package com.dxp.collector.tenant;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One permission as the last verification found it.
 *
 * @param permission the Genesys permission
 * @param required   whether collection needs it
 * @param status     granted, missing or unknown
 * @param errorCode  why it is not granted; absent when granted
 * @param checkedAt  when it was probed
 */
@Schema(description = "One permission as the last verification found it.")
public record PermissionView(
        @Schema(description = "The Genesys permission", example = "directory:group:view") String permission,
        @Schema(description = "Whether collection needs it", example = "true") boolean required,
        @Schema(description = "Granted, missing or unknown") PermissionStatus status,
        @Schema(description = "Why it is not granted; absent when granted", example = "missing.permissions")
        String errorCode,
        @Schema(description = "When it was probed", example = "2026-12-01T06:00:04.981Z") Instant checkedAt) {
}
