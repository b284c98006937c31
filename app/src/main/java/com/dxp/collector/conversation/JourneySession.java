package com.dxp.collector.conversation;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Predictive Engagement journey session as stored, or the record that Genesys had none by its id.
 *
 * @param found   false when Genesys answered that it has no session by the id
 * @param rawJson the session as Genesys sent it; absent when not found
 */
@Schema(description = "A Predictive Engagement journey session a conversation named, as fetched from Genesys.")
public record JourneySession(
        @Schema(description = "The journey session id", example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
        String sessionId,
        @Schema(description = "False when Genesys had no session by the id", example = "true") boolean found,
        @Schema(description = "Its type, as Genesys names it", example = "web") String type,
        @Schema(description = "The journey customer", example = "3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9")
        String customerId,
        @Schema(description = "When it began", example = "2026-12-01T09:28:44.120Z") Instant createdDate,
        @Schema(description = "When it ended; absent while it goes on", example = "2026-12-01T09:52:10.004Z")
        Instant endedDate,
        @Schema(description = "When the collector fetched it", example = "2026-12-02T03:14:05.771Z") Instant fetchedAt,
        @Schema(description = "The session as Genesys sent it, raw JSON text; absent when not found",
                example = "{\"id\":\"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\",\"type\":\"web\"}")
        String rawJson) {
}
