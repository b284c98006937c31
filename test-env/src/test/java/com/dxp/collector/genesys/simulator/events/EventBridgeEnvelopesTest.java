package com.dxp.collector.genesys.simulator.events;

import static com.dxp.collector.genesys.simulator.events.EnvelopeAssertions.assertEnvelope;
import static com.dxp.collector.genesys.simulator.events.SqsTestQueues.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The envelope follows reference §6 field by field; seeded envelopes are reproducible; broken ones are broken. */
class EventBridgeEnvelopesTest {

    private static final EventBridgeSettings SETTINGS =
            new EventBridgeSettings("123456789012", "eu-central-1", "collector-prod");
    private static final GenesysEvent EVENT = GenesysEvents.customerEnd(GenesysEventsTest.ORG,
            StubConversation.voice("c0ffee00-1111-4222-8333-444455556666", GenesysEventsTest.START,
                    GenesysEventsTest.CUSTOMER_END));

    @Test
    void shouldWrapLikeSampleA() {
        EventBridgeMessage message = new EventBridgeEnvelopes(SETTINGS, new SeededIds(1)).wrap(EVENT);
        JsonObject envelope = parse(message.body());

        assertEnvelope(envelope, EVENT, SETTINGS);
        assertEquals("v2.detail.events.conversation.{id}.customer.end", envelope.getString("detail-type"));
        assertEquals("aws.partner/genesys.com/cloud/9a1b2c3d-0000-4e5f-8a9b-112233445566/collector-prod",
                envelope.getString("source"));
        assertEquals("2026-05-14T09:31:06Z", envelope.getString("time"));
        assertEquals("v2.detail.events.conversation.c0ffee00-1111-4222-8333-444455556666.customer.end",
                envelope.getJsonObject("detail").getString("topicName"));
        assertEquals("2026-05-14T09:31:06.812Z", envelope.getJsonObject("detail").getString("timestamp"));
        assertEquals(message.id(), envelope.getString("id"));
        assertEquals(message.correlationId(),
                envelope.getJsonObject("detail").getJsonObject("metadata").getString("CorrelationId"));
    }

    @Test
    void shouldWriteMillisecondsEvenWhenZero() {
        GenesysEvent onTheSecond = GenesysEvents.customerEnd(GenesysEventsTest.ORG, StubConversation.voice("c2",
                Instant.parse("2026-05-14T09:00:00Z"), Instant.parse("2026-05-14T09:05:00Z")));
        JsonObject envelope = new EventBridgeEnvelopes(SETTINGS, new SeededIds(1)).wrap(onTheSecond).envelope();

        assertEquals("2026-05-14T09:05:00Z", envelope.getString("time"));
        assertEquals("2026-05-14T09:05:00.000Z", envelope.getJsonObject("detail").getString("timestamp"));
    }

    @Test
    void shouldRenderTheSameMessagesForTheSameSeed() {
        String first = new EventBridgeEnvelopes(SETTINGS, new SeededIds(42)).wrap(EVENT).body();
        String again = new EventBridgeEnvelopes(SETTINGS, new SeededIds(42)).wrap(EVENT).body();
        String otherSeed = new EventBridgeEnvelopes(SETTINGS, new SeededIds(43)).wrap(EVENT).body();

        assertEquals(first, again);
        assertNotEquals(first, otherSeed);
    }

    @Test
    void shouldKeepTheDetailButNotTheIdOnARetry() {
        EventBridgeEnvelopes envelopes = new EventBridgeEnvelopes(SETTINGS, new SeededIds(7));
        EventBridgeMessage original = envelopes.wrap(EVENT);
        EventBridgeMessage retry = envelopes.rewrap(original, Instant.parse("2026-05-14T10:00:00.500Z"));

        assertNotEquals(original.id(), retry.id());
        assertEquals(retry.id(), retry.envelope().getString("id"));
        assertEquals("2026-05-14T10:00:00Z", retry.envelope().getString("time"));
        assertEquals(original.envelope().getJsonObject("detail"), retry.envelope().getJsonObject("detail"));
        assertEquals(original.correlationId(), retry.correlationId());
        assertEquals(original.envelope().keySet().stream().toList(), retry.envelope().keySet().stream().toList());
    }

    @Test
    void shouldRenderInvalidJson() {
        String body = envelopes().malformed(EVENT, Malformation.INVALID_JSON);

        assertThrows(JsonException.class, () -> parse(body));
        assertTrue(body.contains("detail-type:"));
    }

