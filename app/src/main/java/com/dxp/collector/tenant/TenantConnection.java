package com.dxp.collector.tenant;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/**
 * What it takes to call one tenant's Genesys Cloud org: where (API and login base URLs, from the tenant's
 * region or, where configuration allows, an explicit base URL such as the simulator's) and as whom (the OAuth
 * client of the credential in use). Holds the decrypted secret only in memory; {@link #toString()} hides it.
 *
 * @param tenantId      the tenant
 * @param credentialId  which stored credential this is (the active one, or a pending one being verified)
 * @param apiBaseUrl    base of REST calls, for example {@code https://api.mypurecloud.de}
 * @param loginBaseUrl  base of the token endpoint, for example {@code https://login.mypurecloud.de}
 * @param clientId      the OAuth client id
 * @param clientSecret  the OAuth client secret, decrypted
 * @param requestsPerMinute the org's own limit as its last verification read it; null until then (the configured
 *                      default applies). Every server applies it, not only the one that verified
 */
public record TenantConnection(UUID tenantId, UUID credentialId, URI apiBaseUrl, URI loginBaseUrl, String clientId,
                               String clientSecret, Integer requestsPerMinute) {

    /** A connection whose org limit is not known (a credential being verified). */
    public TenantConnection(UUID tenantId, UUID credentialId, URI apiBaseUrl, URI loginBaseUrl, String clientId,
                            String clientSecret) {
        this(tenantId, credentialId, apiBaseUrl, loginBaseUrl, clientId, clientSecret, null);
    }

    public TenantConnection {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(loginBaseUrl, "loginBaseUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }

    @Override
    public String toString() {
        return "TenantConnection[tenantId=" + tenantId + ", credentialId=" + credentialId + ", apiBaseUrl="
                + apiBaseUrl + ", clientId=" + clientId + "]";
    }
}
