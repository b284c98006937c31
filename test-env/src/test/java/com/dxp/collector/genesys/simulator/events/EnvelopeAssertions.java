package com.dxp.collector.genesys.simulator.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Checks an envelope field by field against reference §6 and sample A. */
final class EnvelopeAssertions {

    static final String ISO_SECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";
    static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private EnvelopeAssertions() {
    }

    /** The envelope of {@code event} under {@code settings}, with any ids. */
    static void assertEnvelope(JsonObject envelope, GenesysEvent event, EventBridgeSettings settings) {
        assertEquals(List.of("version", "id", "detail-type", "source", "account", "time", "region", "resources",
                "detail"), List.copyOf(envelope.keySet()), "envelope fields");
        assertEquals("0", envelope.getString("version"));
        UUID.fromString(envelope.getString("id"));
        assertEquals(event.topic().template(), envelope.getString("detail-type"), "detail-type is the template");
        assertTrue(envelope.getString("detail-type").contains("{id}"), "detail-type keeps the placeholder");
        assertEquals("aws.partner/genesys.com/cloud/" + event.orgId() + "/" + settings.eventSourceSuffix(),
                envelope.getString("source"));
        assertTrue(envelope.getString("source").contains(event.orgId().toString()), "source names the org");
        assertEquals(settings.account(), envelope.getString("account"));
        assertTrue(envelope.getString("time").matches(ISO_SECONDS), "time in ISO seconds: " + envelope.getString("time"));
        assertEquals(event.timestamp().truncatedTo(ChronoUnit.SECONDS), Instant.parse(envelope.getString("time")));
        assertEquals(settings.region(), envelope.getString("region"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, envelope.getJsonArray("resources"));

        JsonObject detail = envelope.getJsonObject("detail");
        assertEquals(List.of("topicName", "version", "eventBody", "metadata", "timestamp"),
                List.copyOf(detail.keySet()), "detail fields");
        assertEquals(event.topicName(), detail.getString("topicName"), "topicName is concrete");
        assertTrue(detail.getString("topicName").contains(event.topicId()) && !detail.getString("topicName").contains("{"),
                "topicName carries the id");
        assertEquals("2", detail.getString("version"));
        assertEquals(event.eventBody(), detail.getJsonObject("eventBody"));
        assertEquals(List.of("CorrelationId"), List.copyOf(detail.getJsonObject("metadata").keySet()));
        UUID.fromString(detail.getJsonObject("metadata").getString("CorrelationId"));
        assertTrue(detail.getString("timestamp").matches(ISO_MILLIS),
                "timestamp in ISO millis: " + detail.getString("timestamp"));
        assertEquals(event.timestamp().truncatedTo(ChronoUnit.MILLIS), Instant.parse(detail.getString("timestamp")));
    }
}
