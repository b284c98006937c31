package com.dxp.collector.genesys.simulator.data;

/**
 * One session metric ({@code AnalyticsSessionMetric}), e.g. {@code tTalk}; t-metrics in milliseconds.
 *
 * @param name      metric name
 * @param value     value
 * @param emitMillis {@code emitDate} as epoch milliseconds: before it the metric does not exist yet
 */
record SessionMetric(String name, long value, long emitMillis) {
}
