package com.dxp.collector.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What replaying quarantined messages did.
 *
 * @param stored     messages now stored (their events were new)
 * @param duplicates messages whose events had been stored meanwhile (marked replayed too)
 * @param stillUnusable messages that still cannot be used; they stay with their new reason
 */
@Schema(description = "What replaying quarantined messages did.")
public record ReplayOutcome(
        @Schema(description = "Messages now stored (their events were new)", example = "4") int stored,
        @Schema(description = "Messages whose events had been stored meanwhile (marked replayed too)", example = "1")
        int duplicates,
        @Schema(description = "Messages that still cannot be used; they stay with their new reason", example = "0")
        int stillUnusable) {
}
