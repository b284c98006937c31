package com.dxp.collector.events;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.rest.Ids;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads the event bodies of the three topics into what the store keeps, normalizing what Genesys varies: times
 * come as epoch milliseconds (detail and operational events) or ISO-8601 strings (token events, EventBridge), and a
 * missing time falls back to the envelope's, then to the delivery time, so every stored event has one.
 */
final class EventBodies {

    private EventBodies() {
    }

    /** The conversation a customer.end event announces: the body's id, else the topic's. */
    static UUID customerEnd(EventEnvelope e) throws UnusableMessageException {
        String id = text(e.body(), "conversationId");
        return Ids.parse(id != null ? id : e.topic().entityId()).orElseThrow(() -> new UnusableMessageException(
                QuarantineReason.INVALID_BODY, "customer.end event without a conversation id (UUID) in its body or"
                        + " topic"));
    }

    /** A user token event; the token hash it carries is dropped here. */
    static UserSession userSession(EventEnvelope e, Instant receivedAt) throws UnusableMessageException {
        JsonObject body = e.body();
        JsonObject user = body.get("user") instanceof JsonObject u ? u : JsonValue.EMPTY_JSON_OBJECT;
        String userId = text(user, "id") != null ? text(user, "id") : e.topic().entityId();
        if (userId == null || userId.length() > 100) {
            throw new UnusableMessageException(QuarantineReason.INVALID_BODY, "token event without a user id");
        }
        return new UserSession(e.eventId(), bounded(userId, 100), bounded(text(user, "name"), 500),
                bounded(text(body, "ipAddress"), 64), bounded(text(body, "clientId"), 100),
                bounded(text(body, "sessionId"), 100), time(body.get("dateCreated"), e, receivedAt),
                time(body.get("tokenExpirationDate"), null, null), receivedAt);
    }

    /** An operational event. */
    static OperationalEvent operationalEvent(EventEnvelope e, Instant receivedAt) {
        JsonObject body = e.body();
        JsonObject definition = body.get("eventEntity") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        return new OperationalEvent(e.eventId(), bounded(text(definition, "id"), 100),
                bounded(text(definition, "name"), 500), bounded(text(body, "entityId"), 100),
                bounded(text(body, "entityName"), 500), bounded(text(body, "entityType"), 100),
                bounded(text(body, "errorCode"), 200), bounded(text(body, "previousValue"), 2000),
                bounded(text(body, "currentValue"), 2000), bounded(text(body, "conversationId"), 100),
                time(body.get("timestamp"), e, receivedAt), receivedAt);
    }

    /**
     * Epoch milliseconds or an ISO-8601 string of a real time (years 1 to 9999); else the envelope's time; else
     * {@code fallback}. Genesys has sent epochs like {@code Long.MAX_VALUE}, which would be stored as the year
     * 292278994.
     */
    static Instant time(JsonValue value, EventEnvelope e, Instant fallback) {
        Instant read = null;
        if (value instanceof JsonNumber n) {
            Long millis = Jdbc.storableLong(n.bigDecimalValue());
            read = millis == null ? null : Jdbc.storable(Instant.ofEpochMilli(millis));
        } else if (value instanceof JsonString s) {
            try {
                read = Jdbc.storable(OffsetDateTime.parse(s.getString()).toInstant());
            } catch (DateTimeParseException ex) {
                // falls back
            }
        }
        if (read != null) {
            return read;
        }
        return e != null && e.time() != null ? e.time() : fallback;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v instanceof JsonNumber n ? n.toString() : null;
    }
}
