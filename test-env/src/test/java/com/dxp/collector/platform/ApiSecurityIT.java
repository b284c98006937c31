package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void shouldLetTheAdminWrite() throws Exception {
        assertEquals(201, postJson("/api/admin/audit/notes", "{\"text\":\"admin was here\"}", ADMIN).statusCode());
    }
}
