package com.dxp.collector.genesys.simulator.events;

import java.time.Instant;
import java.util.Objects;

/**
 * One occurrence of an operational event.
 *
 * @param definition     what kind of event
 * @param entityId       the entity it happened to
 * @param entityName     that entity's name
 * @param conversationId the conversation it happened in, or null
 * @param at             when it happened
 */
public record OperationalEvent(OperationalEventDefinition definition, String entityId, String entityName,
                               String conversationId, Instant at) {

    public OperationalEvent {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(at, "at");
    }
}
