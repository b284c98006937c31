package com.dxp.collector.events;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Genesys Cloud topics the collector subscribes to, recognised from the concrete {@code detail.topicName}
 * (ids filled in); {@link #entityId} is the id the topic carries.
 */
public enum EventTopic {
    /** {@code v2.detail.events.conversation.{conversationId}.customer.end}: the customer left a conversation. */
    CUSTOMER_END("v2\\.detail\\.events\\.conversation\\.([^.]+)\\.customer\\.end"),
    /** {@code v2.users.{userId}.tokens}: a token was issued to a user. */
    USER_TOKENS("v2\\.users\\.([^.]+)\\.tokens"),
    /** {@code v2.operations.events.{id}}: an operational event of the org. */
    OPERATIONAL("v2\\.operations\\.events\\.([^.]+)");

    private final Pattern pattern;

    EventTopic(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The topic of a concrete topic name, with the id it carries. */
    public static Optional<Match> of(String topicName) {
        if (topicName != null) {
            for (EventTopic t : values()) {
                Matcher m = t.pattern.matcher(topicName);
                if (m.matches()) {
                    return Optional.of(new Match(t, m.group(1)));
                }
            }
        }
        return Optional.empty();
    }

    /** A recognised topic name. */
    public record Match(EventTopic topic, String entityId) {
    }
}