    @Test
    void shouldRenderTruncatedJson() {
        String body = envelopes().malformed(EVENT, Malformation.TRUNCATED_JSON);

        assertThrows(JsonException.class, () -> parse(body));
        assertTrue(envelopes().wrap(EVENT).body().startsWith(body));
    }

    @Test
    void shouldRenderAnUnknownTopic() {
        JsonObject envelope = parse(envelopes().malformed(EVENT, Malformation.UNKNOWN_TOPIC));

        assertEquals("v2.routing.queues.{id}.members", envelope.getString("detail-type"));
        assertTrue(envelope.getJsonObject("detail").getString("topicName").matches("v2\\.routing\\.queues\\.[0-9a-f-]{36}\\.members"));
        assertTrue(EventTopic.ofTemplate(envelope.getString("detail-type")).isEmpty());
    }

    @Test
    void shouldRenderAnUnknownOrg() {
        JsonObject envelope = parse(envelopes().malformed(EVENT, Malformation.UNKNOWN_ORG));
        String source = envelope.getString("source");

        assertTrue(source.startsWith("aws.partner/genesys.com/cloud/") && source.endsWith("/collector-prod"));
        assertFalse(source.contains(GenesysEventsTest.ORG.toString()));
        UUID.fromString(source.split("/")[3]);
        assertEquals(EVENT.eventBody(), envelope.getJsonObject("detail").getJsonObject("eventBody"));
    }

    @Test
    void shouldRenderTheOrgsEventFromAForeignAccountAndRegion() {
        JsonObject envelope = parse(envelopes().malformed(EVENT, Malformation.FOREIGN_SOURCE));

        assertTrue(envelope.getString("source").contains(GenesysEventsTest.ORG.toString()), "the org's own id");
        assertEquals("999999999999", envelope.getString("account"));
        assertEquals("ap-south-1", envelope.getString("region"));
        assertEquals(EVENT.eventBody(), envelope.getJsonObject("detail").getJsonObject("eventBody"));
    }

    @Test
    void shouldRenderAMissingEventBody() {
        JsonObject envelope = parse(envelopes().malformed(EVENT, Malformation.MISSING_EVENT_BODY));

        assertFalse(envelope.getJsonObject("detail").containsKey("eventBody"));
        assertEquals(EVENT.topicName(), envelope.getJsonObject("detail").getString("topicName"));
    }

    @Test
    void shouldRenderArraysNestedDeeperThanParsersReadInAFewKilobytes() {
        String body = envelopes().malformed(EVENT, Malformation.DEEPLY_NESTED);

        // Parsson's depth limit throws a plain RuntimeException, not a JsonException
        assertThrows(RuntimeException.class, () -> parse(body), "deeper than Parsson reads");
        assertTrue(body.contains("\"nested\":" + "[".repeat(EventBridgeEnvelopes.NESTING) + "]"));
        assertTrue(body.length() < 6_000, body.length() + " characters");
        String flat = body.replace("\"nested\":" + "[".repeat(EventBridgeEnvelopes.NESTING)
                + "]".repeat(EventBridgeEnvelopes.NESTING) + ",", "");
        assertEquals(envelopes().wrap(EVENT).body().length(), flat.length(), "otherwise the event as it is");
    }

    @Test
    void shouldRenderANulAfterTheOrgIdOfTheSource() {
        JsonObject envelope = parse(envelopes().malformed(EVENT, Malformation.NUL_IN_ORG));

        assertTrue(envelope.getString("source").contains(GenesysEventsTest.ORG + "\u0000"), envelope.getString("source"));
    }

    @Test
    void shouldRenderWrongTypes() {
        JsonObject detail = parse(envelopes().malformed(EVENT, Malformation.WRONG_TYPES)).getJsonObject("detail");
        JsonObject body = detail.getJsonObject("eventBody");

        assertEquals(JsonValue.ValueType.NUMBER, detail.get("version").getValueType());
        assertEquals(Long.toString(GenesysEventsTest.CUSTOMER_END.toEpochMilli()), body.getString("eventTime"));
        assertEquals(JsonValue.ValueType.NUMBER, body.get("conversationId").getValueType());
        assertEquals(EVENT.eventBody().keySet(), body.keySet());
    }

    @Test
    void shouldRejectAnAccountThatIsNotTwelveDigits() {
        assertThrows(IllegalArgumentException.class, () -> new EventBridgeSettings("abc", "us-east-1", "x"));
    }

    private static EventBridgeEnvelopes envelopes() {
        return new EventBridgeEnvelopes(SETTINGS, new SeededIds(3));
    }
}
