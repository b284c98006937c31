package com.dxp.collector.backfill;

import java.time.Instant;

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
public record BackfillRequest(Instant from, Instant to, String strategy, String windowSize, String jobWindowSize,
                              Boolean dryRun) {

    public boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }
}
