package com.dxp.collector.genesys.simulator;

import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.util.Set;

/**
 * One generated conversation. Its analytics detail record depends on when it is looked at: until
 * {@link #completedAt()} it has no {@code conversationEnd} and the agents' last segments are open, as in the
 * real API while wrap-up goes on.
 */
public interface SimConversation {

    String conversationId();

    /** {@code conversationStart}. */
    Instant start();

    /** When the customer left: the moment of the {@code customer.end} event. */
    Instant customerEnd();

    /** {@code conversationEnd}: when the last participant (usually an agent after wrap-up) left. */
    Instant end();

    /** From this instant on, the detail record is complete (has {@code conversationEnd}). */
    Instant completedAt();

    /** Analytics enum casing: {@code voice}, {@code message}, {@code chat}, {@code email}, {@code callback}. */
    String mediaType();

    /** {@code inbound} or {@code outbound} ({@code originatingDirection}). */
    String direction();

    Set<String> userIds();

    Set<String> queueIds();

    Set<String> divisionIds();

    /** The customer participant's id and session id, for the {@code customer.end} event. */
    String customerParticipantId();

    String customerSessionId();

    /** {@code ani}/{@code dnis} of the customer session (may be null for digital media). */
    String ani();

    String dnis();

    /**
     * Writes the analytics detail record (an {@code AnalyticsConversation} object) as it looks at {@code asOf}.
     *
     * @param withAttributes true for async-job results, whose participants carry {@code attributes}
     */
    void writeJson(JsonGenerator out, Instant asOf, boolean withAttributes);
}
