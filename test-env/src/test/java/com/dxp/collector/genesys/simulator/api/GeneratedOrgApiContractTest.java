package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.MutableClock;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.standalone.DemoOrgs;
import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributesMultiGetResponse;
import com.mypurecloud.sdk.v2.model.GroupEntityListing;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API serving generated org data (not the stub the endpoint tests use): every kind of response reads into
 * the official SDK's model, and the same seed and window give the same bytes after a restart.
 */
class GeneratedOrgApiContractTest {

    private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");
    private static final OrgSpec SPEC = DemoOrgs.create(1, 7L, 5_000).get(0);
    private static final String CLIENT = SPEC.clients().get(0).clientId();
    private static final String SECRET = SPEC.clients().get(0).secret();
    private static final String QUERY = "{\"interval\":\"2026-05-19T08:00:00.000Z/2026-05-19T09:00:00.000Z\","
            + "\"order\":\"asc\",\"orderBy\":\"conversationStart\",\"paging\":{\"pageSize\":100,\"pageNumber\":1}}";

    @Test
    void shouldServeGeneratedDataThatTheSdkReads() {
        try (GenesysSimulator simulator = start(new MutableClock(NOW))) {
            SimClient client = new SimClient(simulator.baseUri());
            String token = client.token(CLIENT, SECRET);

            HttpResponse<String> page = client.post("/api/v2/analytics/conversations/details/query", token, QUERY);
            assertEquals(200, page.statusCode(), page.body());
            AnalyticsConversationQueryResponse query =
                    GenesysSchemaOracle.read(page.body(), AnalyticsConversationQueryResponse.class);
            assertTrue(query.getTotalHits() > 100, "an hour of a 5,000/day org: " + query.getTotalHits());
            assertEquals(100, query.getConversations().size());

            String ids = query.getConversations().stream().limit(50)
                    .map(AnalyticsConversationWithoutAttributes::getConversationId).collect(Collectors.joining(","));
            HttpResponse<String> batch = client.get("/api/v2/analytics/conversations/details?id=" + ids, token);
            assertEquals(50, GenesysSchemaOracle.read(batch.body(),
                    AnalyticsConversationWithoutAttributesMultiGetResponse.class).getConversations().size());

            String oneId = query.getConversations().get(0).getConversationId();
            HttpResponse<String> one = client.get("/api/v2/analytics/conversations/" + oneId + "/details", token);
            assertEquals(oneId, GenesysSchemaOracle.read(one.body(), AnalyticsConversationWithoutAttributes.class)
                    .getConversationId());

            UserEntityListing users = GenesysSchemaOracle.read(
                    client.get("/api/v2/users?pageSize=25&pageNumber=1&state=any", token).body(), UserEntityListing.class);
            assertEquals(SPEC.userCount(), users.getTotal().intValue());
            GroupEntityListing groups = GenesysSchemaOracle.read(
                    client.get("/api/v2/groups?pageSize=25&pageNumber=1", token).body(), GroupEntityListing.class);
            assertEquals(SPEC.groupCount(), groups.getTotal().intValue());
            String groupId = groups.getEntities().get(0).getId();
            GenesysSchemaOracle.read(client.get("/api/v2/groups/" + groupId + "/members", token).body(),
                    UserEntityListing.class);
        }
    }

    @Test
    void shouldServeJobResultsWithAttributesThatTheSdkReads() {
        MutableClock clock = new MutableClock(NOW);
        try (GenesysSimulator simulator = start(clock)) {
            SimClient client = new SimClient(simulator.baseUri());
            String token = client.token(CLIENT, SECRET);
            List<String> pages = runJob(client, token, clock);

            List<AnalyticsConversation> conversations = new ArrayList<>();
            for (String page : pages) {
                AnalyticsConversationAsyncQueryResponse results =
                        GenesysSchemaOracle.read(page, AnalyticsConversationAsyncQueryResponse.class);
                assertNotNull(results.getDataAvailabilityDate());
                conversations.addAll(results.getConversations());
            }
            assertTrue(conversations.size() > 1000, "a day of a 5,000/day org: " + conversations.size());
            assertTrue(conversations.stream().allMatch(c -> c.getConversationEnd() != null),
                    "conversations of a day long past are complete");
            assertTrue(conversations.stream().flatMap(c -> c.getParticipants().stream())
                    .anyMatch(p -> p.getAttributes() != null && !p.getAttributes().isEmpty()),
                    "job results carry participant attributes");
        }
    }

    @Test
    void shouldGiveByteIdenticalPagesAfterARestart() {
        byte[][] first = pagesOfOneRun();
        byte[][] second = pagesOfOneRun();

        assertEquals(first.length, second.length);
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], second[i], "page " + i + " differs after a restart");
        }
    }

    /** A query page and every job result page of a fresh simulator, as raw bytes. */
    private static byte[][] pagesOfOneRun() {
        MutableClock clock = new MutableClock(NOW);
        try (GenesysSimulator simulator = start(clock)) {
            SimClient client = new SimClient(simulator.baseUri());
            String token = client.token(CLIENT, SECRET);
            List<byte[]> pages = new ArrayList<>();
            pages.add(client.post("/api/v2/analytics/conversations/details/query", token, QUERY).body()
                    .getBytes(StandardCharsets.UTF_8));
            for (String page : runJob(client, token, clock)) {
                // a job id is random, as in the real service, and the opaque cursor names it: compare the rest
                pages.add(page.replaceFirst("\"cursor\":\"[^\"]*\"", "\"cursor\":\"\"")
                        .getBytes(StandardCharsets.UTF_8));
            }
            assertFalse(pages.isEmpty());
            return pages.toArray(new byte[0][]);
        }
    }

    /** Submits a job for one past day, lets the clock run until it is FULFILLED, and reads every page. */
    private static List<String> runJob(SimClient client, String token, MutableClock clock) {
        HttpResponse<String> submitted = client.post("/api/v2/analytics/conversations/details/jobs", token,
                "{\"interval\":\"2026-05-18T00:00:00.000Z/2026-05-19T00:00:00.000Z\"}");
        assertEquals(202, submitted.statusCode(), submitted.body());
        String jobId = SimClient.tree(submitted.body()).get("jobId").asText();
        String statusPath = "/api/v2/analytics/conversations/details/jobs/" + jobId;
        await("job " + jobId + " fulfilled").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    clock.advance(Duration.ofSeconds(1));
                    return "FULFILLED".equals(SimClient.tree(client.get(statusPath, token).body())
                            .get("state").asText());
                });
        List<String> pages = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = client.get(statusPath + "/results?pageSize=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertEquals(200, page.statusCode(), page.body());
            pages.add(page.body());
            JsonNode next = SimClient.tree(page.body()).get("cursor");
            cursor = next == null ? null : next.asText();
        } while (cursor != null && pages.size() < 100);
        return pages;
    }

    private static GenesysSimulator start(MutableClock clock) {
        SimulatorSettings settings = SimulatorSettings.defaults().withRequestsPerMinute(10_000);
        SimulatedOrg org = OrgDataFactory.create(SPEC, settings);
        return GenesysSimulator.builder().org(org).settings(settings).clock(clock).faultSeed(1).build().start();
    }
}
