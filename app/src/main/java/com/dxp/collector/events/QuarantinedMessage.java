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
        @Schema(description = "The quarantined message id") UUID id,
        @Schema(description = "The queue it came from") String queueName,
        @Schema(description = "Why it was quarantined (its latest reason after a replay)") QuarantineReason reason,
        @Schema(description = "What exactly was wrong") String detail,
        @Schema(description = "The tenant it could be routed to, when it got that far") UUID tenantId,
        @Schema(description = "The Genesys org id the message named, if any") String genesysOrgId,
        @Schema(description = "The Genesys topic it carried, if any") String topic,
        @Schema(description = "The message body exactly as received") String rawBody,
        @Schema(description = "When it first arrived") Instant firstSeen,
        @Schema(description = "When it last arrived") Instant lastSeen,
        @Schema(description = "How many times the same body arrived on the same queue") int seenCount,
        @Schema(description = "When a replay stored it; absent while it is still waiting") Instant replayedAt) {
}
