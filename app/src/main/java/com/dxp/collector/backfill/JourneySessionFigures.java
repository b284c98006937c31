package com.dxp.collector.backfill;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A backfill run's journey sessions: whether it fetches them, why not, and how many it stored.
 *
 * @param fetch   whether the run fetches the journey sessions its conversations name
 * @param reason  why not, when it does not
 * @param stored  sessions fetched and stored so far
 * @param missing sessions Genesys had none of by their id (kept as such, not asked for again)
 */
@Schema(description = "A backfill run's journey sessions: whether it fetches them, why not, and how many so far.")
public record JourneySessionFigures(
        @Schema(description = "Whether the run fetches the journey sessions its conversations name", example = "true")
        boolean fetch,
        @Schema(description = "Why not, when it does not", example = "the tenant has not opted in (journeySessions"
                + " on the tenant)") String reason,
        @Schema(description = "Sessions fetched and stored so far", example = "312") long stored,
        @Schema(description = "Sessions Genesys had none of by their id", example = "2") long missing) {
}
