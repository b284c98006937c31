package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.List;

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
public record Verification(Outcome outcome, String orgId, String orgName, List<PermissionProbe> permissions,
                           Integer requestsPerMinute, String detail, Instant verifiedAt) {

    /** Overall result of a verification. */
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
