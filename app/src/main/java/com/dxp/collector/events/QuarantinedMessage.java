package com.dxp.collector.events;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message the poller could not use, kept for an operator with its raw body and the reason.
 *
 * @param tenantId     the tenant it could be routed to, when it got that far
 * @param seenCount    how many times the same body arrived on the same queue
 * @param replayedAt   when a replay stored it; absent while it is still waiting
 */
@Schema(description = "A message the poller could not use, kept for an operator with its raw body and the reason.")
public record QuarantinedMessage(
        @Schema(description = "The quarantined message id", example = "a3f5c7e9-1b2d-4f6a-8c0e-2d4f6a8c0e1b") UUID id,
        @Schema(description = "The queue it came from", example = "genesys-events") String queueName,
        @Schema(description = "Why it was quarantined (its latest reason after a replay)") QuarantineReason reason,
        @Schema(description = "What exactly was wrong",
                example = "tenant 6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10 is disabled") String detail,
        @Schema(description = "The tenant it could be routed to, when it got that far",
                example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID tenantId,
        @Schema(description = "The Genesys org id the message named, if any",
                example = "9d2f4b61-7c3e-4a8d-b5f0-2e6a1c9b8d47") String genesysOrgId,
        @Schema(description = "The Genesys topic it carried, if any",
                example = "v2.detail.events.conversation.b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c.customer.end")
        String topic,
        @Schema(description = "The message body exactly as received",
                example = "{\"version\":\"0\",\"id\":\"1b7e3f9a-4c2d-4e8b-a6f0-3d5c7e9b1a24\","
                        + "\"detail-type\":\"v2.detail.events.conversation.b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c"
                        + ".customer.end\",\"source\":\"aws.partner/genesys.com/cloud/"
                        + "9d2f4b61-7c3e-4a8d-b5f0-2e6a1c9b8d47/acme-prod\",\"time\":\"2026-12-01T09:12:39Z\","
                        + "\"detail\":{\"topicName\":\"v2.detail.events.conversation."
                        + "b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c.customer.end\",\"eventBody\":{"
                        + "\"conversationId\":\"b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c\"}}}") String rawBody,
        @Schema(description = "When it first arrived", example = "2026-12-01T09:12:40.118Z") Instant firstSeen,
        @Schema(description = "When it last arrived", example = "2026-12-01T09:14:41.530Z") Instant lastSeen,
        @Schema(description = "How many times the same body arrived on the same queue", example = "2") int seenCount,
        @Schema(description = "When a replay stored it; absent while it is still waiting",
                example = "2026-12-01T10:02:18.774Z") Instant replayedAt) {
}
