package com.dxp.collector.backfill;

/**
 * What a backfill will cost, worked out before it starts.
 *
 * @param windows             windows of the plan
 * @param queryWindows        of which read with the details query
 * @param jobWindows          of which read with async jobs
 * @param conversationsPerDay the daily volume assumed; null when it could not be learned
 * @param volumeBasis         where that volume comes from: {@code stored} (the last 7 days in the store),
 *                            {@code probe} (the API's count of the last full day) or {@code unknown}
 * @param conversations       conversations expected in the period
 * @param apiCalls            API calls expected
 * @param requestsPerMinute   the tenant's API budget
 * @param minutes             expected duration at that budget, if the backfill had it to itself
 */
public record BackfillEstimate(int windows, int queryWindows, int jobWindows, Long conversationsPerDay,
                               String volumeBasis, long conversations, long apiCalls, int requestsPerMinute,
                               double minutes) {
}
