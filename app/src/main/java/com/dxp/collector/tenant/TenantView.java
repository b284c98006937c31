package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
public record TenantView(UUID id, String name, String region, String apiBaseUrl, String loginBaseUrl,
                         boolean enabled, TenantState state, String genesysOrgId, String genesysOrgName,
                         EventBridgeSource eventBridge, Integer requestsPerMinute, CredentialView credential,
                         Instant verifiedAt, String verificationDetail, List<PermissionView> permissions,
                         Instant createdAt, Instant updatedAt, long version, TenantHealthSummary health) {

    /** This view with its health summary. */
    public TenantView withHealth(TenantHealthSummary summary) {
        return new TenantView(id, name, region, apiBaseUrl, loginBaseUrl, enabled, state, genesysOrgId,
                genesysOrgName, eventBridge, requestsPerMinute, credential, verifiedAt, verificationDetail, permissions,
                createdAt, updatedAt, version, summary);
    }
}
