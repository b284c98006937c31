package com.dxp.collector.genesys;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.api.GenesysSimulator;
import com.dxp.collector.platform.CollectorApi;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class CredentialVerificationIT {

    private static GenesysSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = SimulatorForIts.start();
    }

    @Test
    void shouldVerifyAFullyGrantedClient() throws Exception {
        JsonObject verification = VerificationCalls.verify(SimulatorForIts.FULL);

        assertEquals("VERIFIED", verification.getString("outcome"), verification.toString());
        assertEquals(SimulatorForIts.org().orgId().toString(), verification.getString("orgId"));
        assertEquals(SimulatorForIts.org().name(), verification.getString("orgName"));
        assertEquals(300, verification.getInt("requestsPerMinute"));
        Map<String, String> statuses = statuses(verification);
        assertEquals(GenesysPermissions.all(), statuses.keySet());
        assertTrue(statuses.values().stream().allMatch("GRANTED"::equals), statuses::toString);
    }

    @Test
    void shouldVerifyARestrictedClientAndReportTheOptionalPermissionsMissing() throws Exception {
        long tokenRequestsBefore = simulator.control().requests().count(SimulatorForIts.RESTRICTED, "POST /oauth/token");

        JsonObject verification = VerificationCalls.verify(SimulatorForIts.RESTRICTED);

        assertEquals("VERIFIED", verification.getString("outcome"), verification.toString());
        Map<String, String> statuses = statuses(verification);
        GenesysPermissions.REQUIRED.forEach(p -> assertEquals("GRANTED", statuses.get(p), p));
        GenesysPermissions.OPTIONAL.forEach(p -> assertEquals("MISSING", statuses.get(p), p));
        verification.getJsonArray("permissions").getValuesAs(JsonObject.class).stream()
                .filter(p -> "MISSING".equals(p.getString("status")))
                .forEach(p -> assertEquals("missing.any.permissions", p.getString("errorCode")));
        assertEquals(1, simulator.control().requests().count(SimulatorForIts.RESTRICTED, "POST /oauth/token")
                - tokenRequestsBefore, "one token for the whole verification");
    }

    @Test
    void shouldReportMissingRequiredPermissions() throws Exception {
        JsonObject verification = VerificationCalls.verify(SimulatorForIts.NOTHING);

        assertEquals("MISSING_REQUIRED_PERMISSIONS", verification.getString("outcome"), verification.toString());
        assertTrue(statuses(verification).values().stream().allMatch("MISSING"::equals), verification::toString);
        assertTrue(verification.getString("detail").contains(GenesysPermissions.CONVERSATION_DETAIL_VIEW));
    }

    @Test
    void shouldRejectAWrongSecret() throws Exception {
        HttpResponse<String> response = VerificationCalls.verify(SimulatorForIts.FULL, "not-the-secret", ADMIN);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject verification = CollectorApi.json(response);
        assertEquals("CREDENTIALS_REJECTED", verification.getString("outcome"));
        assertEquals(0, verification.getJsonArray("permissions").size());
        assertFalse(response.body().contains("not-the-secret"));
    }

    @Test
    void shouldRejectARevokedClient() throws Exception {
        assertEquals("VERIFIED", VerificationCalls.verify(SimulatorForIts.TO_REVOKE).getString("outcome"));
        simulator.control().revokeClient(SimulatorForIts.TO_REVOKE);
        try {
            JsonObject verification = VerificationCalls.verify(SimulatorForIts.TO_REVOKE);

            assertEquals("CREDENTIALS_REJECTED", verification.getString("outcome"), verification.toString());
        } finally {
            simulator.control().reinstateClient(SimulatorForIts.TO_REVOKE);
        }
    }

    @Test
    void shouldLetOnlyAdminsVerify() throws Exception {
        HttpResponse<String> response = VerificationCalls.verify(SimulatorForIts.FULL,
                SimulatorForIts.secretOf(SimulatorForIts.FULL), VIEWER);

        assertEquals(403, response.statusCode());
    }

    @Test
    void shouldRefuseAnUnknownRegion() throws Exception {
        HttpResponse<String> response = CollectorApi.postJson("/api/admin/genesys/verifications",
                "{\"region\":\"example.com\",\"clientId\":\"a\",\"clientSecret\":\"b\"}", ADMIN);

        assertEquals(400, response.statusCode(), response.body());
    }

    private static Map<String, String> statuses(JsonObject verification) {
        return verification.getJsonArray("permissions").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("permission"), p -> p.getString("status")));
    }
}
