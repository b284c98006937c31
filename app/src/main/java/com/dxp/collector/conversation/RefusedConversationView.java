package com.dxp.collector.conversation;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A set-aside conversation record as operators see it.
 *
 * @param recordKey      its key: the conversation id, or {@code sha256:} and a digest when it names none
 * @param conversationId the conversation id as the record gives it, if it gives one
 * @param source         how it was fetched (LIVE, BACKFILL, RECONCILIATION, IMPORT)
 * @param reason         why the store refused it, the last time
 * @param firstRefused   when it was first refused
 * @param lastRefused    when it was last refused
 * @param refusals       how often it was refused
 * @param rawJson        the record as received (only when one record is read)
 */
@Schema(description = "A set-aside conversation record as operators see it.")
public record RefusedConversationView(
        @Schema(description = "Its key: the conversation id, or `sha256:` and a digest when it names none")
        String recordKey,
        @Schema(description = "The conversation id as the record gives it, if it gives one") String conversationId,
        @Schema(description = "How it was fetched (LIVE, BACKFILL, RECONCILIATION, IMPORT)") String source,
        @Schema(description = "Why the store refused it, the last time") String reason,
        @Schema(description = "When it was first refused") Instant firstRefused,
        @Schema(description = "When it was last refused") Instant lastRefused,
        @Schema(description = "How often it was refused") int refusals,
        @Schema(description = "The record as received (only when one record is read)") String rawJson) {
}
