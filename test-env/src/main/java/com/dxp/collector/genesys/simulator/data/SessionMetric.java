package com.dxp.collector.genesys.simulator.data;

/**
 * One session metric ({@code AnalyticsSessionMetric}), e.g. {@code tTalk}; t-metrics in milliseconds.
 *
 * @param name      metric name
 * @param value     value
 * @param emitMillis {@code emitDate} as epoch milliseconds: before it the metric does not exist yet
 * @param wild       what a wild org writes beyond the tidy fields (a {@code value} beyond a long)
 */
record SessionMetric(String name, long value, long emitMillis, WildFields wild) {

    /** A tidy metric. */
    SessionMetric(String name, long value, long emitMillis) {
        this(name, value, emitMillis, WildFields.NONE);
    }

    SessionMetric with(WildFields fields) {
        return new SessionMetric(name, value, emitMillis, fields);
    }
}
