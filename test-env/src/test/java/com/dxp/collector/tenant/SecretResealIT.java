package com.dxp.collector.tenant;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.TestServer;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A secret key can be retired for good: with a second key made active, a re-seal moves the tenant's secret onto it
 * and deletes its retired credential, after which the server starts without the first key and the tenant's secret
 * still opens to what it was (the simulator accepts it in a verification). The server gets the pom's keys back at
 * the end, with whatever this test re-sealed sealed back under the first key.
 */
@MicroShedTest
class SecretResealIT {

    private static final String KEYS = "TENANT_SECRET_KEYS";
    private static final String ACTIVE = "TENANT_SECRET_ACTIVE_KEY";
    private static final String RETENTION = "TENANT_RETIRED_CREDENTIAL_DAYS";
    private static final String RESEAL = "/api/admin/secret-keys/reseal";

    private final String secondKey = "it-key-2:" + randomKey();
    private Map<String, String> original;
    private String tenant;
    private boolean rotated;

    @Test
    void shouldRetireTheFirstKeyOnceEverySecretIsResealedUnderTheSecond() throws Exception {
        // the keys and the resealing are the collector's; the rows they touch are plain text: the H2 run covers it
        TestServer.onlyOnTheEmbeddedDatabase();
        original = env(KEYS, TestServer.env(KEYS), ACTIVE, TestServer.env(ACTIVE), RETENTION,
                TestServer.env(RETENTION));
        TenantApi.SECRETS.add(SimulatorForIts.secretOf(SimulatorForIts.FULL));
        tenant = VerifiedTenant.unverified("Reseal", SimulatorForIts.FULL);
        HttpResponse<String> refused = TenantApi.call("PUT", TenantApi.BASE + "/" + tenant + "/credentials", null,
                "{\"clientId\":\"" + SimulatorForIts.FULL + "\",\"clientSecret\":\"" + TenantApi.newSecret()
                        + "\"}", ADMIN);
        assertEquals(422, refused.statusCode(), "a refused replacement is kept as retired: " + refused.body());

        rotated = true;
        TestServer.restartWith(env(KEYS, original.get(KEYS) + "," + secondKey, ACTIVE, "it-key-2", RETENTION, "0"));
        assertTrue(secretKeyNotice(), "its secret is sealed with it-key-1, no longer the active key");
        assertEquals(403, TenantApi.call("POST", RESEAL, null, null, VIEWER).statusCode());

        HttpResponse<String> resealed = TenantApi.call("POST", RESEAL, null, null, ADMIN);

        assertEquals(200, resealed.statusCode(), resealed.body());
        JsonObject result = json(resealed);
        assertEquals("it-key-2", result.getString("activeKey"), result.toString());
        assertTrue(result.getInt("resealed") >= 1, "the tenant's active secret at least: " + result);
        assertTrue(result.getInt("retiredDeleted") >= 1, "its refused credential at least: " + result);
        assertEquals(0, result.getInt("unopened"), result.toString());
        assertEquals(List.of("it-key-2"), keysInUse(result));
        assertFalse(secretKeyNotice(), "its secret is sealed with the active key now");
        assertTrue(audited(resealed), "the re-seal is in the audit trail");
        JsonObject again = json(TenantApi.call("POST", RESEAL, "application/json", "{}", ADMIN));
        assertEquals(List.of(0, 0), List.of(again.getInt("resealed"), again.getInt("retiredDeleted")),
                "a second re-seal finds nothing to do: " + again);

        TestServer.restartWith(env(KEYS, secondKey));

        assertEquals(200, CollectorApi.get("/health/ready", NOBODY).statusCode(), "ready without it-key-1");
        HttpResponse<String> read = TenantApi.get(TenantApi.BASE + "/" + tenant, ADMIN);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(json(read).getJsonObject("credential").getBoolean("secretSet"), read.body());
        assertFalse(secretKeyNotice(), "no key problem without it-key-1");
        VerifiedTenant.verify(tenant);
    }

    /**
     * Purges the tenant and gives the server the pom's values back: first both keys with the first one active, where
     * a re-seal moves back what this test moved onto the second key (other classes' tenants included), then the
     * first key alone. Should something still need the second key, the server keeps both, so that it still starts.
     */
    @AfterEach
    void restoreKeysAndPurge() throws Exception {
        if (rotated) {
            TestServer.restartWith(env(KEYS, original.get(KEYS) + "," + secondKey, ACTIVE, original.get(ACTIVE),
                    RETENTION, original.get(RETENTION)));
        }
        try {
            if (tenant != null) {
                VerifiedTenant.purge(tenant);
            }
        } finally {
            if (rotated) {
                HttpResponse<String> back = TenantApi.call("POST", RESEAL, null, null, ADMIN);
                assertEquals(200, back.statusCode(), back.body());
                assertFalse(keysInUse(json(back)).contains("it-key-2"), "still sealed with it-key-2, so the server"
                        + " keeps both keys: " + back.body());
                TestServer.restartWith(original);
            }
        }
    }

    private boolean secretKeyNotice() throws Exception {
        HttpResponse<String> health = TenantApi.get(TenantApi.BASE + "/" + tenant + "/health", ADMIN);
        assertEquals(200, health.statusCode(), health.body());
        return json(health).getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> "SECRET_KEY".equals(r.getString("code")));
    }

    private static List<String> keysInUse(JsonObject result) {
        return result.getJsonArray("keysInUse").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    private static boolean audited(HttpResponse<String> response) throws Exception {
        String correlation = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        return json(TenantApi.get("/api/admin/audit?limit=50", ADMIN)).getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> correlation.equals(e.getString("correlationId", ""))
                        && "secret-keys.resealed".equals(e.getString("action")));
    }

    /** Variables and their values, in pairs; a null value removes the variable. */
    private static Map<String, String> env(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
