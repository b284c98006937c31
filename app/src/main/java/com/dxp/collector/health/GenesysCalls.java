package com.dxp.collector.health;

import com.dxp.collector.genesys.RecentCalls;
import java.time.Instant;
import java.util.Map;

/**
 * A tenant's Genesys calls of the last hour.
 *
 * @param since       where the figures start (an hour ago, or the server's start)
 * @param byOutcome   calls by outcome: 2xx, 401, 403, 429, 4xx, 5xx, timeout, unreachable
 * @param lastFault   the last faulty answer since the server started
 * @param lastSuccess the last 2xx answer since the server started
 */
public record GenesysCalls(Instant since, Map<String, Long> byOutcome, RecentCalls.Fault lastFault,
                           Instant lastSuccess) {
}
