package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantConnection;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Puts the tenant credential's current access token on every request of a tenant's REST clients, so client
 * interfaces carry no auth parameter. The token comes from the shared provider's cache (the gateway has already
 * made sure one is there); the header is never logged.
 */
final class BearerTokenFilter implements ClientRequestFilter {

    private final GenesysTokenProvider tokens;
    private final TenantConnection connection;

    BearerTokenFilter(GenesysTokenProvider tokens, TenantConnection connection) {
        this.tokens = tokens;
        this.connection = connection;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.token(connection));
    }
}
