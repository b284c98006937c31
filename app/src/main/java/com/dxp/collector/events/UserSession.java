package com.dxp.collector.events;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A token issued to a user ({@code v2.users.{id}.tokens}): who, from where, with which OAuth client, until when.
 * The event's token hash is never stored.
 *
 * @param eventId      the EventBridge event id
 * @param tokenCreated when the token was issued (the event's delivery time when it did not say)
 */
@Schema(description = "A token issued to a user (`v2.users.{id}.tokens`): who, from where, with which OAuth client, "
        + "until when.")
public record UserSession(
        @Schema(description = "The EventBridge event id") String eventId,
        @Schema(description = "The Genesys user id") String userId,
        @Schema(description = "The user's name, when the event carried it") String userName,
        @Schema(description = "The address the login came from") String ipAddress,
        @Schema(description = "The OAuth client the token was issued to") String clientId,
        @Schema(description = "The Genesys session id") String sessionId,
        @Schema(description = "When the token was issued (the event's delivery time when it did not say)")
        Instant tokenCreated,
        @Schema(description = "When the token expires, when the event said") Instant tokenExpires,
        @Schema(description = "When the collector received the event") Instant receivedAt) {
}
