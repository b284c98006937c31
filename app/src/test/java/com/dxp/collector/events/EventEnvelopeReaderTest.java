package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventEnvelopeReaderTest {

    static final String CUSTOMER_END = load("customer-end.json");

    private final EventEnvelopeReader reader = new EventEnvelopeReader(10_000);

    @Test
    void shouldReadTheReferenceCustomerEndEnvelope() throws Exception {
        EventEnvelope e = reader.read(CUSTOMER_END);

        assertEquals("3b2a1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d", e.eventId(), "the correlation id keys the event");
        assertEquals("9a1b2c3d-0000-4e5f-8a9b-112233445566", e.orgId());
        assertEquals("collector-prod", e.sourceSuffix());
        assertEquals(Instant.parse("2026-05-14T09:31:07Z"), e.time());
        assertEquals(new EventTopic.Match(EventTopic.CUSTOMER_END, "c0ffee00-1111-4222-8333-444455556666"),
                e.topic());
        assertEquals(UUID.fromString("c0ffee00-1111-4222-8333-444455556666"), EventBodies.customerEnd(e));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all | INVALID_JSON",
        "[1, 2] | NOT_AN_EVENT",
        "{\"id\": \"x\", \"source\": \"aws.partner/genesys.com/cloud/org/s\"} | NOT_AN_EVENT",
        "{\"id\": \"x\", \"source\": \"aws.events\", \"detail\": {}} | NOT_AN_EVENT",
        "{\"id\": \"x\", \"source\": \"aws.partner/genesys.com/cloud/org/s\", \"detail\": {\"eventBody\": {}}}"
                + " | NOT_AN_EVENT",
        "{\"id\": \"x\", \"source\": \"aws.partner/genesys.com/cloud/org/s\", \"detail\": {\"topicName\":"
                + " \"v2.users.u1.presence\", \"eventBody\": {}}} | UNKNOWN_TOPIC",
        "{\"id\": \"x\", \"source\": \"aws.partner/genesys.com/cloud/org/s\", \"detail\": {\"topicName\":"
                + " \"v2.users.u1.tokens\"}} | NOT_AN_EVENT"})
    void shouldSayWhyABodyIsNoEvent(String body, QuarantineReason reason) {
        UnusableMessageException e = assertThrows(UnusableMessageException.class, () -> reader.read(body));

        assertEquals(reason, e.reason(), e.getMessage());
    }

    @Test
    void shouldRefuseAnOversizedBodyUnread() {
        UnusableMessageException e = assertThrows(UnusableMessageException.class,
                () -> new EventEnvelopeReader(100).read(CUSTOMER_END));

        assertEquals(QuarantineReason.OVERSIZED, e.reason());
    }

    @Test
    void shouldRefuseACustomerEndWithoutAConversationId() throws Exception {
        EventEnvelope e = reader.read(CUSTOMER_END.replace("c0ffee00-1111-4222-8333-444455556666", "nope"));

        assertEquals(QuarantineReason.INVALID_BODY, assertThrows(UnusableMessageException.class,
                () -> EventBodies.customerEnd(e)).reason());
    }

    @Test
    void shouldNormalizeTokenAndOperationalEventTimes() throws Exception {
        String tokens = "{\"id\": \"e-1\", \"source\": \"aws.partner/genesys.com/cloud/org/s\","
                + " \"time\": \"2026-05-14T09:00:00Z\", \"detail\": {\"topicName\": \"v2.users.u-1.tokens\","
                + " \"eventBody\": {\"user\": {\"id\": \"u-1\", \"name\": \"Ann\"}, \"ipAddress\": \"192.0.2.1\","
                + " \"dateCreated\": \"2026-05-14T08:59:58.120Z\", \"tokenExpirationDate\": \"2026-05-15T08:59:58Z\","
                + " \"clientId\": \"c-1\", \"sessionId\": \"s-1\", \"tokenHash\": \"secret-hash\"}}}";
        String operational = "{\"id\": \"e-2\", \"source\": \"aws.partner/genesys.com/cloud/org/s\","
                + " \"time\": \"2026-05-14T09:00:00Z\", \"detail\": {\"topicName\": \"v2.operations.events.org\","
                + " \"eventBody\": {\"eventEntity\": {\"id\": \"def-1\", \"name\": \"Edge offline\"},"
                + " \"entityId\": \"edge-1\", \"errorCode\": \"EDGE_OFFLINE\", \"timestamp\": 1778749200000}}}";
        Instant received = Instant.parse("2026-05-14T09:00:01Z");

        UserSession session = EventBodies.userSession(reader.read(tokens), received);
        OperationalEvent event = EventBodies.operationalEvent(reader.read(operational), received);

        assertEquals(new UserSession("e-1", "u-1", "Ann", "192.0.2.1", "c-1", "s-1",
                Instant.parse("2026-05-14T08:59:58.120Z"), Instant.parse("2026-05-15T08:59:58Z"), received), session);
        assertEquals(Instant.ofEpochMilli(1778749200000L), event.occurredAt());
        assertEquals("Edge offline", event.definitionName());
        String noTime = operational.replace(", \"timestamp\": 1778749200000", "");
        assertEquals(Instant.parse("2026-05-14T09:00:00Z"),
                EventBodies.operationalEvent(reader.read(noTime), received).occurredAt(), "the envelope's time");
    }

    @Test
    void shouldQuarantineABodyNestedDeeperThanTheParserReadsAsInvalidJson() {
        String deep = CUSTOMER_END.replaceFirst("\\{", "{\"deep\": " + "[".repeat(1100) + "]".repeat(1100) + ",");

        UnusableMessageException e = assertThrows(UnusableMessageException.class, () -> reader.read(deep));

        assertEquals(QuarantineReason.INVALID_JSON, e.reason());
    }

    @Test
    void shouldTakeTheEnvelopesTimeForAnEpochOfNoRealTime() throws Exception {
        String operational = "{\"id\": \"e-2\", \"source\": \"aws.partner/genesys.com/cloud/org/s\","
                + " \"time\": \"2026-05-14T09:00:00Z\", \"detail\": {\"topicName\": \"v2.operations.events.org\","
                + " \"eventBody\": {\"timestamp\": 9223372036854775807}}}";
        Instant received = Instant.parse("2026-05-14T09:00:01Z");

        assertEquals(Instant.parse("2026-05-14T09:00:00Z"), EventBodies.operationalEvent(reader.read(operational),
                received).occurredAt());
        assertEquals(Instant.parse("2026-05-14T09:00:00Z"), EventBodies.operationalEvent(reader.read(
                operational.replace("9223372036854775807", "1e999999999")), received).occurredAt());
    }

    static String load(String name) {
        try (InputStream in = EventEnvelopeReaderTest.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
