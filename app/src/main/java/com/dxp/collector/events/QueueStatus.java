package com.dxp.collector.events;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one queue's poller is doing, for operators.
 *
 * @param state          RUNNING, THROTTLED (paused while the enrichment work list is full), WAITING_FOR_DATABASE
 *                       (not receiving until the database answers again; the messages wait in SQS) or STOPPED
 * @param received       messages received since start
 * @param stored         events stored for the first time
 * @param duplicates     events recognised as already stored (redeliveries)
 * @param quarantined    messages quarantined
 * @param waiting        messages waiting in the queue (SQS's approximation), when SQS answered
 * @param inFlight       messages received by some consumer and not yet deleted, when SQS answered
 * @param lastError      the last failure of a receive loop, absent after a later success
 * @param loopRestarts   receive loops that had ended by a fault and were started again, since start
 */
@Schema(description = "What one queue's poller is doing, for operators.")
public record QueueStatus(
        @Schema(description = "The queue's configured name, as in `/api/admin/event-queues/{name}`") String name,
        @Schema(description = "The SQS queue URL") String url,
        @Schema(description = "RUNNING, THROTTLED (paused while the enrichment work list is full), "
                + "WAITING_FOR_DATABASE (not receiving until the database answers again; the messages wait in SQS) "
                + "or STOPPED")
        String state,
        @Schema(description = "Receive loops polling it") int receivers,
        @Schema(description = "Messages received since start") long received,
        @Schema(description = "Events stored for the first time") long stored,
        @Schema(description = "Events recognised as already stored (redeliveries)") long duplicates,
        @Schema(description = "Messages quarantined") long quarantined,
        @Schema(description = "When a receive last returned messages") Instant lastReceiveAt,
        @Schema(description = "Messages waiting in the queue (SQS's approximation), when SQS answered") Long waiting,
        @Schema(description = "Messages received by some consumer and not yet deleted, when SQS answered")
        Long inFlight,
        @Schema(description = "The last failure of a receive loop, absent after a later success") String lastError,
        @Schema(description = "When `lastError` happened") Instant lastErrorAt,
        @Schema(description = "Receive loops that had ended by a fault and were started again, since start")
        long loopRestarts) {
}
