package com.dxp.collector.backfill;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A backfill run as operators see it.
 *
 * @param id                   the run (the job instance); stop and restart name it
 * @param executionId          its latest execution
 * @param executions           1 + restarts
 * @param status               STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED
 * @param exitStatus           the job's exit status, such as the reason a window was refused
 * @param windowsDone          windows read and stored completely
 * @param windowsTotal         windows of the plan (null until the job has planned them)
 * @param conversationsStored  records stored (new, replacing an older version, or unchanged)
 * @param inserted             of which new
 * @param replaced             of which replacing an older version
 * @param skipped              records skipped or refused by the store (first ones in {@code skips})
 * @param apiCalls             API calls made
 * @param conversationsPerSecond stored per second of the run so far
 * @param etaSeconds           expected seconds to the end, from the windows done so far; null when unknown
 * @param phase                where an active run is: {@code PLANNING} (its windows not planned yet), {@code WINDOWS}
 *                             (reading them) or {@code RECONCILIATION} (proving its days); {@code ENDED} once it ended
 * @param reconciliation       what its reconciliation found (days, complete days, data complete through); absent
 *                             until it has run
 */
@Schema(description = "A backfill run as operators see it.")
public record BackfillRun(
        @Schema(description = "The run (the job instance); stop and restart name it") long id,
        @Schema(description = "The tenant") UUID tenantId,
        @Schema(description = "Start of the period loaded (inclusive)") Instant from,
        @Schema(description = "End of the period loaded (exclusive)") Instant to,
        @Schema(description = "`query` (details query) or `jobs` (async analytics jobs), as planned") String strategy,
        @Schema(description = "Query window length, ISO-8601 duration") String windowSize,
        @Schema(description = "Analytics job window length, ISO-8601 duration") String jobWindowSize,
        @Schema(description = "The account that asked for it") String requestedBy,
        @Schema(description = "When it was asked for") Instant requestedAt,
        @Schema(description = "Its latest execution") Long executionId,
        @Schema(description = "1 + restarts") int executions,
        @Schema(description = "STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED") String status,
        @Schema(description = "The job's exit status, such as the reason a window was refused") String exitStatus,
        @Schema(description = "When its first execution started") Instant startedAt,
        @Schema(description = "When its latest execution ended; absent while running") Instant endedAt,
        @Schema(description = "Windows read and stored completely") long windowsDone,
        @Schema(description = "Windows of the plan (null until the job has planned them)") Long windowsTotal,
        @Schema(description = "Records stored (new, replacing an older version, or unchanged)")
        long conversationsStored,
        @Schema(description = "Of which new") long inserted,
        @Schema(description = "Of which replacing an older version") long replaced,
        @Schema(description = "Records skipped or refused by the store (first ones in `skips`)") long skipped,
        @Schema(description = "API calls made") long apiCalls,
        @Schema(description = "Stored per second of the run so far") double conversationsPerSecond,
        @Schema(description = "Expected seconds to the end, from the windows done so far; null when unknown")
        Long etaSeconds,
        @Schema(description = "The estimate made when it was requested") BackfillEstimate estimate,
        @Schema(description = "The first 100 skipped records, each with its reason") List<String> skips,
        @Schema(description = "Where an active run is: PLANNING (its windows not planned yet), WINDOWS (reading"
                + " them) or RECONCILIATION (proving its days); ENDED once it ended",
                enumeration = {"PLANNING", "WINDOWS", "RECONCILIATION", "ENDED"}) String phase,
        @Schema(description = "What its reconciliation found; absent until it has run") ReconciledDays reconciliation) {
}
