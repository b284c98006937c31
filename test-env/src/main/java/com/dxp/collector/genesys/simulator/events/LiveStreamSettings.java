package com.dxp.collector.genesys.simulator.events;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link LiveEventStream} runs. Defaults suit a demo; tests shorten the periods.
 *
 * @param tickInterval            how often the stream looks at the clock (1 s)
 * @param maxConversationDuration the longest time from a conversation's start to its customer's end; the
 *                                look-back window of each tick (4 h). Must cover the data side's longest
 *                                conversation, or its customer.end is never published.
 * @param loggedInAgentFraction   share of agents (chosen per agent from the org seed) who log in (0.5; 0 = none)
 * @param agentLoginEvery         each of those agents logs in once per such period, at a seeded moment (8 h)
 * @param userTokenLifetime       validity of a user's token (24 h)
 * @param operationalEventEvery   one operational event per org per such period, at a seeded moment
 *                                (30 min; zero = none)
 * @param maxEventsPerPublish     events handed to the sink at once; bounds memory in a long catch-up (100)
 * @param stopTimeout             how long {@link LiveEventStream#stop()} waits for a running tick (10 s)
 */
public record LiveStreamSettings(Duration tickInterval, Duration maxConversationDuration,
                                 double loggedInAgentFraction, Duration agentLoginEvery,
                                 Duration userTokenLifetime, Duration operationalEventEvery,
                                 int maxEventsPerPublish, Duration stopTimeout) {

    public LiveStreamSettings {
        Objects.requireNonNull(tickInterval, "tickInterval");
        Objects.requireNonNull(maxConversationDuration, "maxConversationDuration");
        Objects.requireNonNull(agentLoginEvery, "agentLoginEvery");
        Objects.requireNonNull(userTokenLifetime, "userTokenLifetime");
        Objects.requireNonNull(operationalEventEvery, "operationalEventEvery");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (tickInterval.toMillis() < 1 || maxConversationDuration.isNegative() || agentLoginEvery.toMillis() < 1
                || operationalEventEvery.isNegative() || stopTimeout.isNegative()) {
            throw new IllegalArgumentException("durations must be positive (tick, login period) or >= 0");
        }
        if (loggedInAgentFraction < 0 || loggedInAgentFraction > 1) {
            throw new IllegalArgumentException("loggedInAgentFraction must be 0..1: " + loggedInAgentFraction);
        }
        if (maxEventsPerPublish < 1) {
            throw new IllegalArgumentException("maxEventsPerPublish must be >= 1");
        }
    }

    public static LiveStreamSettings defaults() {
        return new LiveStreamSettings(Duration.ofSeconds(1), Duration.ofHours(4), 0.5, Duration.ofHours(8),
                Duration.ofHours(24), Duration.ofMinutes(30), 100, Duration.ofSeconds(10));
    }

    public LiveStreamSettings withTickInterval(Duration value) {
        return new LiveStreamSettings(value, maxConversationDuration, loggedInAgentFraction, agentLoginEvery,
                userTokenLifetime, operationalEventEvery, maxEventsPerPublish, stopTimeout);
    }

    public LiveStreamSettings withMaxConversationDuration(Duration value) {
        return new LiveStreamSettings(tickInterval, value, loggedInAgentFraction, agentLoginEvery,
                userTokenLifetime, operationalEventEvery, maxEventsPerPublish, stopTimeout);
    }

    public LiveStreamSettings withAgentLogins(double fraction, Duration every) {
        return new LiveStreamSettings(tickInterval, maxConversationDuration, fraction, every,
                userTokenLifetime, operationalEventEvery, maxEventsPerPublish, stopTimeout);
    }

    public LiveStreamSettings withOperationalEventEvery(Duration value) {
        return new LiveStreamSettings(tickInterval, maxConversationDuration, loggedInAgentFraction, agentLoginEvery,
                userTokenLifetime, value, maxEventsPerPublish, stopTimeout);
    }
}
