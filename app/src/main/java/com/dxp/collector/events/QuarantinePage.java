package com.dxp.collector.events;

import java.util.List;

/** One page of quarantined messages, most recently seen first; {@code nextCursor} is absent on the last page. */
public record QuarantinePage(List<QuarantinedMessage> messages, String nextCursor) {
}
