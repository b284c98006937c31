package com.dxp.collector.genesys.simulator.events;

import com.dxp.collector.genesys.simulator.EscapingJsonWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * Wraps Genesys events in the EventBridge envelope exactly as an SQS target receives them (reference §6, sample
 * A), and renders the broken variants of {@link Malformation}. Ids come from a {@link SeededIds}, so a seeded
 * instance always renders the same messages.
 */
public final class EventBridgeEnvelopes {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ISO_INSTANT;
    private static final String UNKNOWN_TOPIC_TEMPLATE = "v2.routing.queues.{id}.members";

    private final EventBridgeSettings settings;
    private final SeededIds ids;

    public EventBridgeEnvelopes(EventBridgeSettings settings, SeededIds ids) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public EventBridgeSettings settings() {
        return settings;
    }

    /** The envelope of an event, with a new EventBridge id and a new correlation id. */
    public EventBridgeMessage wrap(GenesysEvent event) {
        String id = ids.next().toString();
        String correlationId = ids.next().toString();
        JsonObject detail = detail(event.topicName(), event.eventBody(), correlationId, event.timestamp());
        return new EventBridgeMessage(id, correlationId,
                envelope(id, event.topic().template(), event.orgId().toString(), event.timestamp(), detail));
    }

    /**
     * The same Genesys event delivered again, as after a retry: a new EventBridge id and {@code time}, the same
     * {@code detail} (topic, body, correlation id, timestamp).
     */
    public EventBridgeMessage rewrap(EventBridgeMessage message, Instant time) {
        String id = ids.next().toString();
        // the builder keeps the fields in place (insertion order), so the copy reads like the original
        JsonObjectBuilder copy = Json.createObjectBuilder(message.envelope())
                .add("id", id)
                .add("time", ISO_SECONDS.format(time.truncatedTo(ChronoUnit.SECONDS)));
        return new EventBridgeMessage(id, message.correlationId(), copy.build());
    }

    /** How deep {@link Malformation#DEEPLY_NESTED} nests its arrays. */
    static final int NESTING = 2_000;

    /** A broken message body for the event. */
    public String malformed(GenesysEvent event, Malformation malformation) {
        EventBridgeMessage message = wrap(event);
        JsonObject envelope = message.envelope();
        JsonObject detail = envelope.getJsonObject("detail");
        return switch (malformation) {
            case INVALID_JSON -> message.body().replaceFirst("\"detail-type\":", "detail-type:");
            case TRUNCATED_JSON -> message.body().substring(0, message.body().length() / 2);
            case UNKNOWN_TOPIC -> {
                String queueId = SeededIds.derive(0, event.topicId(), "queue").toString();
                JsonObject otherDetail = Json.createObjectBuilder(detail)
                        .add("topicName", UNKNOWN_TOPIC_TEMPLATE.replace("{id}", queueId)).build();
                yield EscapingJsonWriter.toJson(Json.createObjectBuilder(envelope)
                        .add("detail-type", UNKNOWN_TOPIC_TEMPLATE).add("detail", otherDetail).build());
            }
            case UNKNOWN_ORG -> EscapingJsonWriter.toJson(Json.createObjectBuilder(envelope)
                    .add("source", settings.source(ids.next().toString())).build());
            case FOREIGN_SOURCE -> EscapingJsonWriter.toJson(Json.createObjectBuilder(envelope)
                    .add("account", "999999999999").add("region", "ap-south-1").build());
            case MISSING_EVENT_BODY -> EscapingJsonWriter.toJson(Json.createObjectBuilder(envelope)
                    .add("detail", Json.createObjectBuilder(detail).remove("eventBody")).build());
            case WRONG_TYPES -> EscapingJsonWriter.toJson(Json.createObjectBuilder(envelope)
                    .add("detail", Json.createObjectBuilder(detail)
                            .add("version", 2)
                            .add("eventBody", wrongTypes(detail.getJsonObject("eventBody"))))
                    .build());
            case DEEPLY_NESTED -> message.body().replaceFirst("\"detail\":\\{",
                    "\"detail\":{\"nested\":" + "[".repeat(NESTING) + "]".repeat(NESTING) + ",");
            case NUL_IN_ORG -> EscapingJsonWriter.toJson(Json.createObjectBuilder(envelope)
                    .add("source", settings.source(event.orgId() + "\u0000")).build());
        };
    }

    private JsonObject envelope(String id, String detailType, String orgId, Instant time, JsonObject detail) {
        return Json.createObjectBuilder()
                .add("version", "0")
                .add("id", id)
                .add("detail-type", detailType)
                .add("source", settings.source(orgId))
                .add("account", settings.account())
                .add("time", ISO_SECONDS.format(time.truncatedTo(ChronoUnit.SECONDS)))
                .add("region", settings.region())
                .add("resources", JsonValue.EMPTY_JSON_ARRAY)
                .add("detail", detail)
                .build();
    }

    private static JsonObject detail(String topicName, JsonObject eventBody, String correlationId, Instant at) {
        return Json.createObjectBuilder()
                .add("topicName", topicName)
                .add("version", "2")
                .add("eventBody", eventBody)
                .add("metadata", Json.createObjectBuilder().add("CorrelationId", correlationId))
                .add("timestamp", GenesysEvents.ISO_MILLIS.format(at))
                .build();
    }

    private static JsonObject wrongTypes(JsonObject body) {
        JsonObjectBuilder wrong = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : body.entrySet()) {
            JsonValue value = field.getValue();
            JsonValue swapped = switch (value.getValueType()) {
                case NUMBER -> Json.createValue(((JsonNumber) value).toString());
                case STRING -> Json.createValue(((JsonString) value).getString().length());
                case OBJECT -> Json.createArrayBuilder().add(value).build();
                case ARRAY -> Json.createObjectBuilder().add("items", (JsonArray) value).build();
                default -> Json.createValue("true");
            };
            wrong.add(field.getKey(), swapped);
        }
        return wrong.build();
    }
}
