package com.dxp.collector.backfill;

/**
 * What a backfill will cost, worked out before it starts.
 *
 * @param windows             windows of the plan
 * @param queryWindows        of which read with the details query
 * @param jobWindows          of which read with async jobs
 * @param conversationsPerDay the daily volume assumed; null when it could not be learned
 * @param volumeBasis         where that volume comes from: {@code probe} (the API's count of up to three of the
 *                            period's days), {@code stored} (the store's last 7 days, per day it holds) or
 *                            {@code unknown}
 * @param conversations       conversations expected in the period
 * @param apiCalls            API calls expected, with the reconciliation's count of each whole ended day
 * @param requestsPerMinute   the tenant's API budget
 * @param minutes             expected duration at that budget, if the backfill had it to itself
 */
public record BackfillEstimate(int windows, int queryWindows, int jobWindows, Long conversationsPerDay,
                               String volumeBasis, long conversations, long apiCalls, int requestsPerMinute,
                               double minutes) {
}
