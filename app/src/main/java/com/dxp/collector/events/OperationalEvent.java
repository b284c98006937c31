package com.dxp.collector.events;

import java.time.Instant;

/**
 * One of Genesys Cloud's own operational notifications ({@code v2.operations.events.{id}}).
 *
 * @param eventId    the EventBridge event id
 * @param occurredAt the event's timestamp (its delivery time when it did not say)
 */
public record OperationalEvent(String eventId, String definitionId, String definitionName, String entityId,
        String entityName, String entityType, String errorCode, String previousValue, String currentValue,
        String conversationId, Instant occurredAt, Instant receivedAt) {
}
