package com.dxp.collector.genesys.simulator.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.mypurecloud.sdk.v2.model.CustomerEndDetailEventTopicCustomerEndEvent;
import com.mypurecloud.sdk.v2.model.OperationalEventNotificationTopicOperationalEventNotification;
import com.mypurecloud.sdk.v2.model.UserTokensTopicTokenNotification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event bodies match the official SDK models and reference §6. */
class GenesysEventsTest {

    static final UUID ORG = UUID.fromString("9a1b2c3d-0000-4e5f-8a9b-112233445566");
    static final Instant START = Instant.parse("2026-05-14T09:28:02.582Z");
    static final Instant CUSTOMER_END = Instant.parse("2026-05-14T09:31:06.812Z");

    /**
     * The body as the schema oracle can check it. The Java SDK (198.1.0) declares {@code eventTime} as
     * {@code Integer} although it is epoch milliseconds (reference §6), so a real value overflows the SDK's
     * field; and it has no {@code divisionId}, which the newer Python SDK model has (reference §6). So the copy
     * gets a small {@code eventTime} and loses {@code divisionId}; the real values are asserted separately.
     */
    static JsonObject schemaCheckable(JsonObject customerEndBody) {
        return Json.createObjectBuilder(customerEndBody).add("eventTime", 1).remove("divisionId").build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "voice,    inbound,  tel:+4930123456, tel:+4989987654",
            "callback, outbound, tel:+4930123456, tel:+4989987654",
            "message,  inbound,  ,",
            "chat,     inbound,  ,",
            "email,    outbound, ,"})
    void shouldBuildCustomerEndThatTheSdkReads(String media, String direction, String ani, String dnis) {
        StubConversation conversation = StubConversation.voice("c0ffee00-1111-4222-8333-444455556666", START,
                CUSTOMER_END).with(media, direction, ani, dnis);

        GenesysEvent event = GenesysEvents.customerEnd(ORG, conversation);
        JsonObject body = event.eventBody();

        CustomerEndDetailEventTopicCustomerEndEvent sdk = GenesysSchemaOracle.read(schemaCheckable(body).toString(),
                CustomerEndDetailEventTopicCustomerEndEvent.class);
        assertEquals(conversation.conversationId(), sdk.getConversationId());
        assertEquals(media.toUpperCase(), sdk.getMediaType().toString());
        assertEquals(direction.toUpperCase(), sdk.getDirection().toString());
        assertEquals(CUSTOMER_END.toEpochMilli(), body.getJsonNumber("eventTime").longValueExact(), "epoch ms");
        assertEquals("d1d1d1d1-0000-4000-8000-000000000001", body.getString("divisionId"));
        assertEquals(EventTopic.CUSTOMER_END, event.topic());
        assertEquals(conversation.conversationId(), event.topicId());
        assertEquals(CUSTOMER_END, event.timestamp());
        assertEquals(ani != null, body.containsKey("ani"));
        assertEquals(media.equals("message"), body.containsKey("messageType"));
        long interacting = body.getJsonNumber("interactingDurationMs").longValueExact();
        assertTrue(interacting > 0 && interacting <= Duration.between(START, CUSTOMER_END).toMillis());
    }

    @Test
    void shouldNeedTheSchemaCopyOnlyForEventTimeAndDivisionId() {
        JsonObject body = GenesysEvents.customerEnd(ORG, StubConversation.voice(
                "c0ffee00-1111-4222-8333-444455556666", START, CUSTOMER_END)).eventBody();

        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.read(
                Json.createObjectBuilder(body).remove("divisionId").build().toString(),
                CustomerEndDetailEventTopicCustomerEndEvent.class), "epoch ms overflows the SDK's Integer");
        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.read(
                Json.createObjectBuilder(body).add("eventTime", 1).build().toString(),
                CustomerEndDetailEventTopicCustomerEndEvent.class), "the Java SDK has no divisionId");
    }

    @Test
    void shouldMatchSampleAForTheSampleConversation() {
        JsonObject body = GenesysEvents.customerEnd(ORG, StubConversation.voice(
                "c0ffee00-1111-4222-8333-444455556666", START, CUSTOMER_END)).eventBody();

        assertEquals(1778751066812L, body.getJsonNumber("eventTime").longValueExact());
        assertEquals("aa11bb22-cc33-4d44-8e55-ff6677889900", body.getString("participantId"));
        assertEquals("5e5e5e5e-1234-4abc-9def-0a0b0c0d0e0f", body.getString("sessionId"));
        assertEquals("VOICE", body.getString("mediaType"));
        assertEquals("Edge", body.getString("provider"));
        assertEquals("INBOUND", body.getString("direction"));
        assertEquals("tel:+4930123456", body.getString("ani"));
        assertEquals("tel:+4989987654", body.getString("dnis"));
        assertTrue(body.getString("disconnectType").matches("[A-Z_]+"));
    }

    @Test
    void shouldDeriveTheSameBodyForTheSameConversation() {
        StubConversation conversation = StubConversation.voice("c1", START, CUSTOMER_END);

        assertEquals(GenesysEvents.customerEnd(ORG, conversation), GenesysEvents.customerEnd(ORG, conversation));
    }

    @Test
    void shouldBuildUserTokenNotificationThatTheSdkReads() {
        Instant issued = Instant.parse("2026-05-14T07:59:31.250Z");
        UserLogin login = new UserLogin("5e400000-aaaa-4bbb-8ccc-dddddddddddd", "Erika Beispiel", issued,
                Duration.ofHours(24), "6f6f6f6f-4321-4cba-8fed-f0e0d0c0b0a0", "0c1e0000-1111-4222-8333-444455556666",
                "ab".repeat(32), "203.0.113.7");

        GenesysEvent event = GenesysEvents.userToken(ORG, login);
        UserTokensTopicTokenNotification sdk = GenesysSchemaOracle.read(event.eventBody().toString(),
                UserTokensTopicTokenNotification.class);

        assertEquals("v2.users.5e400000-aaaa-4bbb-8ccc-dddddddddddd.tokens", event.topicName());
        assertEquals(login.userId(), sdk.getUser().getId());
        assertEquals("Erika Beispiel", sdk.getUser().getName());
        assertEquals("2026-05-14T07:59:31.250Z", sdk.getDateCreated());
        assertEquals("2026-05-15T07:59:31.250Z", sdk.getTokenExpirationDate());
        assertEquals("203.0.113.7", sdk.getIpAddress());
        assertEquals(login.sessionId(), sdk.getSessionId());
        assertEquals(login.clientId(), sdk.getClientId());
        assertEquals(login.tokenHash(), sdk.getTokenHash());
    }

    @Test
    void shouldBuildOperationalEventNotificationThatTheSdkReads() {
        Instant at = Instant.parse("2026-05-14T10:00:00.123Z");
        OperationalEventDefinition definition = OperationalEventDefinition.CATALOGUE.get(0);
        GenesysEvent event = GenesysEvents.operational(ORG, new OperationalEvent(definition,
                "f10f0000-1111-4222-8333-444455556666", "Main IVR", "c0ffee00-1111-4222-8333-444455556666", at));

        OperationalEventNotificationTopicOperationalEventNotification sdk = GenesysSchemaOracle.read(
                event.eventBody().toString(), OperationalEventNotificationTopicOperationalEventNotification.class);

        assertEquals("v2.operations.events." + ORG, event.topicName());
        assertEquals(definition.id(), sdk.getEventEntity().getId());
        assertEquals(definition.name(), sdk.getEventEntity().getName());
        assertEquals(definition.description(), sdk.getEventEntity().getDescription());
        assertEquals("f10f0000-1111-4222-8333-444455556666", sdk.getEntityId());
        assertEquals("Main IVR", sdk.getEntityName());
        assertEquals("FLOW", sdk.getEntityType());
        assertEquals("FLOW_RUNTIME_ERROR", sdk.getErrorCode());
        assertEquals("c0ffee00-1111-4222-8333-444455556666", sdk.getConversationId());
        assertEquals(at.toEpochMilli(), sdk.getTimestamp().getTime());
        assertEquals(at.toEpochMilli(), event.eventBody().getJsonNumber("timestamp").longValueExact(), "epoch ms");
    }

    @Test
    void shouldLeaveOutConversationIdWhenThereIsNone() {
        GenesysEvent event = GenesysEvents.operational(ORG, new OperationalEvent(
                OperationalEventDefinition.CATALOGUE.get(2), "e1", "SIP Trunk Primary", null, Instant.EPOCH));

        assertFalse(event.eventBody().containsKey("conversationId"));
        GenesysSchemaOracle.read(event.eventBody().toString(),
                OperationalEventNotificationTopicOperationalEventNotification.class);
    }
}
