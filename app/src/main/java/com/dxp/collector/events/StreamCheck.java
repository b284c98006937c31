package com.dxp.collector.events;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(description = "The last event-stream check of a tenant, as stored in `event_stream_check`.")
public record StreamCheck(
        @Schema(description = "The tenant") UUID tenantId,
        @Schema(description = "When the check ran") Instant checkedAt,
        @Schema(description = "Start of the window of conversation ends compared (inclusive)") Instant windowFrom,
        @Schema(description = "Its end (exclusive)") Instant windowTo,
        @Schema(description = "What it found") StreamVerdict verdict,
        @Schema(description = "Conversations the analytics API says ended in the window (as far as the check read)")
        int ended,
        @Schema(description = "Of those, how many the collector knew nothing of (neither stored nor waiting for "
                + "enrichment)")
        int missing,
        @Schema(description = "Customer.end events received in the window") int endEvents,
        @Schema(description = "Missing conversations the check put on the enrichment work list") int requested,
        @Schema(description = "Since when no customer.end event came while conversations ended; null unless silent")
        Instant silentSince,
        @Schema(description = "Why the window failed, or what was left to reconciliation") String detail) {
}
