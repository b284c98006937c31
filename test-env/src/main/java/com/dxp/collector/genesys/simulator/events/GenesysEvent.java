package com.dxp.collector.genesys.simulator.events;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One notification as Genesys Cloud hands it to EventBridge, before the envelope: which org, which topic and id,
 * when, and the topic's {@code eventBody}.
 *
 * @param orgId     the org that emitted it (goes into the envelope's {@code source})
 * @param topic     the topic
 * @param topicId   the value of the topic's {@code {id}}
 * @param timestamp when Genesys emitted it ({@code detail.timestamp}; the envelope's {@code time} too)
 * @param eventBody the topic's payload
 */
public record GenesysEvent(UUID orgId, EventTopic topic, String topicId, Instant timestamp, JsonObject eventBody) {

    public GenesysEvent {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(eventBody, "eventBody");
    }

    /** The concrete topic name ({@code detail.topicName}). */
    public String topicName() {
        return topic.topicName(topicId);
    }
}
