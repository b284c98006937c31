package com.dxp.collector.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The last event-stream check of a tenant, as stored in {@code event_stream_check}.
 *
 * @param tenantId    the tenant
 * @param checkedAt   when the check ran
 * @param windowFrom  start of the window of conversation ends compared (inclusive)
 * @param windowTo    its end (exclusive)
 * @param verdict     what it found
 * @param ended       conversations the analytics API says ended in the window (as far as the check read)
 * @param missing     of those, how many the collector knew nothing of (neither stored nor waiting for enrichment)
 * @param endEvents   customer.end events received in the window
 * @param requested   missing conversations the check put on the enrichment work list
 * @param silentSince since when no customer.end event came while conversations ended; null unless silent
 * @param detail      why the window failed, or what was left to reconciliation
 */
public record StreamCheck(UUID tenantId, Instant checkedAt, Instant windowFrom, Instant windowTo,
                          StreamVerdict verdict, int ended, int missing, int endEvents, int requested,
                          Instant silentSince, String detail) {
}
