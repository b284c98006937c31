package com.dxp.collector.genesys.simulator.api;

import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_CLIENT;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.extensions.AuthResponse;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OAuthEndpointTest extends RunningSimulatorTest {

    @Test
    void shouldIssueABearerTokenForClientCredentials() {
        HttpResponse<String> response = client.requestToken(FULL_CLIENT, FULL_SECRET, "grant_type=client_credentials");

        assertEquals(200, response.statusCode());
        AuthResponse auth = GenesysSchemaOracle.read(response.body(), AuthResponse.class);
        assertEquals("bearer", auth.getToken_type());
        assertEquals(3600, auth.getExpires_in());
        assertNotEquals(auth.getAccess_token(), client.token(FULL_CLIENT, FULL_SECRET));
        assertEquals(200, client.get("/api/v2/organizations/me", auth.getAccess_token()).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wrong secret, full-client, not-the-secret, grant_type=client_credentials, 401, invalid_client",
        "unknown client, nobody, full-secret, grant_type=client_credentials, 401, invalid_client",
        "wrong grant type, full-client, full-secret, grant_type=password, 400, unsupported_grant_type",
        "no grant type, full-client, full-secret, scope=x, 400, invalid_request"})
    void shouldRefuseTokenRequestsWithAnOAuthErrorBody(String name, String clientId, String secret, String form,
                                                       int status, String error) {
        HttpResponse<String> response = client.requestToken(clientId, secret, form);

        assertEquals(status, response.statusCode());
        JsonNode body = SimClient.tree(response.body());
        assertEquals(error, body.get("error").asText());
        assertEquals(body.get("description").asText(), body.get("error_description").asText());
        assertEquals(-1, response.body().indexOf(secret), "no secret echoed");
    }

    @Test
    void shouldRefuseATokenRequestWithoutClientAuthentication() {
        HttpResponse<String> response = client.requestToken(null, null, "grant_type=client_credentials");

        assertEquals(401, response.statusCode());
        assertEquals("invalid_client", SimClient.tree(response.body()).get("error").asText());
    }

    @Test
    void shouldRefuseATokenOnceItExpired() {
        String token = client.token(FULL_CLIENT, FULL_SECRET);
        clock.advance(Duration.ofMinutes(59));
        assertEquals(200, client.get("/api/v2/organizations/me", token).statusCode());

        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> response = client.get("/api/v2/organizations/me", token);

        assertBadCredentials(response);
    }

    @Test
    void shouldRefuseTokensAndNewTokenRequestsOfARevokedClient() {
        String token = client.token(FULL_CLIENT, FULL_SECRET);

        simulator.control().revokeClient(FULL_CLIENT);

        assertBadCredentials(client.get("/api/v2/organizations/me", token));
        assertEquals(401, client.requestToken(FULL_CLIENT, FULL_SECRET, "grant_type=client_credentials")
                .statusCode());
        simulator.control().reinstateClient(FULL_CLIENT);
        assertBadCredentials(client.get("/api/v2/organizations/me", token));
        assertEquals(200, client.get("/api/v2/organizations/me", client.token(FULL_CLIENT, FULL_SECRET))
                .statusCode());
    }

    @Test
    void shouldRevokeAClientThroughTheControlApi() {
        String token = client.token(FULL_CLIENT, FULL_SECRET);

        HttpResponse<String> revoke = client.send(HttpRequest.newBuilder(
                client.uri("/simulator/clients/" + FULL_CLIENT + "/revoke")).POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(204, revoke.statusCode());
        assertBadCredentials(client.get("/api/v2/organizations/me", token));
        assertEquals(404, client.send(HttpRequest.newBuilder(client.uri("/simulator/clients/nobody/revoke"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertThrows(IllegalArgumentException.class, () -> simulator.control().revokeClient("nobody"));
    }

    private static void assertBadCredentials(HttpResponse<String> response) {
        assertEquals(401, response.statusCode());
        ErrorBody body = GenesysSchemaOracle.read(response.body(), ErrorBody.class);
        assertEquals("bad.credentials", body.getCode());
        assertEquals("Invalid login credentials.", body.getMessage());
        assertEquals(401, body.getStatus());
        assertEquals(response.headers().firstValue("inin-correlation-id").orElseThrow(), body.getContextId());
    }
}
