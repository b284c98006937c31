package com.dxp.collector.backfill;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
public record BackfillRun(long id, UUID tenantId, Instant from, Instant to, String strategy, String windowSize,
                          String jobWindowSize, String requestedBy, Instant requestedAt, Long executionId,
                          int executions, String status,
                          String exitStatus, Instant startedAt, Instant endedAt, long windowsDone, Long windowsTotal,
                          long conversationsStored, long inserted, long replaced, long skipped, long apiCalls,
                          double conversationsPerSecond, Long etaSeconds, BackfillEstimate estimate,
                          List<String> skips, String phase, ReconciledDays reconciliation) {
}
