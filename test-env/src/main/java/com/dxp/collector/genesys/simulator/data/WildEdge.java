package com.dxp.collector.genesys.simulator.data;

/**
 * The edges of real Genesys data that a wild org's conversations carry and a tidy org never produces, so that
 * the collector meets them in tests before it meets them in production. A wild conversation carries one or
 * several, chosen by the org's seed; {@link WildCorpus} has ready-made records of each.
 */
public enum WildEdge {

    /**
     * Strings up to 10,000 characters: the customer's {@code participantName}, {@code ani}/{@code dnis} or
     * {@code addressFrom}/{@code addressTo}, the flow's {@code flowName}, {@code externalTag} and the agents'
     * {@code wrapUpNote}.
     */
    LONG_STRINGS,
    /** NUL, {@code U+0001}, {@code U+001F} and DEL inside the customer's name and address and an attribute. */
    CONTROL_CHARACTERS,
    /** Lone high and low surrogates inside the customer's and the queue's names. */
    UNPAIRED_SURROGATES,
    /** Emoji and other astral characters ({@code U+1F600}, {@code U+1D11E}) in names and the flow name. */
    ASTRAL_CHARACTERS,
    /** 200 {@code divisionIds}, most of them unknown to the directory. */
    MANY_DIVISIONS,
    /** 100 to 300 participants with thousands of segments in all. */
    MANY_PARTICIPANTS,
    /**
     * Optional fields left out: no {@code mediaStatsMinConversationMos}, no {@code minMos} in
     * {@code mediaEndpointStats}, and a participant without {@code purpose} or {@code participantName}.
     */
    MISSING_OPTIONAL_FIELDS,
    /** Properties the SDK does not know, with nested objects, on conversation, participant, session and segment. */
    UNKNOWN_FIELDS,
    /**
     * Enum values the SDK does not know: {@code originatingDirection} sideways, and a participant of
     * {@code purpose} robot whose {@code hologram} session has a {@code teleporting} segment that ends by
     * {@code wormhole}.
     */
    UNKNOWN_ENUM_VALUES,
    /**
     * Metrics and packet counts of 1e30 and of {@link Long#MAX_VALUE}, and {@code mediaStatsMinConversationMos}
     * of 1e309 (beyond a double).
     */
    HUGE_NUMBERS,
    /**
     * A participant whose {@code participantId}, {@code userId}, {@code sessionId} and {@code queueId} are longer
     * than 100 characters (the {@code conversationId} stays a UUID).
     */
    LONG_IDS,
    /**
     * {@code conversationEnd} more than seven days after {@code conversationStart}, kept open by a parked
     * workflow participant: in a wild org, the first conversation of every UTC day.
     */
    LONG_LIVED
}
