package com.dxp.collector.tenant;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Tenants verified against the simulated Genesys Cloud through the real verifier: the org id and the
 * permission probe are stored on the tenant, and a rotated credential only replaces the active one once it is
 * verified. Each test purges its tenant, since an org can belong to one tenant only.
 */
@MicroShedTest
class TenantVerificationIT {

    private static final String BASE = "/api/admin/tenants";

    @Test
    void shouldStoreTheOrgAndEveryPermissionOfAVerifiedTenant() throws Exception {
        String path = createAgainstSimulator(SimulatorForIts.FULL);
        try {
            HttpResponse<String> verified = TenantApi.call("POST", path + "/verify", null, null, ADMIN);

            assertEquals(200, verified.statusCode(), verified.body());
            assertEquals("VERIFIED", json(verified).getString("outcome"));
            JsonObject tenant = json(TenantApi.get(path, ADMIN));
            assertEquals("VERIFIED", tenant.getString("state"));
            assertEquals(SimulatorForIts.org().orgId().toString(), tenant.getString("genesysOrgId"));
            assertEquals(9, tenant.getJsonArray("permissions").size());
            assertEquals(300, tenant.getInt("requestsPerMinute"));
        } finally {
            purge(path);
        }
    }

    @Test
    void shouldMarkATenantWhoseClientLacksTheRequiredPermissions() throws Exception {
        String path = createAgainstSimulator(SimulatorForIts.NOTHING);
        try {
            HttpResponse<String> verified = TenantApi.call("POST", path + "/verify", null, null, ADMIN);

            assertEquals(200, verified.statusCode(), verified.body());
            assertEquals("MISSING_REQUIRED_PERMISSIONS", json(verified).getString("outcome"), verified.body());
            assertEquals("MISSING_REQUIRED_PERMISSIONS", json(TenantApi.get(path, ADMIN)).getString("state"));
        } finally {
            purge(path);
        }
    }

    @Test
    void shouldKeepTheActiveCredentialUntilAReplacementIsVerified() throws Exception {
        String path = createAgainstSimulator(SimulatorForIts.FULL);
        try {
            HttpResponse<String> rejected = TenantApi.call("PUT", path + "/credentials", null,
                    credentials(SimulatorForIts.RESTRICTED, TenantApi.newSecret()), ADMIN);
            assertEquals(422, rejected.statusCode(), rejected.body());
            assertEquals(SimulatorForIts.FULL, activeClientId(path), "a rejected secret replaced nothing");

            HttpResponse<String> accepted = TenantApi.call("PUT", path + "/credentials", null,
                    credentials(SimulatorForIts.RESTRICTED, SimulatorForIts.secretOf(SimulatorForIts.RESTRICTED)),
                    ADMIN);
            assertEquals(200, accepted.statusCode(), accepted.body());
            assertEquals(SimulatorForIts.RESTRICTED, activeClientId(path));
        } finally {
            purge(path);
        }
    }

    /** A tenant of the simulated org; its secret is registered for the suite's leak checks. */
    private static String createAgainstSimulator(String clientId) throws IOException, InterruptedException {
        String secret = SimulatorForIts.secretOf(clientId);
        TenantApi.SECRETS.add(secret);
        String body = "{\"name\":\"verified-" + UUID.randomUUID() + "\",\"apiBaseUrl\":\""
                + SimulatorForIts.start().baseUri() + "\",\"clientId\":\"" + clientId + "\",\"clientSecret\":\""
                + secret + "\"}";
        return BASE + "/" + TenantApi.create(body).getString("id");
    }

    private static String credentials(String clientId, String secret) {
        TenantApi.SECRETS.add(secret);
        return "{\"clientId\":\"" + clientId + "\",\"clientSecret\":\"" + secret + "\"}";
    }

    private static String activeClientId(String path) throws IOException, InterruptedException {
        return json(TenantApi.get(path, ADMIN)).getJsonObject("credential").getString("clientId");
    }

    private static void purge(String path) throws Exception {
        VerifiedTenant.purge(path.substring(path.lastIndexOf('/') + 1));
    }
}
