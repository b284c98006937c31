package com.dxp.collector.backfill;

/**
 * The answer to a backfill request: the estimate, and the run when one was started (not for a dry run).
 */
public record BackfillStart(BackfillEstimate estimate, BackfillRun run) {
}
