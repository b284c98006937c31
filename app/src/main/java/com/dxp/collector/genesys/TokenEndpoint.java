package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantConnection;

/**
 * The OAuth token endpoint as the token provider needs it: one client-credentials request. A port, so the
 * provider's caching and single-flight logic is tested without an HTTP client implementation.
 */
public interface TokenEndpoint {

    /**
     * Requests a new token for the connection's client.
     *
     * @throws CredentialsRejectedException for 400/401 (bad id or secret, revoked client)
     * @throws GenesysUnavailableException  for anything else (timeouts, 5xx, 429, malformed answers)
     */
    IssuedToken requestToken(TenantConnection connection);
}
