package com.dxp.collector.genesys.simulator.standalone;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.MutableClock;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The parts together, as the collector will meet them: a conversation ends in the live stream, its
 * {@code customer.end} arrives in the SQS queue, and the details API serves that conversation, first
 * incomplete, then complete once wrap-up is over.
 */
class LocalGenesysCloudTest {

    private static final Instant START = Instant.parse("2026-05-20T10:00:00Z");
    private static final String CUSTOMER_END = "v2.detail.events.conversation.{id}.customer.end";

    @Test
    void shouldPublishEndedConversationsThatTheDetailsApiThenServesCompletingLate() throws Exception {
        MutableClock clock = new MutableClock(START);
        LocalGenesysCloudConfig config = new LocalGenesysCloudConfig(0, 0, "genesys-events-test",
                DemoOrgs.create(1, 11L, 50_000), SimulatorSettings.defaults(),
                LocalGenesysCloudConfig.liveDefaults().withTickInterval(Duration.ofMillis(50)), 11L);
        try (LocalGenesysCloud cloud = LocalGenesysCloud.start(config, clock);
             SqsClient sqs = cloud.sqs().newClient()) {
            clock.advance(Duration.ofMinutes(5));
            // a customer who left in the last minute: the completion delay (2 min) has not passed for it yet
            long lastMinute = clock.instant().minus(Duration.ofMinutes(1)).toEpochMilli();
            List<JsonNode> ends = new ArrayList<>();
            await("customer.end events of five minutes in the queue, one of the last minute among them")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> {
                        receive(sqs, cloud.queues().queueUrl()).stream()
                                .filter(e -> CUSTOMER_END.equals(e.get("detail-type").asText()))
                                .forEach(ends::add);
                        return ends.size() >= 20 && ends.stream().anyMatch(e -> eventTime(e) > lastMinute);
                    });

            JsonNode event = ends.stream().filter(e -> eventTime(e) > lastMinute).findFirst().orElseThrow();
            String orgId = cloud.orgs().get(0).spec().orgId().toString();
            assertTrue(event.get("source").asText().contains(orgId), event.toString());
            String conversationId = event.get("detail").get("eventBody").get("conversationId").asText();
            assertEquals("v2.detail.events.conversation." + conversationId + ".customer.end",
                    event.get("detail").get("topicName").asText());

            ClientSpec client = cloud.orgs().get(0).spec().clients().get(0);
            URI base = cloud.api().baseUri();
            String token = token(base, client);
            AnalyticsConversationWithoutAttributes justEnded = details(base, token, conversationId);
            assertEquals(null, justEnded.getConversationEnd(), "wrap-up goes on after the customer left");

            clock.advance(Duration.ofHours(1));
            AnalyticsConversationWithoutAttributes later = details(base, token, conversationId);
            assertFalse(later.getConversationEnd() == null, "complete an hour later");
        }
    }

    @Test
    void shouldPublishWhatHappenedBeforeALateStartOfTheLiveStreamOnItsFirstTick() throws Exception {
        MutableClock clock = new MutableClock(START);
        LocalGenesysCloudConfig config = new LocalGenesysCloudConfig(0, 0, "genesys-events-late-test",
                DemoOrgs.create(1, 12L, 50_000), SimulatorSettings.defaults(),
                LocalGenesysCloudConfig.liveDefaults().withTickInterval(Duration.ofMillis(50)), 12L);
        try (LocalGenesysCloud cloud = LocalGenesysCloud.start(config, clock, false);
             SqsClient sqs = cloud.sqs().newClient()) {
            clock.advance(Duration.ofMinutes(5));
            assertFalse(cloud.live().orElseThrow().isRunning(), "waits for the demo's tenants");
            assertEquals(List.of(), receive(sqs, cloud.queues().queueUrl()), "nothing published while it waits");

            cloud.startLive();

            List<JsonNode> ends = new ArrayList<>();
            await("the customer.end events of the five minutes before the start").atMost(Duration.ofSeconds(30))
                    .until(() -> {
                        receive(sqs, cloud.queues().queueUrl()).stream()
                                .filter(e -> CUSTOMER_END.equals(e.get("detail-type").asText()))
                                .forEach(ends::add);
                        return ends.stream().anyMatch(e -> eventTime(e) < START.plusSeconds(60).toEpochMilli());
                    });
        }
    }

    private static long eventTime(JsonNode event) {
        return event.get("detail").get("eventBody").get("eventTime").asLong();
    }

    private static List<JsonNode> receive(SqsClient sqs, String queueUrl) throws IOException {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(1)).messages();
        List<JsonNode> events = new ArrayList<>();
        for (Message m : messages) {
            events.add(GenesysSchemaOracle.mapper().readTree(m.body()));
            sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
        }
        return events;
    }

    private static String token(URI base, ClientSpec client) throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve("/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return GenesysSchemaOracle.mapper().readTree(response.body()).get("access_token").asText();
    }

    private static AnalyticsConversationWithoutAttributes details(URI base, String token, String id)
            throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve("/api/v2/analytics/conversations/" + id + "/details"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return GenesysSchemaOracle.read(response.body(), AnalyticsConversationWithoutAttributes.class);
    }
}
