package com.dxp.collector.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads an SQS message body as a Genesys Cloud EventBridge envelope, or says precisely why it cannot be one. The
 * checks here are the ones a redelivery can never fix; everything else (the tenant, the database) is decided
 * later.
 */
public final class EventEnvelopeReader {

    private static final String SOURCE_PREFIX = "aws.partner/genesys.com/cloud/";

    private final JsonReaderFactory readers = Json.createReaderFactory(Map.of());
    private final int maxBodyChars;

    /** @param maxBodyChars longer bodies are quarantined unread (SQS allows 256 KiB; events are a few KiB) */
    public EventEnvelopeReader(int maxBodyChars) {
        this.maxBodyChars = maxBodyChars;
    }

    public EventEnvelope read(String body) throws UnusableMessageException {
        if (body == null || body.length() > maxBodyChars) {
            throw new UnusableMessageException(QuarantineReason.OVERSIZED, "the body has "
                    + (body == null ? 0 : body.length()) + " characters, more than the " + maxBodyChars + " accepted");
        }
        JsonObject envelope;
        try (JsonReader reader = readers.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject o)) {
                throw new UnusableMessageException(QuarantineReason.NOT_AN_EVENT, "the body is JSON but not an object");
            }
            envelope = o;
        } catch (RuntimeException e) {
            // Parsson signals a value nested over 1,000 deep with a plain RuntimeException: unreadable all the same
            throw new UnusableMessageException(QuarantineReason.INVALID_JSON, "the body is not JSON the collector"
                    + " reads: " + bounded(String.valueOf(e.getMessage())));
        }
        String id = text(envelope, "id");
        String source = text(envelope, "source");
        if (id == null || source == null || !(envelope.get("detail") instanceof JsonObject detail)) {
            throw new UnusableMessageException(QuarantineReason.NOT_AN_EVENT,
                    "an EventBridge event needs id, source and a detail object");
        }
        if (!source.startsWith(SOURCE_PREFIX)) {
            throw new UnusableMessageException(QuarantineReason.NOT_AN_EVENT, "source is not a Genesys Cloud event"
                    + " source (" + SOURCE_PREFIX + "<org id>/<suffix>)");
        }
        String[] org = source.substring(SOURCE_PREFIX.length()).split("/", 2);
        if (org[0].isEmpty()) {
            throw new UnusableMessageException(QuarantineReason.NOT_AN_EVENT, "source names no Genesys org id");
        }
        String topicName = text(detail, "topicName");
        if (topicName == null) {
            throw new UnusableMessageException(QuarantineReason.NOT_AN_EVENT, "detail.topicName is missing");
        }
        EventTopic.Match topic = EventTopic.of(topicName).orElseThrow(() -> new UnusableMessageException(
                QuarantineReason.UNKNOWN_TOPIC, "topic " + bounded(topicName) + " is not one the collector reads"));
        if (!(detail.get("eventBody") instanceof JsonObject eventBody)) {
            throw new UnusableMessageException(QuarantineReason.NOT_AN_EVENT, "detail.eventBody is missing");
        }
        // Genesys retries a delivery under a new EventBridge id but the same correlation id: that is the event
        String correlationId = detail.get("metadata") instanceof JsonObject metadata
                ? text(metadata, "CorrelationId") : null;
        String eventId = correlationId != null ? correlationId : id;
        if (eventId.length() > 100 || eventId.indexOf('\u0000') >= 0) {
            throw new UnusableMessageException(QuarantineReason.NOT_AN_EVENT, "the event id is longer than 100 or"
                    + " holds NUL");
        }
        return new EventEnvelope(eventId, org[0], org.length > 1 && !org[1].isEmpty() ? org[1] : null,
                text(envelope, "account"), text(envelope, "region"), instant(text(envelope, "time")), topic,
                eventBody);
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    private static Instant instant(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String bounded(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
