package com.dxp.collector.genesys.simulator.api;

import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_CLIENT;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributesMultiGetResponse;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetailsQueryEndpointTest extends RunningSimulatorTest.AsFullClient {

    private static final String QUERY = "/api/v2/analytics/conversations/details/query";
    private static final String DAY_13 = "2026-05-13T12:00:00.000Z/2026-05-13T13:00:00.000Z";
    private static final String TODAY = "2026-05-20T00:00:00Z/2026-05-20T12:00:00Z";

    @Test
    void shouldReturnEveryConversationStartingOnAUtcDayTheIntervalTouches() {
        AnalyticsConversationQueryResponse response = query("{\"interval\":\"" + DAY_13 + "\"}");

        assertEquals(List.of("c-voice-1", "c-msg-1", "c-voice-2"), ids(response));
        assertEquals(3, response.getTotalHits());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "across midnight, 2026-05-13T23:00:00Z/2026-05-14T01:00:00Z, 4",
        "ending at midnight, 2026-05-13T23:00:00Z/2026-05-14T00:00:00Z, 3",
        "offset notation, 2026-05-14T01:00:00+02:00/2026-05-14T02:00:00+02:00, 3"})
    void shouldTreatTheIntervalEndAsExclusive(String name, String interval, int hits) {
        assertEquals(hits, query("{\"interval\":\"" + interval + "\"}").getTotalHits());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "media type or|{\"type\":\"or\",\"predicates\":[{\"dimension\":\"mediaType\",\"value\":\"voice\"},"
                + "{\"dimension\":\"mediaType\",\"value\":\"message\"}]}|c-voice-1,c-msg-1,c-voice-2",
        "voice only|{\"type\":\"and\",\"predicates\":[{\"type\":\"dimension\",\"dimension\":\"mediaType\","
                + "\"operator\":\"matches\",\"value\":\"voice\"}]}|c-voice-1,c-voice-2",
        "user and direction|{\"type\":\"and\",\"predicates\":[{\"dimension\":\"userId\",\"value\":\"u1\"},"
                + "{\"dimension\":\"direction\",\"value\":\"outbound\"}]}|c-voice-2",
        "queue|{\"type\":\"and\",\"predicates\":[{\"dimension\":\"queueId\",\"value\":\"q2\"}]}|c-msg-1",
        "conversation id|{\"type\":\"and\",\"predicates\":[{\"dimension\":\"conversationId\","
                + "\"value\":\"c-voice-1\"}]}|c-voice-1",
        "nested clauses|{\"type\":\"and\",\"clauses\":[{\"type\":\"or\",\"predicates\":[{\"dimension\":"
                + "\"originatingDirection\",\"value\":\"outbound\"},{\"dimension\":\"queueId\",\"value\":\"q2\"}]}]}"
                + "|c-msg-1,c-voice-2"})
    void shouldApplySegmentFilters(String name, String filter, String expected) {
        AnalyticsConversationQueryResponse response = query("{\"interval\":\"" + DAY_13
                + "\",\"segmentFilters\":[" + filter + "]}");

        assertEquals(List.of(expected.split(",")), ids(response));
    }

    @Test
    void shouldTellCompleteFromLiveConversationsByConversationEnd() {
        String ended = "{\"interval\":\"" + TODAY + "\",\"conversationFilters\":[{\"type\":\"and\",\"predicates\":"
                + "[{\"dimension\":\"conversationEnd\",\"operator\":\"%s\"}]}]}";

        AnalyticsConversationQueryResponse complete = query(String.format(ended, "exists"));
        AnalyticsConversationQueryResponse live = query(String.format(ended, "notExists"));

        assertEquals(List.of("c-recent"), ids(complete));
        assertEquals(List.of("c-live"), ids(live));
        assertNull(live.getConversations().get(0).getConversationEnd());
    }

    @Test
    void shouldOrderAsRequested() {
        assertEquals(List.of("c-voice-2", "c-msg-1", "c-voice-1"),
                ids(query("{\"interval\":\"" + DAY_13 + "\",\"order\":\"desc\"}")));
        assertEquals(List.of("c-recent", "c-live"),
                ids(query("{\"interval\":\"" + TODAY + "\",\"orderBy\":\"conversationEnd\"}")));
        assertEquals(List.of("c-live", "c-recent"),
                ids(query("{\"interval\":\"" + TODAY + "\",\"orderBy\":\"segmentStart\",\"order\":\"desc\"}")));
    }

    @Test
    void shouldPageWithTotalHitsAndOmitConversationsOnAnEmptyPage() {
        String bulk = "{\"interval\":\"2026-05-01T00:00:00Z/2026-05-02T00:00:00Z\",\"paging\":{\"pageSize\":50,"
                + "\"pageNumber\":%d}}";

        AnalyticsConversationQueryResponse first = query(String.format(bulk, 1));
        AnalyticsConversationQueryResponse last = query(String.format(bulk, 3));
        HttpResponse<String> beyond = client.post(QUERY, token, String.format(bulk, 4));

        assertEquals(50, first.getConversations().size());
        assertEquals("bulk-000", first.getConversations().get(0).getConversationId());
        assertEquals(20, last.getConversations().size());
        assertEquals("bulk-119", last.getConversations().get(19).getConversationId());
        assertEquals(120, last.getTotalHits());
        assertEquals(200, beyond.statusCode());
        assertEquals("{\"totalHits\":120}", beyond.body());
        GenesysSchemaOracle.read(beyond.body(), AnalyticsConversationQueryResponse.class);
        assertEquals(25, query("{\"interval\":\"2026-05-01T00:00:00Z/2026-05-01T01:00:00Z\"}")
                .getConversations().size(), "default page size");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no interval|{}|An interval is required.",
        "not an interval|{\"interval\":\"yesterday\"}|",
        "end before start|{\"interval\":\"2026-05-13T12:00:00Z/2026-05-13T12:00:00Z\"}|",
        "8 days unfiltered|{\"interval\":\"2026-05-01T00:00:00Z/2026-05-09T00:00:00Z\"}|",
        "32 days filtered|{\"interval\":\"2026-04-01T00:00:00Z/2026-05-03T00:00:00Z\",\"segmentFilters\":"
                + "[{\"type\":\"and\",\"predicates\":[{\"dimension\":\"mediaType\",\"value\":\"voice\"}]}]}|",
        "page too large|{\"interval\":\"" + DAY_13 + "\",\"paging\":{\"pageSize\":101,\"pageNumber\":1}}|",
        "page zero|{\"interval\":\"" + DAY_13 + "\",\"paging\":{\"pageSize\":10,\"pageNumber\":0}}|",
        "past the result cap|{\"interval\":\"" + DAY_13 + "\",\"paging\":{\"pageSize\":100,\"pageNumber\":11}}"
                + "|Pagination may not exceed 1000 results.",
        "unknown dimension|{\"interval\":\"" + DAY_13 + "\",\"segmentFilters\":[{\"type\":\"and\",\"predicates\":"
                + "[{\"dimension\":\"madeUp\",\"value\":\"x\"}]}]}|",
        "bad order|{\"interval\":\"" + DAY_13 + "\",\"order\":\"sideways\"}|",
        "not json|{interval|"})
    void shouldRefuseInvalidQueries(String name, String body, String message) {
        HttpResponse<String> response = client.post(QUERY, token, body);

        assertEquals(400, response.statusCode());
        ErrorBody error = GenesysSchemaOracle.read(response.body(), ErrorBody.class);
        assertEquals("bad.request", error.getCode());
        if (message != null) {
            assertEquals(message, error.getMessage());
        }
    }

    @Test
    void shouldAllowThirtyOneDaysWithAFilter() {
        HttpResponse<String> response = client.post(QUERY, token, "{\"interval\":\"2026-04-20T00:00:00Z/"
                + "2026-05-21T00:00:00Z\",\"conversationFilters\":[{\"type\":\"and\",\"predicates\":[{\"dimension\":"
                + "\"mediaType\",\"value\":\"email\"}]}]}");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, GenesysSchemaOracle.read(response.body(), AnalyticsConversationQueryResponse.class)
                .getTotalHits());
    }

    @Test
    void shouldGetOneConversationById() {
        HttpResponse<String> found = client.get("/api/v2/analytics/conversations/c-live/details", token);
        HttpResponse<String> unknown = client.get("/api/v2/analytics/conversations/nope/details", token);
        HttpResponse<String> notYet = client.get("/api/v2/analytics/conversations/c-future/details", token);

        AnalyticsConversationWithoutAttributes conversation =
                GenesysSchemaOracle.read(found.body(), AnalyticsConversationWithoutAttributes.class);
        assertEquals("c-live", conversation.getConversationId());
        assertNull(conversation.getConversationEnd());
        assertEquals(404, unknown.statusCode());
        assertEquals("not.found", GenesysSchemaOracle.read(unknown.body(), ErrorBody.class).getCode());
        assertEquals(404, notYet.statusCode());
    }

    @Test
    void shouldGetABatchLeavingOutUnknownIds() {
        HttpResponse<String> response = client.get("/api/v2/analytics/conversations/details?id=c-voice-1,nope,"
                + "c-msg-1", token);
        HttpResponse<String> tooMany = client.get("/api/v2/analytics/conversations/details?id=a,b,c,d,e,f", token);

        AnalyticsConversationWithoutAttributesMultiGetResponse batch =
                GenesysSchemaOracle.read(response.body(), AnalyticsConversationWithoutAttributesMultiGetResponse.class);
        assertEquals(List.of("c-voice-1", "c-msg-1"), batch.getConversations().stream()
                .map(AnalyticsConversationWithoutAttributes::getConversationId).toList());
        assertEquals(400, tooMany.statusCode());
        GenesysSchemaOracle.read(tooMany.body(), ErrorBody.class);
    }

    @Test
    void shouldRequireTheConversationDetailPermission() {
        String none = client.token(SimulatorFixture.NONE_CLIENT, SimulatorFixture.NONE_SECRET);

        HttpResponse<String> response = client.post(QUERY, none, "{\"interval\":\"" + DAY_13 + "\"}");

        assertEquals(403, response.statusCode());
        assertTrue(GenesysSchemaOracle.read(response.body(), ErrorBody.class).getMessage()
                .endsWith("[analytics:conversationDetail:view, analytics:agentConversationDetail:view]"));
    }

    private AnalyticsConversationQueryResponse query(String body) {
        HttpResponse<String> response = client.post(QUERY, token, body);
        assertEquals(200, response.statusCode(), response.body());
        return GenesysSchemaOracle.read(response.body(), AnalyticsConversationQueryResponse.class);
    }

    private static List<String> ids(AnalyticsConversationQueryResponse response) {
        return response.getConversations() == null ? List.of() : response.getConversations().stream()
                .map(AnalyticsConversationWithoutAttributes::getConversationId).toList();
    }
}
