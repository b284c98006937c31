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
        @Schema(description = "The Genesys permission") String permission,
        @Schema(description = "Whether collection needs it") boolean required,
        @Schema(description = "Granted, missing or unknown") PermissionStatus status,
        @Schema(description = "Why it is not granted; absent when granted") String errorCode,
        @Schema(description = "When it was probed") Instant checkedAt) {
}
