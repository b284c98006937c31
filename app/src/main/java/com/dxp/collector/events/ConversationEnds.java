package com.dxp.collector.events;

import com.dxp.collector.conversation.EndedConversation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the analytics API says ended in a window: the event-stream check's view of Genesys, a port so the check is
 * tested without it.
 */
public interface ConversationEnds {

    /**
     * Conversations of the tenant whose {@code conversationEnd} lies in {@code [from, to)}, newest first, reading at
     * most {@code maxPages} query pages.
     *
     * @throws RuntimeException when Genesys cannot be asked (refused, unavailable, budget exhausted): the check
     *                          reports the window as not checked and tries it again next time
     */
    Ends endedBetween(UUID tenantId, Instant from, Instant to, int maxPages);

    /**
     * @param conversations the ended conversations found
     * @param complete      false when {@code maxPages} ran out before the window's start was reached
     * @param calls         query calls made
     */
    record Ends(List<EndedConversation> conversations, boolean complete, int calls) {
    }
}
