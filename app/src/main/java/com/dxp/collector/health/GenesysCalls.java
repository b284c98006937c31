package com.dxp.collector.health;

import com.dxp.collector.genesys.RecentCalls;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's Genesys calls of the last hour.
 *
 * @param since       where the figures start (an hour ago, or the server's start)
 * @param byOutcome   calls by outcome: 2xx, 401, 403, 429, 4xx, 5xx, timeout, unreachable
 * @param lastFault   the last faulty answer since the server started
 * @param lastSuccess the last 2xx answer since the server started
 */
@Schema(description = "A tenant's Genesys calls of the last hour.")
public record GenesysCalls(
        @Schema(description = "Where the figures start (an hour ago, or the server's start)",
                example = "2026-12-01T08:31:40.000Z") Instant since,
        @Schema(description = "Calls by outcome: 2xx, 401, 403, 429, 4xx, 5xx, timeout, unreachable",
                example = "{\"2xx\": 1824, \"429\": 3, \"5xx\": 1}")
        Map<String, Long> byOutcome,
        @Schema(description = "The last faulty answer since the server started") RecentCalls.Fault lastFault,
        @Schema(description = "The last 2xx answer since the server started", example = "2026-12-01T09:31:38.215Z")
        Instant lastSuccess) {
}
