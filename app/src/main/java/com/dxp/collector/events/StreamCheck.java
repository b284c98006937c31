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
        @Schema(description = "The tenant", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID tenantId,
        @Schema(description = "When the check ran", example = "2026-12-01T09:30:00.015Z") Instant checkedAt,
        @Schema(description = "Start of the window of conversation ends compared (inclusive)",
                example = "2026-12-01T09:22:00.000Z") Instant windowFrom,
        @Schema(description = "Its end (exclusive)", example = "2026-12-01T09:27:00.000Z") Instant windowTo,
        @Schema(description = "What it found") StreamVerdict verdict,
        @Schema(description = "Conversations the analytics API says ended in the window (as far as the check read)",
                example = "42")
        int ended,
        @Schema(description = "Of those, how many the collector knew nothing of (neither stored nor waiting for "
                + "enrichment)", example = "3")
        int missing,
        @Schema(description = "Customer.end events received in the window", example = "39") int endEvents,
        @Schema(description = "Missing conversations the check put on the enrichment work list", example = "0")
        int requested,
        @Schema(description = "Since when no customer.end event came while conversations ended; null unless silent",
                example = "2026-12-01T08:40:00.000Z")
        Instant silentSince,
        @Schema(description = "Why the window failed, or what was left to reconciliation",
                example = "3 missed conversations left to reconciliation: the tenant's enrichment work list is full.")
        String detail) {
}
