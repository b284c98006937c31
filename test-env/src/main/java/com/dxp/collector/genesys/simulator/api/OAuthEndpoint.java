package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.SimulatorSettings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth/token} for the client-credentials grant: Basic authentication of the client, then an opaque
 * bearer token valid for {@link SimulatorSettings#tokenLifetime()}. Failures use the OAuth error body (with both
 * {@code description} and {@code error_description}, since which one Genesys sends is unconfirmed).
 */
final class OAuthEndpoint implements Endpoint {

    private final TokenRegistry tokens;
    private final SimulatorSettings settings;

    OAuthEndpoint(TokenRegistry tokens, SimulatorSettings settings) {
        this.tokens = tokens;
        this.settings = settings;
    }

    @Override
    public SimResponse handle(ApiCall call) {
        Optional<String[]> credentials = basicCredentials(call.authorization());
        if (credentials.isEmpty()) {
            return error(401, "invalid_client", "client authentication is required");
        }
        String clientId = credentials.get()[0];
        if (tokens.authenticate(clientId, credentials.get()[1]).isEmpty()) {
            return error(401, "invalid_client", "client not found, disabled or the secret is wrong");
        }
        Map<String, List<String>> form = ApiCall.parseQuery(new String(call.body(), StandardCharsets.UTF_8));
        List<String> grantType = form.getOrDefault("grant_type", List.of());
        if (grantType.isEmpty()) {
            return error(400, "invalid_request", "grant_type is required");
        }
        if (!"client_credentials".equals(grantType.get(0))) {
            return error(400, "unsupported_grant_type", "only client_credentials is supported for this client");
        }
        String token = tokens.issue(clientId, call.now(), settings.tokenLifetime());
        return SimResponse.ok(Json.write(g -> g.writeStartObject()
                .write("access_token", token)
                .write("token_type", "bearer")
                .write("expires_in", settings.tokenLifetime().toSeconds())
                .writeEnd()));
    }

    /** Client id and secret from an {@code Authorization: Basic ...} header, if well formed. */
    static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static SimResponse error(int status, String error, String description) {
        return SimResponse.json(status, Json.write(g -> g.writeStartObject()
                .write("error", error)
                .write("description", description)
                .write("error_description", description)
                .writeEnd()));
    }
}
