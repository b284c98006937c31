package com.dxp.collector.backfill;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 *                             (reading them), {@code RECONCILIATION} (proving its days) or {@code JOURNEY_SESSIONS}
 *                             (fetching the journey sessions its conversations name); {@code ENDED} once it ended
 * @param reconciliation       what its reconciliation found (days, complete days, data complete through); absent
 *                             until it has run
 * @param journeySessions      whether it fetches the journey sessions its conversations name, and how many so far
 * @param leftOut              the optional data it leaves out, each with what would enable it
 */
@Schema(description = "A backfill run as operators see it.")
public record BackfillRun(
        @Schema(description = "The run (the job instance); stop and restart name it", example = "1017") long id,
        @Schema(description = "The tenant", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID tenantId,
        @Schema(description = "Start of the period loaded (inclusive)", example = "2026-11-01T00:00:00.000Z")
        Instant from,
        @Schema(description = "End of the period loaded (exclusive)", example = "2026-12-01T00:00:00.000Z") Instant to,
        @Schema(description = "`query` (details query) or `jobs` (async analytics jobs), as planned", example = "query")
        String strategy,
        @Schema(description = "Query window length, ISO-8601 duration", example = "P1D") String windowSize,
        @Schema(description = "Analytics job window length, ISO-8601 duration", example = "P7D") String jobWindowSize,
        @Schema(description = "The account that asked for it", example = "admin") String requestedBy,
        @Schema(description = "When it was asked for", example = "2026-12-01T09:31:02.395Z") Instant requestedAt,
        @Schema(description = "Its latest execution", example = "1042") Long executionId,
        @Schema(description = "1 + restarts", example = "1") int executions,
        @Schema(description = "STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED",
                example = "STARTED") String status,
        @Schema(description = "The job's exit status, such as the reason a window was refused",
                example = "REFUSED: window QUERY:2026-11-03T00:00:00Z/2026-11-04T00:00:00Z has 112480 conversations,"
                        + " more than the 100000 the query can page through; use strategy=jobs or a smaller windowSize")
        String exitStatus,
        @Schema(description = "When its first execution started", example = "2026-12-01T09:31:03.120Z")
        Instant startedAt,
        @Schema(description = "When its latest execution ended; absent while running",
                example = "2026-12-01T09:36:47.554Z") Instant endedAt,
        @Schema(description = "Windows read and stored completely", example = "12") long windowsDone,
        @Schema(description = "Windows of the plan (null until the job has planned them)", example = "30")
        Long windowsTotal,
        @Schema(description = "Records stored (new, replacing an older version, or unchanged)", example = "50412")
        long conversationsStored,
        @Schema(description = "Of which new", example = "48930") long inserted,
        @Schema(description = "Of which replacing an older version", example = "1402") long replaced,
        @Schema(description = "Records skipped or refused by the store (first ones in `skips`)", example = "2")
        long skipped,
        @Schema(description = "API calls made", example = "517") long apiCalls,
        @Schema(description = "Stored per second of the run so far", example = "146.5") double conversationsPerSecond,
        @Schema(description = "Expected seconds to the end, from the windows done so far; null when unknown",
                example = "512")
        Long etaSeconds,
        @Schema(description = "The estimate made when it was requested") BackfillEstimate estimate,
        @Schema(description = "The first 100 skipped records, each with its reason",
                example = "[\"conversation b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c refused by the store: the database"
                        + " refused it (SQL state 22001)\"]") List<String> skips,
        @Schema(description = "Where an active run is: PLANNING (its windows not planned yet), WINDOWS (reading"
                + " them) or RECONCILIATION (proving its days); ENDED once it ended",
                enumeration = {"PLANNING", "WINDOWS", "RECONCILIATION", "JOURNEY_SESSIONS", "ENDED"}, example = "WINDOWS") String phase,
        @Schema(description = "What its reconciliation found; absent until it has run") ReconciledDays reconciliation,
        @Schema(description = "Whether it fetches the journey sessions its conversations name (why not), and how"
                + " many it stored") JourneySessionFigures journeySessions,
        @Schema(description = "The optional data it leaves out (`journeySessions`, `participantAttributes`), each with"
                + " what would enable it; decided at its start",
                example = "{\"participantAttributes\": \"conversation:participant:attributesview was not granted at"
                        + " the tenant's last verification; grant it and verify the tenant again to store participant"
                        + " attributes from job results\"}")
        Map<String, String> leftOut) {
}
