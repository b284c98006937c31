package com.dxp.collector.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A read key reads the tenant read API of the tenants it names and nothing else: another tenant is a 404 as if it
 * did not exist, the admin API a 403, a change a 403; a revoked or made-up key a 401. The key is shown once.
 */
@MicroShedTest
class ReadKeyIT {

    static String mine;
    static String other;

    @BeforeAll
    static void tenants() throws Exception {
        mine = tenant("Read key, mine");
        other = tenant("Read key, other");
    }

    @AfterAll
    static void purge() throws Exception {
        VerifiedTenant.purge(mine);
        VerifiedTenant.purge(other);
    }

    @Test
    void shouldReadItsOwnTenantsOnlyAndNothingOfTheAdminApi() throws Exception {
        String key = issue("platform " + UUID.randomUUID(), mine);

        assertEquals(200, withKey("GET", "/api/tenants/" + mine + "/users", key).statusCode());
        List<Integer> refused = new ArrayList<>();
        for (String path : List.of("/api/tenants/" + other + "/users", "/api/tenants/" + UUID.randomUUID()
                + "/users", "/api/admin/tenants", "/api/admin/audit", "/api/admin/quarantine",
                "/api/admin/api-keys", "/api/admin/tenants/" + mine)) {
            HttpResponse<String> r = withKey("GET", path, key);
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), path);
            refused.add(r.statusCode());
        }
        refused.add(withKey("POST", "/api/admin/tenants/" + mine + "/directory-syncs", key).statusCode());
        refused.add(withKey("DELETE", "/api/admin/tenants/" + mine, key).statusCode());

        assertEquals(List.of(404, 404, 403, 403, 403, 403, 403, 403, 403), refused);
        assertEquals(problemDetail(withKey("GET", "/api/tenants/" + UUID.randomUUID() + "/users", key))
                        .replaceAll("[0-9a-f-]{36}", "ID"),
                problemDetail(withKey("GET", "/api/tenants/" + other + "/users", key))
                        .replaceAll("[0-9a-f-]{36}", "ID"), "another tenant's answer is the one of no tenant at all");
        assertTrue(CollectorApi.json(CollectorApi.get("/api/admin/tenants/" + mine, Account.ADMIN))
                .getBoolean("enabled"), "the refused delete changed nothing");
    }

    @Test
    void shouldStopAtOnceWhenRevokedAndNeverShowTheKeyAgain() throws Exception {
        HttpResponse<String> issued = issueResponse("revoked " + UUID.randomUUID(), mine);
        String key = CollectorApi.json(issued).getString("key");
        String id = CollectorApi.json(issued).getJsonObject("view").getString("id");
        assertEquals("/api/admin/api-keys/" + id, issued.headers().firstValue("Location").orElse(""));
        assertEquals(200, withKey("GET", "/api/tenants/" + mine + "/users", key).statusCode());

        HttpResponse<String> revoked = CollectorApi.delete("/api/admin/api-keys/" + id, Account.ADMIN);

        assertEquals(200, revoked.statusCode(), revoked.body());
        assertFalse(CollectorApi.json(revoked).getString("revokedAt", "").isEmpty());
        assertEquals(401, withKey("GET", "/api/tenants/" + mine + "/users", key).statusCode());
        assertEquals(401, withKey("GET", "/api/tenants/" + mine + "/users", "dxp_" + "A".repeat(43)).statusCode());
        String listed = CollectorApi.get("/api/admin/api-keys", Account.VIEWER).body();
        assertTrue(listed.contains(id), listed);
        assertFalse(listed.contains(key), "a key is shown once, when issued");
        assertFalse(CollectorApi.get("/api/admin/audit?limit=50", Account.ADMIN).body().contains(key),
                "nor in the audit");
    }

    @Test
    void shouldRefuseAKeyForATenantThatDoesNotExistAndLetOnlyTheAdminIssueOne() throws Exception {
        HttpResponse<String> unknown = CollectorApi.postJson("/api/admin/api-keys", "{\"name\":\"x\",\"tenantIds\":[\""
                + UUID.randomUUID() + "\"]}", Account.ADMIN);
        HttpResponse<String> byViewer = CollectorApi.postJson("/api/admin/api-keys", "{\"name\":\"x\",\"tenantIds\":[\""
                + mine + "\"]}", Account.VIEWER);
        HttpResponse<String> noTenant = CollectorApi.postJson("/api/admin/api-keys",
                "{\"name\":\"x\",\"tenantIds\":[]}", Account.ADMIN);

        assertEquals(List.of(404, 403, 400), List.of(unknown.statusCode(), byViewer.statusCode(),
                noTenant.statusCode()));
    }

    private static String issue(String name, String tenant) throws Exception {
        return CollectorApi.json(issueResponse(name, tenant)).getString("key");
    }

    private static HttpResponse<String> issueResponse(String name, String tenant) throws Exception {
        HttpResponse<String> issued = CollectorApi.postJson("/api/admin/api-keys", "{\"name\":\"" + name
                + "\",\"tenantIds\":[\"" + tenant + "\"]}", Account.ADMIN);
        assertEquals(201, issued.statusCode(), issued.body());
        return issued;
    }

    private static String problemDetail(HttpResponse<String> response) {
        JsonObject problem = CollectorApi.json(response);
        return response.statusCode() + " " + problem.getString("detail");
    }

    private static HttpResponse<String> withKey(String method, String path, String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(CollectorApi.root() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key)
                .header("Accept", "application/json, application/problem+json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String tenant(String name) throws Exception {
        HttpResponse<String> created = CollectorApi.postJson("/api/admin/tenants", "{\"name\":\"" + name + " "
                + UUID.randomUUID() + "\",\"apiBaseUrl\":\"http://127.0.0.1:1\",\"clientId\":\"reader\","
                + "\"clientSecret\":\"it-secret-" + UUID.randomUUID() + "\"}", Account.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return CollectorApi.json(created).getString("id");
    }
}
