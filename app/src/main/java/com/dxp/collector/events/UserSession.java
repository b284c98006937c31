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
        @Schema(description = "The EventBridge event id", example = "1b7e3f9a-4c2d-4e8b-a6f0-3d5c7e9b1a24")
        String eventId,
        @Schema(description = "The Genesys user id", example = "e3b1c5d7-9f2a-4e6b-8c0d-1a3b5c7d9e2f") String userId,
        @Schema(description = "The user's name, when the event carried it", example = "Anna Schmidt") String userName,
        @Schema(description = "The address the login came from", example = "203.0.113.24") String ipAddress,
        @Schema(description = "The OAuth client the token was issued to",
                example = "3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b") String clientId,
        @Schema(description = "The Genesys session id", example = "f2a4c6e8-0b1d-4f3a-8c5e-7a9b1d3f5c7e")
        String sessionId,
        @Schema(description = "When the token was issued (the event's delivery time when it did not say)",
                example = "2026-12-01T07:58:03.512Z")
        Instant tokenCreated,
        @Schema(description = "When the token expires, when the event said", example = "2026-12-02T07:58:03.000Z")
        Instant tokenExpires,
        @Schema(description = "When the collector received the event", example = "2026-12-01T07:58:05.260Z")
        Instant receivedAt) {
}
