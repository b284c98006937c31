package com.dxp.collector.events;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of Genesys Cloud's own operational notifications ({@code v2.operations.events.{id}}).
 *
 * @param eventId    the EventBridge event id
 * @param occurredAt the event's timestamp (its delivery time when it did not say)
 */
@Schema(description = "One of Genesys Cloud's own operational notifications (`v2.operations.events.{id}`).")
public record OperationalEvent(
        @Schema(description = "The EventBridge event id") String eventId,
        @Schema(description = "The operational event definition id") String definitionId,
        @Schema(description = "The definition's name") String definitionName,
        @Schema(description = "The id of the Genesys entity concerned") String entityId,
        @Schema(description = "Its name") String entityName,
        @Schema(description = "Its type, such as `flow` or `integration`") String entityType,
        @Schema(description = "The error code Genesys reported, if any") String errorCode,
        @Schema(description = "The value before, for a change") String previousValue,
        @Schema(description = "The value after, for a change") String currentValue,
        @Schema(description = "The conversation concerned, if any") String conversationId,
        @Schema(description = "The event's timestamp (its delivery time when it did not say)") Instant occurredAt,
        @Schema(description = "When the collector received the event") Instant receivedAt) {
}
