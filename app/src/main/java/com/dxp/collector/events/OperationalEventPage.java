package com.dxp.collector.events;

import java.util.List;

/** One page of operational events by time; {@code nextCursor} is absent on the last page. */
public record OperationalEventPage(List<OperationalEvent> events, String nextCursor) {
}
