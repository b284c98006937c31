package com.dxp.collector.genesys.simulator;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The conversations of one org, generated on demand from its seed: nothing is stored, the same window always
 * yields the same conversations, and a conversation id alone is enough to regenerate it.
 */
public interface ConversationCatalog {

    /**
     * Conversations whose {@code conversationStart} is in {@code [from, to)}, ordered by start, then id.
     * Conversations that start after {@code asOf} do not exist yet and are left out.
     */
    Stream<SimConversation> startingBetween(Instant from, Instant to, Instant asOf);

    /**
     * Conversations whose lifetime ({@code start} to {@code end}) overlaps {@code [from, to)}, ordered by start,
     * then id; what async jobs return by default. Left out: those starting after {@code asOf}.
     */
    Stream<SimConversation> overlapping(Instant from, Instant to, Instant asOf);

    /** The conversation with this id, if this org generated it and it has started by {@code asOf}. */
    Optional<SimConversation> find(String conversationId, Instant asOf);
}
