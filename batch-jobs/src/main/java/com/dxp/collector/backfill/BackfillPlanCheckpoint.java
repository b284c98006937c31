package com.dxp.collector.backfill;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the partition mapper decided on the first execution of a job instance, kept as the step's persistent user
 * data. On restart the runtime re-runs only the unfinished partitions by index, so the plan must come out the
 * same: it is rebuilt from these values, not from a data-availability date that has moved on since.
 *
 * @param from start of the period
 * @param to end of the period
 * @param strategy the strategy used
 * @param windowSize the query window size used
 * @param jobWindowSize the job window size used
 * @param availability the data-availability date used as the jobs/query boundary ({@code null} unless auto)
 */
public record BackfillPlanCheckpoint(Instant from, Instant to, BackfillStrategy strategy, Duration windowSize,
        Duration jobWindowSize, Instant availability) implements Serializable {
}
