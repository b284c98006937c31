package com.dxp.collector.tenant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The probe result for one permission.
 *
 * @param permission the Genesys permission, for example {@code analytics:conversationDetail:view}
 * @param required   whether the collector cannot work without it
 * @param status     granted, missing or unknown
 * @param errorCode  the Genesys error code (or HTTP status) when not granted; null when granted
 */
@Schema(description = "The probe result for one permission.")
public record PermissionProbe(
        @Schema(description = "The Genesys permission, for example `analytics:conversationDetail:view`",
                example = "directory:group:view")
        String permission,
        @Schema(description = "Whether the collector cannot work without it", example = "true") boolean required,
        @Schema(description = "Granted, missing or unknown") PermissionStatus status,
        @Schema(description = "The Genesys error code (or HTTP status) when not granted; null when granted",
                example = "missing.permissions")
        String errorCode) {
}
