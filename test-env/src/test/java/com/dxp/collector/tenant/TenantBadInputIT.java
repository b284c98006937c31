package com.dxp.collector.tenant;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.tenant.TenantApi.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.CollectorApi.Account;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every kind of bad request to the tenant admin API gets a clear 4xx problem document and writes nothing: the
 * list of tenants (ids, versions, states, credentials) and the audit trail are the same after it as before.
 */
@MicroShedTest
class TenantBadInputIT {

    static final String SECRET = TenantApi.newSecret();
    static String victim;
    static String victimName;
    static String otherName;

    @BeforeAll
    static void createTenants() throws Exception {
        victimName = "Victim " + UUID.randomUUID();
        JsonObject created = TenantApi.create(TenantApi.newTenantJson(victimName, "client-victim", SECRET));
        victim = created.getString("id");
        otherName = "Other " + UUID.randomUUID();
        TenantApi.create(TenantApi.newTenantJson(otherName, "client-other", TenantApi.newSecret()));
    }

    /** A valid new-tenant body with one property replaced (raw JSON value) or removed (null). */
    static String tenantWith(String property, String rawValue) {
        StringBuilder json = new StringBuilder("{");
        String[][] fields = {{"name", "\"Bad " + UUID.randomUUID() + "\""}, {"apiBaseUrl", "\"http://127.0.0.1:1\""},
                {"clientId", "\"client-bad\""}, {"clientSecret", "\"" + SECRET + "\""}};
        boolean replaced = false;
        for (String[] f : fields) {
            String value = f[0].equals(property) ? rawValue : f[1];
            replaced |= f[0].equals(property);
            if (value != null) {
                json.append(json.length() > 1 ? "," : "").append('"').append(f[0]).append("\":").append(value);
            }
        }
        if (!replaced && rawValue != null) {
            json.append(",\"").append(property).append("\":").append(rawValue);
        }
        return json.append('}').toString();
    }

    static String events(String account, String region, String suffix) {
        return "{" + (account == null ? "" : "\"awsAccountId\":" + account + ",") + "\"awsRegion\":" + region
                + ",\"eventSourceSuffix\":" + suffix + "}";
    }

    /** An update of the victim with one property replaced or removed; {version} is filled in when sent. */
    static String updateWith(String property, String rawValue) {
        StringBuilder json = new StringBuilder("{");
        String[][] fields = {{"version", "{version}"}, {"name", "\"{victimName}\""}, {"region", "\"mypurecloud.de\""},
                {"enabled", "true"}};
        for (String[] f : fields) {
            String value = f[0].equals(property) ? rawValue : f[1];
            if (value != null) {
                json.append(json.length() > 1 ? "," : "").append('"').append(f[0]).append("\":").append(value);
            }
        }
        return json.append('}').toString();
    }

    static Arguments post(String what, String body, int status) {
        return Arguments.of(what, "POST", BASE, "application/json", body, ADMIN, status);
    }

    static Arguments request(String what, String method, String path, String body, Account as, int status) {
        return Arguments.of(what, method, path, body == null ? null : "application/json", body, as, status);
    }

