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
        @Schema(description = "The EventBridge event id", example = "1b7e3f9a-4c2d-4e8b-a6f0-3d5c7e9b1a24")
        String eventId,
        @Schema(description = "The operational event definition id", example = "ARCHITECT-0010") String definitionId,
        @Schema(description = "The definition's name", example = "Flow error") String definitionName,
        @Schema(description = "The id of the Genesys entity concerned",
                example = "3e5a7c9b-1d3f-4b5a-8c7e-9f1b3d5a7c9e") String entityId,
        @Schema(description = "Its name", example = "Main IVR") String entityName,
        @Schema(description = "Its type, such as `flow` or `integration`", example = "flow") String entityType,
        @Schema(description = "The error code Genesys reported, if any", example = "ARCHITECT_FLOW_ERROR")
        String errorCode,
        @Schema(description = "The value before, for a change", example = "ACTIVE") String previousValue,
        @Schema(description = "The value after, for a change", example = "INACTIVE") String currentValue,
        @Schema(description = "The conversation concerned, if any", example = "b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c")
        String conversationId,
        @Schema(description = "The event's timestamp (its delivery time when it did not say)",
                example = "2026-12-01T08:14:22.930Z") Instant occurredAt,
        @Schema(description = "When the collector received the event", example = "2026-12-01T08:14:24.107Z")
        Instant receivedAt) {
}
