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
        @Schema(description = "Its key: the conversation id, or `sha256:` and a digest when it names none",
                example = "b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c")
        String recordKey,
        @Schema(description = "The conversation id as the record gives it, if it gives one",
                example = "b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c") String conversationId,
        @Schema(description = "How it was fetched (LIVE, BACKFILL, RECONCILIATION, IMPORT)", example = "BACKFILL")
        String source,
        @Schema(description = "Why the store refused it, the last time",
                example = "the database refused it (SQL state 22001): ERROR: value too long for type character"
                        + " varying(100)") String reason,
        @Schema(description = "When it was first refused", example = "2026-11-28T02:41:09.605Z") Instant firstRefused,
        @Schema(description = "When it was last refused", example = "2026-12-01T02:43:51.220Z") Instant lastRefused,
        @Schema(description = "How often it was refused", example = "2") int refusals,
        @Schema(description = "The record as received (only when one record is read)",
                example = "{\"conversationId\":\"b5c1d2e3-7f84-4a96-8b0c-1d2e3f4a5b6c\","
                        + "\"conversationStart\":\"2026-11-27T14:03:11.000Z\",\"participants\":[]}") String rawJson) {
}
