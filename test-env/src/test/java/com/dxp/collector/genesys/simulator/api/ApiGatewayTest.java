package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.MutableClock;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_CLIENT;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_SECRET;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.NONE_CLIENT;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.NONE_SECRET;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.OTHER_CLIENT;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.OTHER_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import com.mypurecloud.sdk.v2.model.LimitsEntityListing;
import com.mypurecloud.sdk.v2.model.Organization;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code /api/v2} call goes through: authentication, permissions, rate limits, routing, headers. */
class ApiGatewayTest {

    private final MutableClock clock = new MutableClock(SimulatorFixture.NOW);
    private GenesysSimulator simulator;
    private SimClient client;

    @BeforeEach
    void start() {
        simulator = SimulatorFixture.start(clock, SimulatorFixture.settings().withRequestsPerMinute(3));
        client = new SimClient(simulator.baseUri());
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void shouldAskForAuthenticationWithoutABearerToken() {
        HttpResponse<String> response = client.get("/api/v2/users", null);

        assertEquals(401, response.statusCode());
        ErrorBody body = GenesysSchemaOracle.read(response.body(), ErrorBody.class);
        assertEquals("authentication.required", body.getCode());
        assertEquals(List.of(), body.getDetails());
        assertTrue(response.headers().firstValue("inin-ratelimit-allowed").isPresent());
    }

    @Test
    void shouldRefuseAnUnknownToken() {
        HttpResponse<String> response = client.get("/api/v2/users", "not-a-token");

        assertEquals(401, response.statusCode());
        assertEquals("bad.credentials", GenesysSchemaOracle.read(response.body(), ErrorBody.class).getCode());
    }

    @Test
    void shouldExplainAMissingPermission() {
        String token = client.token(NONE_CLIENT, NONE_SECRET);

        HttpResponse<String> response = client.get("/api/v2/users", token);

        assertEquals(403, response.statusCode());
        ErrorBody body = GenesysSchemaOracle.read(response.body(), ErrorBody.class);
        assertEquals("missing.any.permissions", body.getCode());
        assertEquals("Unable to perform the requested action. You must have at least one of the following "
                + "permissions assigned: [directory:user:view]", body.getMessage());
        assertEquals(403, body.getStatus());
    }

    @Test
    void shouldLimitRequestsPerTokenAndMinute() {
        String token = client.token(FULL_CLIENT, FULL_SECRET);
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> ok = client.get("/api/v2/organizations/me", token);
            assertEquals(200, ok.statusCode());
            assertEquals(Integer.toString(i), ok.headers().firstValue("inin-ratelimit-count").orElseThrow());
            assertEquals("3", ok.headers().firstValue("inin-ratelimit-allowed").orElseThrow());
        }
        clock.advance(Duration.ofSeconds(20));

        HttpResponse<String> limited = client.get("/api/v2/organizations/me", token);

        assertEquals(429, limited.statusCode());
        assertEquals("40", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("40", limited.headers().firstValue("inin-ratelimit-reset").orElseThrow());
        ErrorBody body = GenesysSchemaOracle.read(limited.body(), ErrorBody.class);
        assertEquals("too.many.requests", body.getCode());
        assertEquals(3L, body.getLimit().getValue());
        assertEquals(200, client.get("/api/v2/organizations/me", client.token(FULL_CLIENT, FULL_SECRET))
                .statusCode(), "another token has its own budget");
        clock.advance(Duration.ofSeconds(40));
        assertEquals(200, client.get("/api/v2/organizations/me", token).statusCode());
    }

    @Test
    void shouldGiveALimitedClientItsOwnBudgetAndCountWhatGoesBeyondIt() {
        simulator.control().limitRequests(FULL_CLIENT, 2);
        String token = client.token(FULL_CLIENT, FULL_SECRET);

        LimitsEntityListing published = GenesysSchemaOracle.read(
                client.get("/api/v2/organizations/limits/namespaces/platform.api", token).body(),
                LimitsEntityListing.class);
        HttpResponse<String> second = client.get("/api/v2/organizations/me", token);
        HttpResponse<String> third = client.get("/api/v2/organizations/me", token);

        assertEquals(2L, published.getEntities().get(0).getValue());
        assertEquals(200, second.statusCode());
        assertEquals(429, third.statusCode());
        assertEquals(1, simulator.control().requests().overBudget(FULL_CLIENT));
        assertEquals(0, simulator.control().requests().overBudget(OTHER_CLIENT));
        assertEquals(429, client.get("/api/v2/organizations/me", client.token(FULL_CLIENT, FULL_SECRET))
                .statusCode(), "the client's tokens share its budget, as two servers' tokens must");
        simulator.control().unlimitRequests(FULL_CLIENT);
        assertEquals(200, client.get("/api/v2/organizations/me", client.token(FULL_CLIENT, FULL_SECRET))
                .statusCode());
    }

    @Test
    void shouldNameTheCallersOrg() {
        HttpResponse<String> response = client.get("/api/v2/organizations/me", client.token(OTHER_CLIENT,
                OTHER_SECRET));

        Organization org = GenesysSchemaOracle.read(response.body(), Organization.class);
        assertEquals(SimulatorFixture.OTHER_ORG_ID.toString(), org.getId());
        assertEquals("Other Org", org.getName());
        assertEquals(Organization.StateEnum.ACTIVE, org.getState());
        assertTrue(response.headers().firstValue("inin-correlation-id").isPresent());
    }

    @Test
    void shouldPublishLimitsWithoutAnyPermission() {
        String token = client.token(NONE_CLIENT, NONE_SECRET);

        LimitsEntityListing analytics = GenesysSchemaOracle.read(
                client.get("/api/v2/organizations/limits/namespaces/analytics", token).body(),
                LimitsEntityListing.class);
        LimitsEntityListing platform = GenesysSchemaOracle.read(
                client.get("/api/v2/organizations/limits/namespaces/platform.api", token).body(),
                LimitsEntityListing.class);

        assertTrue(analytics.getEntities().stream().anyMatch(l -> l.getValue() == 2L
                && l.getKey().equals("conversation.details.jobs.concurrent.max")));
        assertEquals(3L, platform.getEntities().get(0).getValue());
        assertEquals(404, client.get("/api/v2/organizations/limits/namespaces/nonsense", token).statusCode());
    }

    @Test
    void shouldAnswerUnknownPathsAndWrongMethodsWithErrorBodies() {
        String token = client.token(FULL_CLIENT, FULL_SECRET);

        HttpResponse<String> unknown = client.get("/api/v2/nothing/here", token);
        HttpResponse<String> wrongMethod = client.send(client.authorized("/api/v2/users", token)
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));

        assertEquals(404, unknown.statusCode());
        assertEquals("not.found", GenesysSchemaOracle.read(unknown.body(), ErrorBody.class).getCode());
        assertEquals(405, wrongMethod.statusCode());
        GenesysSchemaOracle.read(wrongMethod.body(), ErrorBody.class);
    }
}
