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
        @Schema(description = "The queue's configured name, as in `/api/admin/event-queues/{name}`",
                example = "genesys-events") String name,
        @Schema(description = "The SQS queue URL",
                example = "https://sqs.eu-central-1.amazonaws.com/123456789012/genesys-events") String url,
        @Schema(description = "RUNNING, THROTTLED (paused while the enrichment work list is full), "
                + "WAITING_FOR_DATABASE (not receiving until the database answers again; the messages wait in SQS) "
                + "or STOPPED", example = "RUNNING")
        String state,
        @Schema(description = "Receive loops polling it", example = "4") int receivers,
        @Schema(description = "Messages received since start", example = "18230") long received,
        @Schema(description = "Events stored for the first time", example = "18112") long stored,
        @Schema(description = "Events recognised as already stored (redeliveries)", example = "97") long duplicates,
        @Schema(description = "Messages quarantined", example = "21") long quarantined,
        @Schema(description = "When a receive last returned messages", example = "2026-12-01T09:31:37.044Z")
        Instant lastReceiveAt,
        @Schema(description = "Messages waiting in the queue (SQS's approximation), when SQS answered", example = "3")
        Long waiting,
        @Schema(description = "Messages received by some consumer and not yet deleted, when SQS answered",
                example = "12")
        Long inFlight,
        @Schema(description = "The last failure of a receive loop, absent after a later success",
                example = "SdkClientException: Unable to execute HTTP request: Connect timed out") String lastError,
        @Schema(description = "When `lastError` happened", example = "2026-12-01T07:45:10.332Z") Instant lastErrorAt,
        @Schema(description = "Receive loops that had ended by a fault and were started again, since start",
                example = "1")
        long loopRestarts) {
}
