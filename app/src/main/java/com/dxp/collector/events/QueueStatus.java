package com.dxp.collector.events;

import java.time.Instant;

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
public record QueueStatus(String name, String url, String state, int receivers, long received, long stored,
        long duplicates, long quarantined, Instant lastReceiveAt, Long waiting, Long inFlight, String lastError,
        Instant lastErrorAt, long loopRestarts) {
}
