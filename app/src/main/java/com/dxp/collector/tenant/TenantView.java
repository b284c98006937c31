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
        @Schema(description = "The tenant id") UUID id,
        @Schema(description = "Its name") String name,
        @Schema(description = "The region domain; absent for explicit base URLs") String region,
        @Schema(description = "Where REST calls go") String apiBaseUrl,
        @Schema(description = "Where tokens come from") String loginBaseUrl,
        @Schema(description = "False once disabled") boolean enabled,
        @Schema(description = "See `TenantState`") TenantState state,
        @Schema(description = "The org id learned by verification") String genesysOrgId,
        @Schema(description = "The org name learned by verification") String genesysOrgName,
        @Schema(description = "The EventBridge source, if set") EventBridgeSource eventBridge,
        @Schema(description = "The org's API rate limit, if verification learned it") Integer requestsPerMinute,
        @Schema(description = "The active credential (id, client id, that a secret is set)") CredentialView credential,
        @Schema(description = "When the last verification ran") Instant verifiedAt,
        @Schema(description = "Why the last verification did not verify, if so") String verificationDetail,
        @Schema(description = "Per-permission results of the last verification (single-tenant reads only)")
        List<PermissionView> permissions,
        @Schema(description = "When added") Instant createdAt,
        @Schema(description = "When last changed") Instant updatedAt,
        @Schema(description = "Pass back on `PUT`") long version,
        @Schema(description = "The tenant health in brief (status and reason codes); absent where not worked out")
        TenantHealthSummary health) {

    /** This view with its health summary. */
    public TenantView withHealth(TenantHealthSummary summary) {
        return new TenantView(id, name, region, apiBaseUrl, loginBaseUrl, enabled, state, genesysOrgId,
                genesysOrgName, eventBridge, requestsPerMinute, credential, verifiedAt, verificationDetail, permissions,
                createdAt, updatedAt, version, summary);
    }
}
