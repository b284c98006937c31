package com.dxp.collector.events;

import java.util.List;

/** One page of user sessions by token creation time; {@code nextCursor} is absent on the last page. */
public record UserSessionPage(List<UserSession> sessions, String nextCursor) {
}
