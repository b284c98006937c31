package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant as the admin API shows it. Never holds a secret.
 *
 * @param id                 the tenant id
 * @param name               its name
 * @param region             the region domain; absent for explicit base URLs
 * @param apiBaseUrl         where REST calls go
 * @param loginBaseUrl       where tokens come from
 * @param enabled            false once disabled
 * @param state              see {@link TenantState}
 * @param genesysOrgId       the org id learned by verification
 * @param genesysOrgName     the org name learned by verification
 * @param eventBridge        the EventBridge source, if set
 * @param requestsPerMinute  the org's API rate limit, if verification learned it
 * @param journeySessions    whether backfills fetch the journey sessions conversations name
 * @param credential         the active credential (id, client id, that a secret is set)
 * @param verifiedAt         when the last verification ran
 * @param verificationDetail why the last verification did not verify, if so
 * @param permissions        per-permission results of the last verification (single-tenant reads only)
 * @param createdAt          when added
 * @param updatedAt          when last changed
 * @param version            pass back on {@code PUT}
 * @param health             the tenant health in brief (status and reason codes); absent where not worked out
 */
@Schema(description = "A tenant as the admin API shows it.")
public record TenantView(
        @Schema(description = "The tenant id", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID id,
        @Schema(description = "Its name", example = "Acme") String name,
        @Schema(description = "The region domain; absent for explicit base URLs", example = "mypurecloud.de")
        String region,
        @Schema(description = "Where REST calls go", example = "https://api.mypurecloud.de") String apiBaseUrl,
        @Schema(description = "Where tokens come from", example = "https://login.mypurecloud.de") String loginBaseUrl,
        @Schema(description = "False once disabled", example = "true") boolean enabled,
        @Schema(description = "See `TenantState`") TenantState state,
        @Schema(description = "The org id learned by verification", example = "9d2f4b61-7c3e-4a8d-b5f0-2e6a1c9b8d47")
        String genesysOrgId,
        @Schema(description = "The org name learned by verification", example = "Acme Corporation")
        String genesysOrgName,
        @Schema(description = "The EventBridge source, if set") EventBridgeSource eventBridge,
        @Schema(description = "The org's API rate limit, if verification learned it", example = "300")
        Integer requestsPerMinute,
        @Schema(description = "Whether backfills fetch the journey sessions conversations name (one call each;"
                + " only while `journey:session:view` is granted)", example = "false")
        boolean journeySessions,
        @Schema(description = "The active credential (id, client id, that a secret is set)") CredentialView credential,
        @Schema(description = "When the last verification ran", example = "2026-12-01T06:00:04.981Z")
        Instant verifiedAt,
        @Schema(description = "Why the last verification did not verify, if so",
                example = "missing required permissions: directory:group:view") String verificationDetail,
        @Schema(description = "Per-permission results of the last verification (single-tenant reads only)")
        List<PermissionView> permissions,
        @Schema(description = "When added", example = "2026-11-20T13:58:11.642Z") Instant createdAt,
        @Schema(description = "When last changed", example = "2026-11-27T16:22:48.090Z") Instant updatedAt,
        @Schema(description = "Pass back on `PUT`", example = "3") long version,
        @Schema(description = "The tenant health in brief (status and reason codes); absent where not worked out")
        TenantHealthSummary health) {

    /** This view with its health summary. */
    public TenantView withHealth(TenantHealthSummary summary) {
        return new TenantView(id, name, region, apiBaseUrl, loginBaseUrl, enabled, state, genesysOrgId,
                genesysOrgName, eventBridge, requestsPerMinute, journeySessions, credential, verifiedAt, verificationDetail, permissions,
                createdAt, updatedAt, version, summary);
    }
}
