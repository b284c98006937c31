package com.dxp.collector.platform.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who the caller is, as the console shows it and decides which controls to offer.
 *
 * @param user        the account's name
 * @param role        {@code admin} or {@code viewer}
 * @param idleMinutes minutes without a request after which the console session ends
 */
@Schema(description = "Who the caller is.")
public record SignedIn(
        @Schema(description = "The account's name", example = "admin") String user,
        @Schema(description = "`admin` (may change things) or `viewer` (reads only)", example = "admin") String role,
        @Schema(description = "Minutes without a request after which a console session ends", example = "30")
        long idleMinutes) {
}
