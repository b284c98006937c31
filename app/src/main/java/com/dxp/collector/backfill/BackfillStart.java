package com.dxp.collector.backfill;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a backfill request: the estimate, and the run when one was started (not for a dry run).
 */
@Schema(description = "The answer to a backfill request: the estimate, and the run when one was started (not for a "
        + "dry run).")
public record BackfillStart(
        @Schema(description = "Windows, daily volume, API calls and minutes expected") BackfillEstimate estimate,
        @Schema(description = "The run started; absent for a dry run") BackfillRun run) {
}
