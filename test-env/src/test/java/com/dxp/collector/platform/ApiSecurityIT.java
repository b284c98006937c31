package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class ApiSecurityIT {

    @Test
    void shouldAskAnonymousCallersToAuthenticate() throws Exception {
        HttpResponse<String> response = get("/api/admin/audit", NOBODY);

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void shouldRefuseAWrongPassword() throws Exception {
        String token = Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(CollectorApi.root() + "/api/admin/audit"))
                .header("Authorization", "Basic " + token).GET().build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
    }

    @Test
    void shouldAnswerAnAnonymousCallerWithAProblemDocumentItsCorrelationIdAndNoHtml() throws Exception {
        HttpResponse<String> response = get("/api/admin/audit", NOBODY);

        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""), response.body());
        assertEquals(401, json(response).getInt("status"));
        assertEquals(response.headers().firstValue("X-Correlation-Id").orElseThrow(),
                json(response).getString("correlationId"));
    }

    @Test
    void shouldAnswerAPathNothingServesWithAProblemDocument() throws Exception {
        HttpResponse<String> response = get("/no-such-page", NOBODY);

        assertEquals(404, response.statusCode());
        assertEquals(404, json(response).getInt("status"), response.body());
    }

    @Test
    void shouldSetNoSessionCookieOnTheBasicAuthenticatedApi() throws Exception {
        HttpResponse<String> response = get("/api/admin/audit", ADMIN);

        assertEquals(200, response.statusCode());
        assertEquals(List.of(), response.headers().allValues("Set-Cookie"), "no LtpaToken2 or session cookie");
    }

    /**
     * Browsers send cached Basic credentials with any request to the site, so a hostile page's form or no-CORS
     * fetch must not be able to change anything: form and plain-text bodies are 415, requests the browser marks as
     * cross-site are 403, and the queue they aimed at keeps running.
     */
    @Test
    void shouldRefuseChangesAPageOfAnotherSiteCouldSend() throws Exception {
        String queue;
        try (jakarta.json.JsonReader queues = jakarta.json.Json.createReader(new java.io.StringReader(
                get("/api/admin/event-queues", VIEWER).body()))) {
            queue = queues.readArray().getJsonObject(0).getString("name");
        }
        String stop = "/api/admin/event-queues/" + queue + "/stop";

        List<HttpResponse<String>> refused = List.of(
                write(stop, "application/x-www-form-urlencoded", "x=1", null, null),
                write(stop, "multipart/form-data; boundary=b", "--b--", null, null),
                write("/api/admin/audit/notes", "text/plain", "{\"text\":\"forged\"}", null, null),
                write(stop, null, null, "https://evil.test", "cross-site"),
                write("/api/admin/audit/notes", "application/json", "{\"text\":\"forged\"}", "https://evil.test",
                        null));

        assertEquals(List.of(415, 415, 415, 403, 403), refused.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> r : refused) {
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), r.body());
        }
        assertEquals("RUNNING", json(get("/api/admin/event-queues/" + queue, VIEWER)).getString("state"));
        assertTrue(get("/api/admin/audit?limit=20", VIEWER).body().indexOf("forged") < 0, "no note was written");
    }

    private static HttpResponse<String> write(String path, String type, String body, String origin, String site)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CollectorApi.root() + path))
                .timeout(java.time.Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN.username + ":"
                        + ADMIN.password).getBytes(StandardCharsets.UTF_8)))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (site != null) {
            request.header("Sec-Fetch-Site", site);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Guessing passwords is slowed down per user name and address: 5 failures cost nothing, the 6th locks the pair
     * out for a second, and while locked it is answered 429 with Retry-After, its password not even checked. With no
     * trusted proxy configured, an {@code X-Forwarded-For} naming another client each time changes nothing.
     */
    @Test
    void shouldLockOutAUserNameThatKeepsFailingFromOneAddress() throws Exception {
        String user = "guesser-" + java.util.UUID.randomUUID();
        List<Integer> statuses = new java.util.ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(CollectorApi.root()
                    + "/api/admin/audit")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":guess-" + i).getBytes(StandardCharsets.UTF_8)))
                    .header("X-Forwarded-For", "203.0.113." + i).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(last.statusCode());
        }

        assertEquals(List.of(401, 401, 401, 401, 401, 401, 429), statuses);
        assertEquals("1", last.headers().firstValue("Retry-After").orElse(""), last.body());
        assertEquals("application/problem+json", last.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""), last.body());
        assertEquals(429, json(last).getInt("status"), last.body());
        assertEquals(200, get("/api/admin/audit", ADMIN).statusCode(), "the admin is not locked out with it");
    }

    /**
     * Over HTTPS (the server's keystore, here the one Liberty generates at TLS_KEYSTORE_PATH's default) the API
     * answers with Strict-Transport-Security, so a browser that came once never falls back to plain HTTP.
     */
    @Test
    void shouldServeTheApiOverHttpsWithStrictTransportSecurity() throws Exception {
        javax.net.ssl.HttpsURLConnection https = CollectorApi.httpsGet("/api/admin/audit", ADMIN);

        assertEquals(200, https.getResponseCode());
        assertTrue(String.valueOf(https.getHeaderField("Strict-Transport-Security")).startsWith("max-age="),
                https.getHeaderFields().toString());
        https.disconnect();
        assertEquals(List.of(), get("/api/admin/audit", ADMIN).headers().allValues("Strict-Transport-Security"),
                "not over plain HTTP");
    }

    /**
     * A header that is neither Basic credentials nor a read key is a 401 problem document with the challenge, never
     * a stack. The admin's own credentials spelled as no client spells them (two spaces, no padding) are such a
     * header too: Liberty's own audit code fails on them (a 500 before), so they are not credentials.
     */
    @Test
    void shouldAnswerAHeaderThatIsNoCredentialWith401ProblemDocument() throws Exception {
        String admin = Base64.getEncoder().encodeToString((ADMIN.username + ":" + ADMIN.password)
                .getBytes(StandardCharsets.UTF_8));
        // one client throughout, as an API client keeps its connections: each answer must leave them usable
        HttpClient client = HttpClient.newHttpClient();
        for (String header : List.of("Basic %%%", "Basic ", "Basic  " + admin, "Basic YWRtaW4=", "Bearer x",
                "Basic YWRtaW46eA", "Basic " + "A".repeat(2_000), "Digest username=\"admin\"")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(
                    CollectorApi.root() + "/api/admin/audit")).header("Authorization", header).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            String what = header.substring(0, Math.min(20, header.length()));
            assertEquals(401, response.statusCode(), what);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), what);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                    .replaceAll(";.*", ""), what + ": " + response.body());
            assertEquals(401, json(response).getInt("status"), response.body());
            assertFalse(json(response).getString("correlationId").isBlank(), response.body());
            assertFalse(response.body().contains("Exception") || response.body().contains("at com."),
                    response.body());
        }
        assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(CollectorApi.root() + "/api/admin/audit"))
                .header("Authorization", "Basic " + admin).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "the same client's next request");
    }

    @Test
    void shouldLetTheViewerRead() throws Exception {
        assertEquals(200, get("/api/admin/audit", VIEWER).statusCode());
    }

    @Test
    void shouldForbidTheViewerToWrite() throws Exception {
        HttpResponse<String> response = postJson("/api/admin/audit/notes", "{\"text\":\"viewer was here\"}", VIEWER);

        assertEquals(403, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(403, json(response).getInt("status"));
    }

    @Test
    void shouldLetTheAdminWriteAndAnswerWithALocationThatNamesNoHost() throws Exception {
        HttpResponse<String> created = postJson("/api/admin/audit/notes", "{\"text\":\"admin was here\"}", ADMIN);

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith("/api/admin/audit/"), "a path, not a URL built from the Host header: "
                + location);
    }
}
