package com.dxp.collector.backfill;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole UTC days of {@code [from, to)} to reconcile now (at most 31). */
@Schema(description = "The whole UTC days of `[from, to)` to reconcile now (at most 31).")
public record ReconciliationRequest(
        @Schema(description = "Start of the period (ISO-8601 instant); only whole UTC days inside it are reconciled",
                example = "2026-11-01T00:00:00.000Z")
        Instant from,
        @Schema(description = "End of the period (exclusive); at most 31 days after `from`",
                example = "2026-11-08T00:00:00.000Z") Instant to) {
}
