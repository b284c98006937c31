package com.dxp.collector.events;

import java.time.Instant;
import java.util.UUID;

/** A conversation waiting to be fetched after its customer.end event, as the worker claimed it. */
record EnrichmentTask(UUID tenantId, UUID conversationId, Instant dueAt, Instant requestedAt, int attempts) {
}
