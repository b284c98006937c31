package com.dxp.collector.events;

import java.time.Instant;

/**
 * A token issued to a user ({@code v2.users.{id}.tokens}): who, from where, with which OAuth client, until when.
 * The event's token hash is never stored.
 *
 * @param eventId      the EventBridge event id
 * @param tokenCreated when the token was issued (the event's delivery time when it did not say)
 */
public record UserSession(String eventId, String userId, String userName, String ipAddress, String clientId,
        String sessionId, Instant tokenCreated, Instant tokenExpires, Instant receivedAt) {
}
