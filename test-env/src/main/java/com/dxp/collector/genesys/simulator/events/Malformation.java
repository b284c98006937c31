package com.dxp.collector.genesys.simulator.events;

/**
 * Ways a message on the queue can be unusable, so that tests can show the collector quarantines it instead of
 * failing or retrying forever.
 */
public enum Malformation {
    /** Not JSON: a key lost its quotes. */
    INVALID_JSON,
    /** The body cut off half-way. */
    TRUNCATED_JSON,
    /** A well-formed envelope of a topic nobody subscribed to ({@code v2.routing.queues.{id}.members}). */
    UNKNOWN_TOPIC,
    /** A well-formed envelope whose {@code source} names an org that is no tenant. */
    UNKNOWN_ORG,
    /**
     * A well-formed envelope of the org's event that came through another AWS account and region than the org's
     * EventBridge source: someone else's bus sending events in the org's name.
     */
    FOREIGN_SOURCE,
    /** {@code detail} has no {@code eventBody}. */
    MISSING_EVENT_BODY,
    /**
     * Every top-level field of {@code eventBody} has the wrong JSON type (numbers become strings, strings
     * numbers, objects arrays) and {@code detail.version} is a number.
     */
    WRONG_TYPES,
    /**
     * A well-formed envelope of about 4 KB whose {@code detail} carries arrays nested 2,000 deep, deeper than JSON
     * parsers read (Parsson stops at 1,000): one message must not fail the batch it arrives in.
     */
    DEEPLY_NESTED,
    /** The org's event whose {@code source} carries a NUL after the org id (PostgreSQL refuses NUL in text). */
    NUL_IN_ORG
}
