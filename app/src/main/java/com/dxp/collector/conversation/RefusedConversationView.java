package com.dxp.collector.conversation;

import java.time.Instant;

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
public record RefusedConversationView(String recordKey, String conversationId, String source, String reason,
        Instant firstRefused, Instant lastRefused, int refusals, String rawJson) {
}
