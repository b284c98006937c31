package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class ProblemResponsesIT {

    @Test
    void shouldAnswerMalformedJsonWithABadRequestProblem() throws Exception {
        HttpResponse<String> response = postJson("/api/admin/audit/notes", "{\"text\": ", ADMIN);

        JsonObject problem = assertProblem(response, 400);
        assertEquals("/api/admin/audit/notes", problem.getString("instance"));
    }

    /**
     * Each client error, whoever answers it (a resource, the security layer, the container), carries a correlation id
     * in its problem document and its header, and the server logs a line with that id: an operator finds the log
     * line from the id a caller quotes.
     */
    @Test
    void shouldLogEveryClientErrorWithTheCorrelationIdItsCallerSees() throws Exception {
        ServerLog log = ServerLog.mark();
        List<HttpResponse<String>> answers = List.of(
                postJson("/api/admin/audit/notes", "{\"text\": ", ADMIN),
                postJson("/api/admin/audit/notes", "{\"text\":\"viewer was here\"}", CollectorApi.Account.VIEWER),
                get("/api/admin/tenants", CollectorApi.Account.NOBODY),
                get("/api/admin/tenants/" + UUID.randomUUID(), ADMIN));

        List<Integer> statuses = new ArrayList<>();
        for (HttpResponse<String> answer : answers) {
            statuses.add(answer.statusCode());
            String id = json(answer).getString("correlationId");
            assertFalse(id.isBlank(), answer.body());
            assertEquals(id, answer.headers().firstValue("X-Correlation-Id").orElse(""), answer.body());
            await("the " + answer.statusCode() + " logged with its correlation id").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500)).until(() -> log.since().contains("[correlationId=" + id
                            + "]"));
        }
        assertEquals(List.of(400, 403, 401, 404), statuses);
    }

    @Test
    void shouldSayABadDateInTheBodyIsABadDate() throws Exception {
        HttpResponse<String> response = postJson("/api/admin/tenants/" + UUID.randomUUID() + "/backfills",
                "{\"from\":\"yesterday\",\"to\":\"2026-01-02T00:00:00Z\"}", ADMIN);

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(json(response).getString("detail").contains("'yesterday' in the request body is not an ISO-8601"
                + " instant"), response.body());
    }

    @Test
    void shouldAnswerAnUnknownPathWithANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/no/such/thing", ADMIN);

        assertProblem(response, 404);
    }

    @Test
    void shouldNameTheInvalidFields() throws Exception {
        HttpResponse<String> response = postJson("/api/admin/audit/notes", "{\"text\":\"  \"}", ADMIN);

        JsonObject problem = assertProblem(response, 400);
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("note.text", error.getString("field"), response.body());
    }

    @Test
    void shouldAnswerAQueryParameterOfTheWrongTypeWithABadRequestNamingIt() throws Exception {
        for (String path : new String[] {"/api/admin/audit?limit=abc", "/api/admin/tenants?limit=1e3",
                "/api/admin/quarantine?limit=99999999999"}) {
            JsonObject problem = assertProblem(get(path, ADMIN), 400);
            assertEquals("limit", problem.getJsonArray("errors").getJsonObject(0).getString("field"), path);
        }
    }

    /** The API's answers are not cached, sniffed or (over HTTPS) downgraded. */
    @Test
    void shouldMarkEveryAnswerNotForCachingOrSniffing() throws Exception {
        for (HttpResponse<String> response : java.util.List.of(get("/api/admin/audit", ADMIN),
                get("/api/no/such/thing", ADMIN), get("/api/admin/audit", CollectorApi.Account.NOBODY))) {
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), response.uri()
                    + " " + response.statusCode());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    /** Bodies other than imports hold 64 KiB (API_MAX_BODY_KB), declared or sent in chunks. */
    @Test
    void shouldRefuseABodyOverItsSizeWritingNothing() throws Exception {
        String text = "too long " + UUID.randomUUID();
        String body = "{\"text\":\"" + text + " " + "x".repeat(70_000) + "\"}";

        assertProblem(postJson("/api/admin/audit/notes", body, ADMIN), 413);
        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                CollectorApi.root() + "/api/admin/audit/notes"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:"
                        + System.getProperty("it.admin.password")).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build();
        assertProblem(java.net.http.HttpClient.newHttpClient().send(chunked,
                HttpResponse.BodyHandlers.ofString()), 413);
        assertFalse(get("/api/admin/audit?limit=20", ADMIN).body().contains(text), "no note was written");
    }

    @Test
    void shouldRejectACursorItDidNotIssue() throws Exception {
        HttpResponse<String> response = get("/api/admin/audit?cursor=not-a-cursor", ADMIN);

        JsonObject problem = assertProblem(response, 400);
        assertTrue(problem.getString("detail").contains("cursor"), response.body());
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("correlationId").isBlank());
        assertEquals(problem.getString("correlationId"),
                response.headers().firstValue("X-Correlation-Id").orElse(""));
        assertFalse(response.body().contains("Exception"), "leaks exception names: " + response.body());
        return problem;
    }
}
