package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.SimConversation;
import java.time.Instant;

/**
 * Late data on demand: while held, the details query, single and batch GETs show every conversation as it looked
 * when its customer left (no {@code conversationEnd}, the agents' last segments open), as if Genesys's analytics had
 * not caught up with wrap-up yet. Released, records show as they are. Async jobs are not affected.
 */
final class LateCompletions {

    private volatile boolean held;

    void hold(boolean value) {
        held = value;
    }

    /** The instant to render {@code c} as of. */
    Instant asOf(SimConversation c, Instant now) {
        return held && c.customerEnd().isBefore(now) ? c.customerEnd() : now;
    }
}
