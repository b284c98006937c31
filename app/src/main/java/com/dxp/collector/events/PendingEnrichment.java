package com.dxp.collector.events;

import java.time.Instant;

/**
 * A tenant's conversations waiting for enrichment.
 *
 * @param conversations how many
 * @param oldestRequestedAt when the one waiting longest was asked for (its customer.end event, or a check's request)
 */
public record PendingEnrichment(long conversations, Instant oldestRequestedAt) {
}
