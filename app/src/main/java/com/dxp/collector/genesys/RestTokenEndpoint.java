package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The token endpoint over {@link OAuthClient}: builds the Basic header from the connection's client id and
 * secret (in memory only) and maps the answer: 200 to a token, 400/401 to {@link CredentialsRejectedException},
 * everything else to {@link GenesysUnavailableException}.
 */
@ApplicationScoped
public class RestTokenEndpoint implements TokenEndpoint {

    private GenesysClients clients;

    /** For CDI. */
    protected RestTokenEndpoint() {
    }

    @Inject
    public RestTokenEndpoint(GenesysClients clients) {
        this.clients = clients;
    }

    @Override
    public IssuedToken requestToken(TenantConnection connection) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (connection.clientId() + ":" + connection.clientSecret()).getBytes(StandardCharsets.UTF_8));
        GenesysResponse response;
        try {
            response = GenesysResponse.of(clients.oauth(connection.loginBaseUrl())
                    .token(basic, new Form("grant_type", "client_credentials")));
        } catch (ProcessingException e) {
            throw new GenesysUnavailableException("unreachable", "token endpoint of tenant "
                    + connection.tenantId() + " unreachable: " + e.getClass().getSimpleName());
        }
        return toToken(response);
    }

    static IssuedToken toToken(GenesysResponse response) {
        if (response.status() == 400 || response.status() == 401) {
            throw new CredentialsRejectedException(response.errorCode(),
                    "the token endpoint refused the client (" + response.status() + " " + response.errorCode() + ")");
        }
        if (!response.isSuccess()) {
            throw new GenesysUnavailableException(Integer.toString(response.status()),
                    "the token endpoint answered " + response.status());
        }
        JsonObject body = response.json();
        if (!body.containsKey("access_token") || !(body.get("expires_in") instanceof JsonNumber expiresIn)) {
            throw new GenesysUnavailableException("malformed.body", "the token answer lacks access_token or expires_in");
        }
        return new IssuedToken(body.getString("access_token"), Duration.ofSeconds(expiresIn.longValue()));
    }
}
