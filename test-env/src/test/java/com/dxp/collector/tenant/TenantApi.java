package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant admin API as the integration tests call it. Every response body is checked against every client
 * secret any test has sent, so a secret showing up in any answer fails the test that got it.
 */
final class TenantApi {

    static final String BASE = "/api/admin/tenants";

    /** Every client secret sent to the server by the tenant tests of this run. */
    static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private TenantApi() {
    }

    /** A fresh, recognisable client secret, remembered for the leak checks. */
    static String newSecret() {
        String secret = "it-secret-" + UUID.randomUUID().toString().replace("-", "");
        SECRETS.add(secret);
        return secret;
    }

    /** A tenant body pointing at an explicit base URL (the simulator's kind of tenant). */
    static String newTenantJson(String name, String clientId, String secret) {
        return "{\"name\":\"" + name + "\",\"apiBaseUrl\":\"http://127.0.0.1:1\",\"clientId\":\"" + clientId
                + "\",\"clientSecret\":\"" + secret + "\"}";
    }

    static HttpResponse<String> call(String method, String path, String contentType, String body, Account as)
            throws IOException, InterruptedException {
        if (body != null && contentType == null) {
            contentType = "application/json";
        }
        HttpResponse<String> response = CollectorApi.send(method, path, contentType, body, as);
        assertNoSecret(response);
        return response;
    }

    static HttpResponse<String> get(String path, Account as) throws IOException, InterruptedException {
        return call("GET", path, null, null, as);
    }

    static JsonObject create(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = call("POST", BASE, null, body, Account.ADMIN);
        assertEquals(201, response.statusCode(), response.body());
        return CollectorApi.json(response);
    }

    static void assertNoSecret(HttpResponse<String> response) {
        for (String secret : SECRETS) {
            assertFalse(response.body().contains(secret), "a client secret is in the response to "
                    + response.request().method() + " " + response.request().uri());
        }
    }

    /** Every tenant, all pages, as "id version state credential" lines: what a refused request must not change. */
    static List<String> snapshot() throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = get(BASE + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor),
                    Account.ADMIN);
            assertEquals(200, page.statusCode(), page.body());
            JsonObject json = CollectorApi.json(page);
            json.getJsonArray("tenants").getValuesAs(JsonObject.class).forEach(t -> lines.add(t.getString("id") + " "
                    + t.getJsonNumber("version") + " " + t.getString("name") + " " + t.getString("state") + " "
                    + (t.containsKey("credential") ? t.getJsonObject("credential").getString("id") : "-")));
            cursor = json.containsKey("nextCursor") ? json.getString("nextCursor") : null;
        } while (cursor != null);
        return lines;
    }

    /** Id of the newest audit entry, so a test can tell that no entry was added. */
    static long newestAuditId() throws IOException, InterruptedException {
        JsonObject page = CollectorApi.json(get("/api/admin/audit?limit=1", Account.ADMIN));
        return page.getJsonArray("entries").isEmpty() ? 0
                : page.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
    }
}