    static Stream<Arguments> badRequests() {
        String q = "\"";
        return Stream.of(
                post("empty body", "", 400),
                post("null body", "null", 400),
                post("array body", "[]", 400),
                post("truncated JSON", "{\"name\":", 400),
                post("not JSON", "name=acme", 400),
                post("no name", tenantWith("name", null), 400),
                post("blank name", tenantWith("name", "\"   \""), 400),
                post("empty name", tenantWith("name", "\"\""), 400),
                post("name of 201 characters", tenantWith("name", q + "n".repeat(201) + q), 400),
                post("name of 100000 characters: a body over 64 KiB", tenantWith("name", q + "n".repeat(100_000) + q),
                        413),
                post("control character in name", tenantWith("name", "\"a\\u0007b\""), 400),
                post("name is an object", tenantWith("name", "{\"x\":1}"), 400),
                post("name is an array", tenantWith("name", "[\"a\"]"), 400),
                post("neither region nor apiBaseUrl", tenantWith("apiBaseUrl", null), 400),
                post("both region and apiBaseUrl", tenantWith("region", "\"mypurecloud.de\""), 400),
                post("unknown region", tenantWith("apiBaseUrl", null).replace("}", ",\"region\":\"mypurecloud.xyz\"}"),
                        400),
                post("empty region", tenantWith("apiBaseUrl", null).replace("}", ",\"region\":\"\"}"), 400),
                post("region of 101 characters", tenantWith("apiBaseUrl", null)
                        .replace("}", ",\"region\":\"" + "r".repeat(101) + "\"}"), 400),
                post("region is a number", tenantWith("apiBaseUrl", null).replace("}", ",\"region\":42}"), 400),
                post("ftp base URL", tenantWith("apiBaseUrl", "\"ftp://127.0.0.1\""), 400),
                post("base URL that is no URL", tenantWith("apiBaseUrl", "\"not a url\""), 400),
                post("relative base URL", tenantWith("apiBaseUrl", "\"/genesys\""), 400),
                post("base URL with user info", tenantWith("apiBaseUrl", "\"http://u:p@127.0.0.1\""), 400),
                post("base URL with a query", tenantWith("apiBaseUrl", "\"http://127.0.0.1?x=1\""), 400),
                post("base URL of 501 characters", tenantWith("apiBaseUrl",
                        "\"http://127.0.0.1/" + "p".repeat(484) + "\""), 400),
                post("login base URL with a region", tenantWith("apiBaseUrl", null)
                        .replace("}", ",\"region\":\"mypurecloud.de\",\"loginBaseUrl\":\"https://login.x\"}"), 400),
                post("javascript login base URL", tenantWith("loginBaseUrl", "\"javascript:alert(1)\""), 400),
                post("no client id", tenantWith("clientId", null), 400),
                post("blank client id", tenantWith("clientId", "\" \""), 400),
                post("client id with a space", tenantWith("clientId", "\"client 1\""), 400),
                post("client id of 201 characters", tenantWith("clientId", q + "c".repeat(201) + q), 400),
                post("no client secret", tenantWith("clientSecret", null), 400),
                post("blank client secret", tenantWith("clientSecret", "\"  \""), 400),
                post("client secret of 1001 characters", tenantWith("clientSecret", q + "s".repeat(1001) + q), 400),
                post("enabled is a string", tenantWith("enabled", "\"yes\""), 400),
                post("enabled is an object", tenantWith("enabled", "{}"), 400),
                post("enabled is a number", tenantWith("enabled", "1"), 400),
                request("update with enabled as a string", "PUT", BASE + "/{victim}", updateWith("enabled", "\"false\""),
                        ADMIN, 400),
                post("eventBridge is a string", tenantWith("eventBridge", "\"arn\""), 400),
                post("AWS account of 5 digits", tenantWith("eventBridge",
                        events("\"12345\"", "\"eu-central-1\"", "\"x\"")), 400),
                post("AWS account of letters", tenantWith("eventBridge",
                        events("\"abcdefghijkl\"", "\"eu-central-1\"", "\"x\"")), 400),
                post("AWS account of 13 digits", tenantWith("eventBridge",
                        events("\"1234567890123\"", "\"eu-central-1\"", "\"x\"")), 400),
                post("no AWS account", tenantWith("eventBridge", events(null, "\"eu-central-1\"", "\"x\"")), 400),
                post("AWS region that is none", tenantWith("eventBridge",
                        events("\"123456789012\"", "\"Frankfurt\"", "\"x\"")), 400),
                post("event source suffix with a slash", tenantWith("eventBridge",
                        events("\"123456789012\"", "\"eu-central-1\"", "\"a/b\"")), 400),
                post("event source suffix of 65 characters", tenantWith("eventBridge",
                        events("\"123456789012\"", "\"eu-central-1\"", q + "s".repeat(65) + q)), 400),
                Arguments.of("text instead of JSON", "POST", BASE, "text/plain", tenantWith("x", null), ADMIN, 415),
                request("viewer adds a tenant", "POST", BASE, tenantWith("x", null), VIEWER, 403),
                request("anonymous adds a tenant", "POST", BASE, tenantWith("x", null), NOBODY, 401),
                post("name of an existing tenant in other case", tenantWith("name", "\"{VICTIMNAME}\""), 409),

                request("update without version", "PUT", BASE + "/{victim}", updateWith("version", null), ADMIN, 400),
                request("update of a stale version", "PUT", BASE + "/{victim}", updateWith("version", "999999"), ADMIN,
                        409),
                request("update to a blank name", "PUT", BASE + "/{victim}", updateWith("name", "\" \""), ADMIN, 400),
                request("update to an unknown region", "PUT", BASE + "/{victim}",
                        updateWith("region", "\"mypurecloud.xyz\""), ADMIN, 400),
                request("update without enabled", "PUT", BASE + "/{victim}", updateWith("enabled", null), ADMIN, 400),
                request("update to another tenant's name", "PUT", BASE + "/{victim}",
                        updateWith("name", "\"{otherName}\""), ADMIN, 409),
                request("viewer updates", "PUT", BASE + "/{victim}", updateWith("x", null), VIEWER, 403),
                request("update of a malformed id", "PUT", BASE + "/not-a-uuid", updateWith("x", null), ADMIN, 404),
                request("update of an unknown id", "PUT", BASE + "/" + UUID.randomUUID(), updateWith("x", null), ADMIN,
                        404),

                request("read a malformed id", "GET", BASE + "/not-a-uuid", null, ADMIN, 404),
                request("read an unknown id", "GET", BASE + "/" + UUID.randomUUID(), null, VIEWER, 404),
                request("page size 0", "GET", BASE + "?limit=0", null, ADMIN, 400),
                request("page size 201", "GET", BASE + "?limit=201", null, ADMIN, 400),
                request("unknown state filter", "GET", BASE + "?state=SLEEPING", null, ADMIN, 400),
                request("enabled filter neither true nor false", "GET", BASE + "?enabled=maybe", null, ADMIN, 400),
                request("cursor not issued", "GET", BASE + "?cursor=garbage", null, ADMIN, 400),

                request("disable an unknown id", "DELETE", BASE + "/" + UUID.randomUUID(), null, ADMIN, 404),
                request("disable a malformed id", "DELETE", BASE + "/x", null, ADMIN, 404),
                request("purge flag neither true nor false", "DELETE", BASE + "/{victim}?purge=maybe", null, ADMIN,
                        400),
                request("purge an enabled tenant", "DELETE", BASE + "/{victim}?purge=true", null, ADMIN, 409),
                request("purge an unknown tenant", "DELETE", BASE + "/" + UUID.randomUUID() + "?purge=true", null,
                        ADMIN, 404),
                request("viewer purges", "DELETE", BASE + "/{victim}?purge=true", null, VIEWER, 403),
                request("purge run of a tenant never purged", "GET", BASE + "/{victim}/purge", null, VIEWER, 404),
                request("purge run of a malformed id", "GET", BASE + "/x/purge", null, ADMIN, 404),
                request("viewer disables", "DELETE", BASE + "/{victim}", null, VIEWER, 403),

                request("credentials with a blank secret", "PUT", BASE + "/{victim}/credentials",
                        "{\"clientId\":\"c\",\"clientSecret\":\" \"}", ADMIN, 400),
                request("credentials without client id", "PUT", BASE + "/{victim}/credentials",
                        "{\"clientSecret\":\"" + SECRET + "\"}", ADMIN, 400),
                request("credentials of an unknown tenant", "PUT", BASE + "/" + UUID.randomUUID() + "/credentials",
                        "{\"clientId\":\"c\",\"clientSecret\":\"" + SECRET + "\"}", ADMIN, 404),
                request("viewer replaces credentials", "PUT", BASE + "/{victim}/credentials",
                        "{\"clientId\":\"c\",\"clientSecret\":\"" + SECRET + "\"}", VIEWER, 403),
                Arguments.of("verify an unknown tenant", "POST", BASE + "/" + UUID.randomUUID() + "/verify",
                        "application/json", "", ADMIN, 404),
                Arguments.of("viewer verifies", "POST", BASE + "/{victim}/verify", "application/json", "", VIEWER,
                        403));
    }

