package com.dxp.collector.backfill;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a backfill will cost, worked out before it starts.
 *
 * @param windows             windows of the plan
 * @param queryWindows        of which read with the details query
 * @param jobWindows          of which read with async jobs
 * @param conversationsPerDay the daily volume assumed; null when it could not be learned
 * @param volumeBasis         where that volume comes from: {@code probe} (a dry run: the API's count of up to
 *                            three of the period's days), {@code stored} (the store's last 7 days, per day it
 *                            holds) or {@code unknown}
 * @param conversations       conversations expected in the period
 * @param apiCalls            API calls expected, with the reconciliation's count of each whole ended day
 * @param requestsPerMinute   the tenant's API budget
 * @param minutes             expected duration at that budget, if the backfill had it to itself
 * @param journeySessions     journey sessions expected to be fetched (one call each, counted in {@code apiCalls});
 *                            0 when the run fetches none
 */
@Schema(description = "What a backfill will cost, worked out before it starts.")
public record BackfillEstimate(
        @Schema(description = "Windows of the plan", example = "30") int windows,
        @Schema(description = "Of which read with the details query", example = "30") int queryWindows,
        @Schema(description = "Of which read with async jobs", example = "0") int jobWindows,
        @Schema(description = "The daily volume assumed; null when it could not be learned", example = "4200")
        Long conversationsPerDay,
        @Schema(description = "Where that volume comes from: `probe` (a dry run: the API's count of up to three of"
                + " the period's days), `stored` (the store's last 7 days, per day it holds) or `unknown`",
                enumeration = {"probe", "stored", "unknown"}, example = "stored")
        String volumeBasis,
        @Schema(description = "Conversations expected in the period", example = "126000") long conversations,
        @Schema(description = "API calls expected, with the reconciliation's count of each whole ended day",
                example = "1290")
        long apiCalls,
        @Schema(description = "The tenant's API budget", example = "300") int requestsPerMinute,
        @Schema(description = "Expected duration at that budget, if the backfill had it to itself", example = "4.3")
        double minutes,
        @Schema(description = "Journey sessions expected to be fetched, one call each (counted in `apiCalls`); 0"
                + " when the run fetches none", example = "0")
        long journeySessions) {

    /** This estimate with {@code sessions} journey sessions to fetch, one call each, added to its calls and time. */
    BackfillEstimate withJourneySessions(long sessions) {
        long calls = apiCalls + sessions;
        return new BackfillEstimate(windows, queryWindows, jobWindows, conversationsPerDay, volumeBasis,
                conversations, calls, requestsPerMinute, requestsPerMinute <= 0 ? minutes
                        : Math.round(calls * 10.0 / requestsPerMinute) / 10.0, sessions);
    }
}
