package com.dxp.collector.backfill;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a reconciliation found.
 *
 * @param days                whole ended days checked
 * @param complete            of which all stored and complete
 * @param unchecked           of which the API could not be asked (unavailable, or postponed the calls): left for the
 *                            next reconciliation, not counted complete
 * @param dataCompleteThrough the tenant's watermark afterwards; null when it has none yet
 */
@Schema(description = "What a reconciliation found.")
public record ReconciledDays(
        @Schema(description = "Whole ended UTC days checked", example = "7") int days,
        @Schema(description = "Of which all stored and complete", example = "6") int complete,
        @Schema(description = "Of which the API could not be asked (unavailable, or it postponed the calls): left for"
                + " the next reconciliation, not counted complete", example = "1") int unchecked,
        @Schema(description = "The tenant's completeness watermark afterwards; null when it has none yet",
                example = "2026-11-07T00:00:00.000Z")
        Instant dataCompleteThrough) {
}
