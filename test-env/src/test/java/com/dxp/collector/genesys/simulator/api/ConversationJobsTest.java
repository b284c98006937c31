package com.dxp.collector.genesys.simulator.api;

import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_CLIENT;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AsyncQueryStatus;
import com.mypurecloud.sdk.v2.model.AsyncQueryStatus.StateEnum;
import com.mypurecloud.sdk.v2.model.DataAvailabilityResponse;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationJobsTest extends RunningSimulatorTest.AsFullClient {

    private static final String JOBS = "/api/v2/analytics/conversations/details/jobs";
    private static final String BULK = "{\"interval\":\"2026-05-01T00:00:00Z/2026-05-02T00:00:00Z\"}";
    private static final Duration UNTIL_FULFILLED = Duration.ofSeconds(30);

    @Test
    void shouldMoveAJobFromQueuedToFulfilledToExpiredOnTheClock() {
        String jobId = submit(BULK);
        assertEquals(StateEnum.QUEUED, status(jobId).getState());
        clock.advance(Duration.ofSeconds(10));
        assertEquals(StateEnum.PENDING, status(jobId).getState());
        assertEquals(400, client.get(JOBS + "/" + jobId + "/results", token).statusCode());

        clock.advance(Duration.ofSeconds(20));
        AsyncQueryStatus fulfilled = status(jobId);

        assertEquals(StateEnum.FULFILLED, fulfilled.getState());
        assertEquals(SimulatorFixture.NOW.plus(UNTIL_FULFILLED), fulfilled.getCompletionDate().toInstant());
        assertEquals(SimulatorFixture.NOW, fulfilled.getSubmissionDate().toInstant());
        assertEquals(SimulatorFixture.NOW.plus(UNTIL_FULFILLED).plus(Duration.ofHours(1)),
                fulfilled.getExpirationDate().toInstant());
        clock.advance(Duration.ofHours(1));
        token = client.token(FULL_CLIENT, FULL_SECRET);
        assertEquals(StateEnum.EXPIRED, status(jobId).getState());
        HttpResponse<String> expired = client.get(JOBS + "/" + jobId + "/results", token);
        assertEquals(400, expired.statusCode());
        GenesysSchemaOracle.read(expired.body(), ErrorBody.class);
        clock.advance(Duration.ofHours(1));
        token = client.token(FULL_CLIENT, FULL_SECRET);
        assertEquals(404, client.get(JOBS + "/" + jobId, token).statusCode(), "forgotten");
    }

    @Test
    void shouldKeepJobsSubmittedWhileJobsAreSlowQueuedLongerAndOthersAsSet() {
        String before = submit(BULK);
        simulator.control().queueJobsLonger(Duration.ofMinutes(10));
        String slow = submit(BULK);
        simulator.control().queueJobsLonger(Duration.ZERO);

        clock.advance(UNTIL_FULFILLED);

        assertEquals(StateEnum.FULFILLED, status(before).getState());
        assertEquals(StateEnum.QUEUED, status(slow).getState(), "queued ten minutes longer");
        clock.advance(Duration.ofMinutes(10));
        assertEquals(StateEnum.FULFILLED, status(slow).getState());
    }

    @Test
    void shouldPageResultsByStableCursors() {
        String jobId = submit(BULK);
        clock.advance(UNTIL_FULFILLED);

        List<String> ids = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            AnalyticsConversationAsyncQueryResponse page = results(jobId, cursor == null ? "" : "cursor=" + cursor);
            page.getConversations().forEach(c -> ids.add(c.getConversationId()));
            cursor = page.getCursor();
            if (cursor != null) {
                cursors.add(cursor);
            }
        } while (cursor != null);

        assertEquals(SimulatorFixture.BULK_COUNT, ids.size());
        assertEquals(SimulatorFixture.BULK_COUNT, ids.stream().distinct().count());
        assertEquals(2, cursors.size(), "pages of the maximum size 50 by default");
        clock.advance(Duration.ofMinutes(30));
        List<String> again = results(jobId, "cursor=" + cursors.get(0)).getConversations().stream()
                .map(AnalyticsConversation::getConversationId).toList();
        assertEquals(ids.subList(50, 100), again);
        assertEquals(10, results(jobId, "pageSize=10").getConversations().size());
        assertEquals(400, client.get(JOBS + "/" + jobId + "/results?pageSize=51", token).statusCode());
        assertEquals(400, client.get(JOBS + "/" + jobId + "/results?cursor=bogus", token).statusCode());
    }

    @Test
    void shouldIncludeParticipantAttributesInResults() {
        String jobId = submit("{\"interval\":\"2026-05-13T00:00:00Z/2026-05-14T00:00:00Z\"}");
        clock.advance(UNTIL_FULFILLED);

        AnalyticsConversation first = results(jobId, "").getConversations().get(0);

        assertEquals("crm-" + first.getConversationId(),
                first.getParticipants().get(0).getAttributes().get("crmId"));
    }

    @Test
    void shouldMatchByLifetimeOverlapUnlessStartOfDayMatchingIsAsked() {
        String overlap = submit("{\"interval\":\"2026-05-13T00:00:00Z/2026-05-13T00:08:00Z\"}");
        String byDay = submit("{\"interval\":\"2026-05-13T00:00:00Z/2026-05-13T00:08:00Z\","
                + "\"startOfDayIntervalMatching\":true}");
        clock.advance(UNTIL_FULFILLED);

        assertEquals(List.of("c-prev"), ids(results(overlap, "")));
        assertEquals(List.of("c-voice-1", "c-msg-1", "c-voice-2"), ids(results(byDay, "")));
    }

    @Test
    void shouldHonourFiltersOrderAndLimit() {
        String jobId = submit("{\"interval\":\"2026-05-01T00:00:00Z/2026-05-02T00:00:00Z\",\"order\":\"desc\","
                + "\"limit\":3,\"segmentFilters\":[{\"type\":\"and\",\"predicates\":[{\"dimension\":\"mediaType\","
                + "\"value\":\"message\"}]}]}");
        clock.advance(UNTIL_FULFILLED);

        assertEquals(List.of("bulk-119", "bulk-117", "bulk-115"), ids(results(jobId, "")));
    }

    @Test
    void shouldLeaveOutDataNewerThanTheDataAvailabilityDate() {
        String today = "{\"interval\":\"2026-05-20T00:00:00Z/2026-05-20T12:00:00Z\"}";
        String jobId = submit(today);
        clock.advance(UNTIL_FULFILLED);

        AnalyticsConversationAsyncQueryResponse page = results(jobId, "");
        DataAvailabilityResponse availability = GenesysSchemaOracle.read(
                client.get(JOBS + "/availability", token).body(), DataAvailabilityResponse.class);

        Instant expected = SimulatorFixture.NOW.plus(UNTIL_FULFILLED).minus(Duration.ofHours(6));
        assertEquals(expected, page.getDataAvailabilityDate().toInstant());
        assertEquals(expected, availability.getDataAvailabilityDate().toInstant());
        assertEquals(List.of(), ids(page), "c-recent started after the cut-off");
        assertEquals(200, client.post("/api/v2/analytics/conversations/details/query", token, today).statusCode());
        assertTrue(client.post("/api/v2/analytics/conversations/details/query", token, today).body()
                .contains("c-recent"), "the query endpoint has fresh data");
    }

    @Test
    void shouldRefuseMoreConcurrentJobsThanTheOrgMay() {
        submit(BULK);
        String second = submit(BULK);

        HttpResponse<String> third = client.post(JOBS, token, BULK);

        assertEquals(429, third.statusCode());
        assertEquals("31", third.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("too.many.requests", GenesysSchemaOracle.read(third.body(), ErrorBody.class).getCode());
        assertEquals(204, client.delete(JOBS + "/" + second, token).statusCode());
        assertEquals(StateEnum.CANCELLED, status(second).getState());
        assertEquals(202, client.post(JOBS, token, BULK).statusCode(), "a cancelled job frees its slot");
        assertEquals(400, client.get(JOBS + "/" + second + "/results", token).statusCode());
        clock.advance(UNTIL_FULFILLED);
        assertEquals(202, client.post(JOBS, token, BULK).statusCode());
    }

    @Test
    void shouldNotFindUnknownJobsOrJobsOfAnotherOrg() {
        String jobId = submit(BULK);
        String other = client.token(SimulatorFixture.OTHER_CLIENT, SimulatorFixture.OTHER_SECRET);

        HttpResponse<String> unknown = client.get(JOBS + "/no-such-job", token);

        assertEquals(404, unknown.statusCode());
        assertEquals("not.found", GenesysSchemaOracle.read(unknown.body(), ErrorBody.class).getCode());
        assertEquals(404, client.get(JOBS + "/" + jobId, other).statusCode());
        assertEquals(400, client.post(JOBS, token, "{\"interval\":\"nonsense\"}").statusCode());
    }

    private String submit(String body) {
        HttpResponse<String> response = client.post(JOBS, token, body);
        assertEquals(202, response.statusCode(), response.body());
        String jobId = GenesysSchemaOracle.read(response.body(), AsyncQueryResponse.class).getJobId();
        assertNotNull(jobId);
        return jobId;
    }

    private AsyncQueryStatus status(String jobId) {
        HttpResponse<String> response = client.get(JOBS + "/" + jobId, token);
        assertEquals(200, response.statusCode(), response.body());
        return GenesysSchemaOracle.read(response.body(), AsyncQueryStatus.class);
    }

    private AnalyticsConversationAsyncQueryResponse results(String jobId, String query) {
        HttpResponse<String> response = client.get(JOBS + "/" + jobId + "/results?" + query, token);
        assertEquals(200, response.statusCode(), response.body());
        AnalyticsConversationAsyncQueryResponse page =
                GenesysSchemaOracle.read(response.body(), AnalyticsConversationAsyncQueryResponse.class);
        assertFalse(response.body().contains("\"cursor\":null"));
        return page;
    }

    private static List<String> ids(AnalyticsConversationAsyncQueryResponse page) {
        return page.getConversations().stream().map(AnalyticsConversation::getConversationId).toList();
    }
}
