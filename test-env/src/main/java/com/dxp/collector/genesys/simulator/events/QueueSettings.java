package com.dxp.collector.genesys.simulator.events;

import java.time.Duration;
import java.util.Objects;

/**
 * A queue to create on {@link LocalSqs}, with its dead-letter queue.
 *
 * @param name              queue name; the dead-letter queue is {@code <name>-dlq}
 * @param maxReceiveCount   receives without delete after which a message moves to the dead-letter queue
 * @param visibilityTimeout how long a received message stays invisible to other consumers
 */
public record QueueSettings(String name, int maxReceiveCount, Duration visibilityTimeout) {

    public QueueSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(visibilityTimeout, "visibilityTimeout");
        if (!name.matches("[A-Za-z0-9_-]{1,76}")) {
            throw new IllegalArgumentException("queue name must be 1-76 of [A-Za-z0-9_-]: " + name);
        }
        if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
            throw new IllegalArgumentException("maxReceiveCount must be 1..1000: " + maxReceiveCount);
        }
        if (visibilityTimeout.isNegative() || visibilityTimeout.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("visibilityTimeout must be 0..12h: " + visibilityTimeout);
        }
    }

    /** A queue with SQS's defaults for a collector: 5 receives, 30 s visibility. */
    public static QueueSettings named(String name) {
        return new QueueSettings(name, 5, Duration.ofSeconds(30));
    }

    public String deadLetterQueueName() {
        return name + "-dlq";
    }
}