    @ParameterizedTest(name = "{0} -> {6}")
    @MethodSource("badRequests")
    void shouldRefuseWithAProblemAndWriteNothing(String what, String method, String path, String contentType,
                                                 String body, Account as, int status) throws Exception {
        List<String> before = TenantApi.snapshot();
        long newestAudit = TenantApi.newestAuditId();

        HttpResponse<String> response = TenantApi.call(method, fill(path), contentType, fill(body), as);

        assertEquals(status, response.statusCode(), what + ": " + response.body());
        if (status != 401) {
            // 401 is answered by the web container's authentication, before the application
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""),
                    what);
            JsonObject problem = json(response);
            assertEquals(status, problem.getInt("status"));
            assertFalse(problem.getString("title").isBlank());
            assertFalse(response.body().contains("Exception"), "leaks exception names: " + response.body());
        }
        assertEquals(before, TenantApi.snapshot(), what + " changed the tenants");
        assertEquals(newestAudit, TenantApi.newestAuditId(), what + " wrote an audit entry");
        assertTrue(response.statusCode() < 500);
    }

    private static String fill(String text) throws Exception {
        if (text == null) {
            return null;
        }
        if (text.contains("{version}")) {
            text = text.replace("{version}", Long.toString(currentVictimVersion()));
        }
        return text.replace("{victim}", victim)
                .replace("{victimName}", victimName).replace("{VICTIMNAME}", victimName.toUpperCase())
                .replace("{otherName}", otherName);
    }

    private static long currentVictimVersion() throws Exception {
        return json(TenantApi.get(BASE + "/" + victim, ADMIN)).getJsonNumber("version").longValue();
    }
}
