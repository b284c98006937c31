package com.dxp.collector.genesys.simulator.events;

import com.dxp.collector.genesys.simulator.MutableClock;
import static com.dxp.collector.genesys.simulator.events.EnvelopeAssertions.assertEnvelope;
import static com.dxp.collector.genesys.simulator.events.SqsTestQueues.parse;
import static com.dxp.collector.genesys.simulator.events.SqsTestQueues.receiveExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.mypurecloud.sdk.v2.model.CustomerEndDetailEventTopicCustomerEndEvent;
import com.mypurecloud.sdk.v2.model.OperationalEventNotificationTopicOperationalEventNotification;
import com.mypurecloud.sdk.v2.model.UserTokensTopicTokenNotification;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;

/** What the collector's queue receives from the publisher, well-behaved and not. */
class EventBridgePublisherTest extends AgainstLocalSqs {

    private static final UUID ORG = GenesysEventsTest.ORG;
    private static final EventBridgeSettings SETTINGS = EventBridgeSettings.defaults();
    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00.250Z");


    private String queueUrl;
    private EventBridgePublisher publisher;

    @BeforeEach
    void newQueue() {
        queueUrl = localSqs.createQueue(QueueSettings.named(SqsTestQueues.uniqueName("events"))).queueUrl();
        publisher = new EventBridgePublisher(sqs, queueUrl, new EventBridgeEnvelopes(SETTINGS, new SeededIds(11)),
                new MutableClock(NOW));
    }

    @Test
    void shouldDeliverEachTopicInTheExactEnvelopeWithABodyTheSdkReads() {
        GenesysEvent customerEnd = customerEnd(0);
        GenesysEvent token = GenesysEvents.userToken(ORG, new UserLogin("5e400000-aaaa-4bbb-8ccc-dddddddddddd",
                "Erika Beispiel", Instant.parse("2026-05-14T07:59:31.250Z"), Duration.ofHours(8),
                "6f6f6f6f-4321-4cba-8fed-f0e0d0c0b0a0", "0c1e0000-1111-4222-8333-444455556666", "cd".repeat(32),
                "203.0.113.9"));
        GenesysEvent operational = GenesysEvents.operational(ORG, new OperationalEvent(
                OperationalEventDefinition.CATALOGUE.get(1), "da000000-1111-4222-8333-444455556666",
                "Create Ticket", null, Instant.parse("2026-05-14T09:45:12.001Z")));

        List<EventBridgeMessage> sent = publisher.publishAll(List.of(customerEnd, token, operational));

        List<JsonObject> received = byId(receiveExactly(sqs, queueUrl, 3));
        assertEquals(sent.stream().map(EventBridgeMessage::envelope).sorted(Comparator.comparing(e -> e.getString("id")))
                .toList(), received);
        for (JsonObject envelope : received) {
            GenesysEvent event = List.of(customerEnd, token, operational).stream()
                    .filter(e -> e.topic().template().equals(envelope.getString("detail-type"))).findFirst().orElseThrow();
            assertEnvelope(envelope, event, SETTINGS);
            JsonObject body = envelope.getJsonObject("detail").getJsonObject("eventBody");
            switch (event.topic()) {
                case CUSTOMER_END -> {
                    GenesysSchemaOracle.read(GenesysEventsTest.schemaCheckable(body).toString(),
                            CustomerEndDetailEventTopicCustomerEndEvent.class);
                    assertEquals(event.timestamp().toEpochMilli(), body.getJsonNumber("eventTime").longValueExact());
                }
                case USER_TOKENS -> GenesysSchemaOracle.read(body.toString(), UserTokensTopicTokenNotification.class);
                case OPERATIONAL_EVENTS -> GenesysSchemaOracle.read(body.toString(),
                        OperationalEventNotificationTopicOperationalEventNotification.class);
            }
        }
        assertEquals("v2.operations.events." + ORG, operational.topicName());
    }

    @Test
    void shouldDeliverMoreThanOneBatch() {
        List<GenesysEvent> events = IntStream.range(0, 25).mapToObj(this::customerEnd).toList();

        List<EventBridgeMessage> sent = publisher.publishAll(events);

        List<Message> received = receiveExactly(sqs, queueUrl, 25);
        assertEquals(ids(sent), received.stream().map(m -> parse(m.body()).getString("id")).collect(Collectors.toSet()));
    }

    @Test
    void shouldSendTheSameMessagesForTheSameSeed() {
        List<EventBridgeMessage> first = new EventBridgePublisher(sqs, queueUrl,
                new EventBridgeEnvelopes(SETTINGS, new SeededIds(5)), new MutableClock(NOW))
                .publishAll(List.of(customerEnd(1), customerEnd(2)));
        List<EventBridgeMessage> again = new EventBridgePublisher(sqs, queueUrl,
                new EventBridgeEnvelopes(SETTINGS, new SeededIds(5)), new MutableClock(NOW))
                .publishAll(List.of(customerEnd(1), customerEnd(2)));

        assertEquals(first, again);
        assertEquals(4, receiveExactly(sqs, queueUrl, 4).size());
    }

    @Test
    void shouldDeliverADuplicateWithTheSameId() {
        EventBridgeMessage sent = publisher.publishDuplicated(customerEnd(3));

        List<Message> received = receiveExactly(sqs, queueUrl, 2);
        assertEquals(sent.body(), received.get(0).body());
        assertEquals(sent.body(), received.get(1).body());
        assertNotEquals(received.get(0).messageId(), received.get(1).messageId(), "two SQS messages");
    }

