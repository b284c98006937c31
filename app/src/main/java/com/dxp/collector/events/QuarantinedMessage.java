package com.dxp.collector.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A message the poller could not use, kept for an operator with its raw body and the reason.
 *
 * @param tenantId     the tenant it could be routed to, when it got that far
 * @param seenCount    how many times the same body arrived on the same queue
 * @param replayedAt   when a replay stored it; absent while it is still waiting
 */
public record QuarantinedMessage(UUID id, String queueName, QuarantineReason reason, String detail, UUID tenantId,
        String genesysOrgId, String topic, String rawBody, Instant firstSeen, Instant lastSeen, int seenCount,
        Instant replayedAt) {
}
