package com.dxp.collector.genesys.simulator.events;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The three Genesys Cloud notification topics the collector subscribes to through EventBridge. The template is
 * what EventBridge puts in {@code detail-type}; the concrete name, with the id filled in, is
 * {@code detail.topicName}.
 */
public enum EventTopic {

    /** The customer left a conversation; {@code {id}} is the conversation id. */
    CUSTOMER_END("v2.detail.events.conversation.{id}.customer.end"),
    /** An access token was issued to a user; {@code {id}} is the user id. */
    USER_TOKENS("v2.users.{id}.tokens"),
    /** An operational event of the org; {@code {id}} is the org id (reference §6: most likely, unconfirmed). */
    OPERATIONAL_EVENTS("v2.operations.events.{id}");

    private final String template;

    EventTopic(String template) {
        this.template = template;
    }

    /** The topic as subscribed, with its {@code {id}} placeholder. */
    public String template() {
        return template;
    }

    /** The concrete topic name for one id. */
    public String topicName(String id) {
        Objects.requireNonNull(id, "id");
        return template.replace("{id}", id);
    }

    /** The topic whose template this is, if any. */
    public static Optional<EventTopic> ofTemplate(String template) {
        return Arrays.stream(values()).filter(t -> t.template.equals(template)).findFirst();
    }
}