    @Test
    void shouldDeliverARetryWithANewIdAndTheSameDetail() {
        List<EventBridgeMessage> sent = publisher.publishRetried(customerEnd(4));

        List<JsonObject> received = receiveExactly(sqs, queueUrl, 2).stream().map(m -> parse(m.body())).toList();
        assertEquals(ids(sent), received.stream().map(e -> e.getString("id")).collect(Collectors.toSet()));
        assertEquals(2, ids(sent).size());
        assertEquals(received.get(0).getJsonObject("detail"), received.get(1).getJsonObject("detail"));
        JsonObject retry = received.stream().filter(e -> e.getString("id").equals(sent.get(1).id())).findFirst()
                .orElseThrow();
        assertEquals("2026-05-14T10:00:00Z", retry.getString("time"), "a retry is sent later");
    }

    @Test
    void shouldDeliverOutOfOrder() {
        List<GenesysEvent> events = IntStream.range(0, 12).mapToObj(this::customerEnd).toList();

        List<EventBridgeMessage> sent = publisher.publishShuffled(events, 99);

        List<String> sentTopics = sent.stream()
                .map(m -> m.envelope().getJsonObject("detail").getString("topicName")).toList();
        List<String> inEventOrder = events.stream().map(GenesysEvent::topicName).toList();
        assertNotEquals(inEventOrder, sentTopics, "sent out of order");
        assertEquals(Set.copyOf(inEventOrder), Set.copyOf(sentTopics));
        List<Message> received = receiveExactly(sqs, queueUrl, 12);
        assertEquals(ids(sent), received.stream().map(m -> parse(m.body()).getString("id")).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @EnumSource(Malformation.class)
    void shouldDeliverAMalformedMessageAsIs(Malformation malformation) {
        String body = publisher.publishMalformed(customerEnd(5), malformation);

        Message received = receiveExactly(sqs, queueUrl, 1).get(0);
        assertEquals(body, received.body());
        switch (malformation) {
            case INVALID_JSON, TRUNCATED_JSON -> assertThrows(JsonException.class, () -> parse(received.body()));
            // Parsson's depth limit throws a plain RuntimeException, not a JsonException
            case DEEPLY_NESTED -> assertThrows(RuntimeException.class, () -> parse(received.body()));
            default -> parse(received.body());
        }
    }

    @Test
    void shouldSendAtMostTenMessagesPerBatch() {
        RecordingSqsClient recording = new RecordingSqsClient(false);
        EventBridgePublisher counted = new EventBridgePublisher(recording, queueUrl,
                new EventBridgeEnvelopes(SETTINGS, new SeededIds(1)), new MutableClock(NOW));

        counted.publishAll(IntStream.range(0, 25).mapToObj(this::customerEnd).toList());

        assertEquals(List.of(10, 10, 5), recording.batchSizes);
    }

    @Test
    void shouldReportMessagesSqsRefuses() {
        EventBridgePublisher refused = new EventBridgePublisher(new RecordingSqsClient(true), queueUrl,
                new EventBridgeEnvelopes(SETTINGS, new SeededIds(1)), new MutableClock(NOW));

        EventPublishException e = assertThrows(EventPublishException.class,
                () -> refused.publishAll(List.of(customerEnd(6), customerEnd(7))));

        assertEquals(List.of("entry 1: InternalError try again"), e.failures());
        assertThrows(IllegalArgumentException.class, () -> publisher.send(List.of("x".repeat(256 * 1024 + 1))));
    }

    /** Records batch sizes; when told to, refuses every second entry as SQS does on a partial failure. */
    private static final class RecordingSqsClient implements SqsClient {

        final List<Integer> batchSizes = new ArrayList<>();
        private final boolean refuseOdd;

        RecordingSqsClient(boolean refuseOdd) {
            this.refuseOdd = refuseOdd;
        }

        @Override
        public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
            batchSizes.add(request.entries().size());
            SendMessageBatchResponse.Builder response = SendMessageBatchResponse.builder();
            List<SendMessageBatchRequestEntry> entries = request.entries();
            response.successful(entries.stream().filter(e -> !refuseOdd || Integer.parseInt(e.id()) % 2 == 0)
                    .map(e -> SendMessageBatchResultEntry.builder().id(e.id()).messageId("m" + e.id()).build())
                    .toList());
            response.failed(entries.stream().filter(e -> refuseOdd && Integer.parseInt(e.id()) % 2 == 1)
                    .map(e -> BatchResultErrorEntry.builder().id(e.id()).code("InternalError")
                            .message("try again").senderFault(false).build())
                    .toList());
            return response.build();
        }

        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {
        }
    }

    private GenesysEvent customerEnd(int i) {
        Instant start = Instant.parse("2026-05-14T09:00:00Z").plusSeconds(60L * i);
        return GenesysEvents.customerEnd(ORG, StubConversation.voice(SeededIds.derive(1, "c", i).toString(), start,
                start.plusMillis(180_123 + i)));
    }

    private static Set<String> ids(List<EventBridgeMessage> messages) {
        return messages.stream().map(EventBridgeMessage::id).collect(Collectors.toSet());
    }

    private static List<JsonObject> byId(List<Message> messages) {
        return messages.stream().map(m -> parse(m.body())).sorted(Comparator.comparing(e -> e.getString("id"))).toList();
    }
}
