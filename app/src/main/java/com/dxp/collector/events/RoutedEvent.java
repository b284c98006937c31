package com.dxp.collector.events;

import java.util.UUID;

/**
 * A readable event, the tenant it belongs to and what its topic's handler made of its body: ready to be stored.
 *
 * @param payload a {@link ConversationEnded}, a {@link UserSession} or a {@link RawOperationalEvent}
 */
public record RoutedEvent(UUID tenantId, EventEnvelope envelope, Object payload) {

    /** A customer.end event: the conversation to fetch. */
    public record ConversationEnded(UUID conversationId) {
    }

    /** An operational event with its body as received. */
    public record RawOperationalEvent(OperationalEvent event, String rawJson) {
    }
}
