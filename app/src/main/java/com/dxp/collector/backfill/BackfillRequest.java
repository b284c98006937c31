package com.dxp.collector.backfill;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an operator asks for: the conversations that started in {@code [from, to)}.
 *
 * @param from       first instant, inclusive (required)
 * @param to         end, exclusive (required, not in the future)
 * @param strategy   {@code auto} (default), {@code query} or {@code jobs}
 * @param windowSize ISO-8601 length of a query window; default {@code backfill.window-size}
 * @param jobWindowSize ISO-8601 length of a job window; default {@code backfill.job-window-size}
 * @param dryRun     true: only the estimate, nothing is started
 */
@Schema(description = "What an operator asks for: the conversations that started in `[from, to)`.")
public record BackfillRequest(
        @Schema(description = "First instant, inclusive (required)", example = "2026-11-01T00:00:00.000Z") Instant from,
        @Schema(description = "End, exclusive (required, not in the future)", example = "2026-12-01T00:00:00.000Z")
        Instant to,
        @Schema(description = "`auto` (default), `query` or `jobs`", enumeration = {"auto", "query", "jobs"},
                example = "auto")
        String strategy,
        @Schema(description = "ISO-8601 length of a query window; default `backfill.window-size`", example = "P1D")
        String windowSize,
        @Schema(description = "ISO-8601 length of a job window; default `backfill.job-window-size`", example = "P7D")
        String jobWindowSize,
        @Schema(description = "True: only the estimate, nothing is started", example = "false") Boolean dryRun) {

    public boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }
}
