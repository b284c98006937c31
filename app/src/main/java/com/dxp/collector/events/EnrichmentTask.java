package com.dxp.collector.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A conversation waiting to be fetched after its customer.end event, as the worker claimed it: {@code dueAt} is then
 * the end of the worker's lease, which the row must still hold for the worker to complete or put back the task.
 */
record EnrichmentTask(UUID tenantId, UUID conversationId, Instant dueAt, Instant requestedAt, int attempts) {

    /** This task as claimed until {@code leaseUntil}, to the microsecond the database keeps. */
    EnrichmentTask leasedUntil(Instant leaseUntil) {
        return new EnrichmentTask(tenantId, conversationId, leaseUntil.truncatedTo(ChronoUnit.MICROS), requestedAt,
                attempts);
    }
}
