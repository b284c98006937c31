package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of verifying a tenant's credential against Genesys Cloud: could a token be had, which org it
 * belongs to, and which of the permissions the collector uses it holds.
 *
 * @param outcome           overall result
 * @param orgId             the Genesys org id ({@code organizations/me}); null when no token could be had
 * @param orgName           the org's name; null when unknown
 * @param permissions       one probe per required and optional permission; empty when no token could be had
 * @param requestsPerMinute the org's API rate limit where its limits API told it; null otherwise
 * @param detail            a human-readable reason when not {@link Outcome#VERIFIED} (never a secret)
 * @param verifiedAt        when the verification ran
 */
@Schema(description = "The outcome of verifying a tenant's credential against Genesys Cloud: could a token be had, "
        + "which org it belongs to, and which of the permissions the collector uses it holds.")
public record Verification(
        @Schema(description = "Overall result") Outcome outcome,
        @Schema(description = "The Genesys org id (`organizations/me`); null when no token could be had",
                example = "9d2f4b61-7c3e-4a8d-b5f0-2e6a1c9b8d47") String orgId,
        @Schema(description = "The org's name; null when unknown", example = "Acme Corporation") String orgName,
        @Schema(description = "One probe per required and optional permission; empty when no token could be had")
        List<PermissionProbe> permissions,
        @Schema(description = "The org's API rate limit where its limits API told it; null otherwise", example = "300")
        Integer requestsPerMinute,
        @Schema(description = "A human-readable reason when not `VERIFIED` (never a secret)",
                example = "missing required permissions: directory:group:view") String detail,
        @Schema(description = "When the verification ran", example = "2026-12-01T06:00:04.981Z") Instant verifiedAt) {

    /** Overall result of a verification. */
    @Schema(name = "VerificationOutcome", description = "Overall result of a verification: `VERIFIED` (the tenant"
            + " can run), `MISSING_REQUIRED_PERMISSIONS`, `CREDENTIALS_REJECTED` or `UNREACHABLE` (try again later).")
    public enum Outcome {
        /** Token, org and every required permission: the tenant can run. */
        VERIFIED,
        /** Token and org, but a required permission is missing: events and backfills refuse to run. */
        MISSING_REQUIRED_PERMISSIONS,
        /** The client id or secret was refused by the token endpoint (wrong, deleted or revoked client). */
        CREDENTIALS_REJECTED,
        /** Genesys could not be reached or answered with errors; try again later. */
        UNREACHABLE
    }

    public Verification {
        permissions = List.copyOf(permissions);
    }
}
