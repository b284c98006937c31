package com.dxp.collector.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.tenant.PermissionProbe;
import com.dxp.collector.tenant.PermissionStatus;
import jakarta.json.Json;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenesysPermissionTest {

    private static final String MISSING = "{\"message\":\"You must have at least one of the following permissions\","
            + "\"code\":\"missing.any.permissions\",\"status\":403}";

    @Test
    void shouldProbeThreeRequiredAndSixOptionalPermissions() {
        assertEquals(3, Arrays.stream(GenesysPermission.values()).filter(GenesysPermission::required).count());
        assertEquals(6, Arrays.stream(GenesysPermission.values()).filter(p -> !p.required()).count());
    }

    @Test
    void shouldReadA2xxAsGrantedAndA403AsMissing() {
        assertEquals(PermissionStatus.GRANTED,
                GenesysPermission.FLOW_VIEW.classify(new GenesysResponse(200, Map.of(), "{}")).status());
        PermissionProbe missing = GenesysPermission.USER_VIEW.classify(new GenesysResponse(403, Map.of(), MISSING));
        assertEquals(new PermissionProbe("directory:user:view", true, PermissionStatus.MISSING,
                "missing.any.permissions"), missing);
    }

    @Test
    void shouldReadTheJourneySession404AsGrantedButNoOther404() {
        GenesysResponse notFound = new GenesysResponse(404, Map.of(), "{\"code\":\"not.found\",\"status\":404}");

        assertEquals(PermissionStatus.GRANTED, GenesysPermission.SESSION_VIEW.classify(notFound).status());
        assertEquals(new PermissionProbe("routing:skill:view", false, PermissionStatus.UNKNOWN, "not.found"),
                GenesysPermission.SKILL_VIEW.classify(notFound));
    }

    @Test
    void shouldReportOtherErrorsAsUnknownWithTheirCode() {
        assertEquals("500", GenesysPermission.TEAM_VIEW.classify(new GenesysResponse(500, Map.of(), "<html>"))
                .errorCode());
    }

    @Test
    void shouldReadTheClientRateLimitFromTheOrgLimits() {
        var listing = Json.createObjectBuilder().add("entities", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("key", "other").add("value", 5))
                .add(Json.createObjectBuilder().add("key", "client.credentials.token.rate.per.minute")
                        .add("namespace", "platform.api").add("value", 420))).build();

        assertEquals(Optional.of(420), GenesysCredentialVerifier.requestsPerMinute(listing));
        assertEquals(Optional.empty(), GenesysCredentialVerifier.requestsPerMinute(Json.createObjectBuilder().build()));
    }

    @Test
    void shouldMapTokenEndpointRefusalsToRejectedCredentials() {
        var rejected = org.junit.jupiter.api.Assertions.assertThrows(CredentialsRejectedException.class,
                () -> RestTokenEndpoint.toToken(new GenesysResponse(401, Map.of(),
                        "{\"error\":\"invalid_client\",\"description\":\"bad\"}")));
        assertEquals("invalid_client", rejected.errorCode());
        org.junit.jupiter.api.Assertions.assertThrows(CredentialsRejectedException.class,
                () -> RestTokenEndpoint.toToken(new GenesysResponse(400, Map.of(), "{\"error\":\"invalid_request\"}")));
        org.junit.jupiter.api.Assertions.assertThrows(GenesysUnavailableException.class,
                () -> RestTokenEndpoint.toToken(new GenesysResponse(503, Map.of(), "")));
        assertEquals(new IssuedToken("t", java.time.Duration.ofSeconds(86400)), RestTokenEndpoint.toToken(
                new GenesysResponse(200, Map.of(), "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":86400}")));
    }
}
