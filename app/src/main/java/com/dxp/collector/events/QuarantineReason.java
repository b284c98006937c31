package com.dxp.collector.events;

/** Why a message could not be used; stored with the quarantined message and counted in metrics. */
public enum QuarantineReason {
    /** The body is larger than the collector accepts. */
    OVERSIZED,
    /** The body is not JSON. */
    INVALID_JSON,
    /** JSON, but not an EventBridge envelope from Genesys Cloud (missing id, source, detail, topic or body). */
    NOT_AN_EVENT,
    /** A topic the collector does not subscribe to. */
    UNKNOWN_TOPIC,
    /** No tenant has the Genesys org id (and event source) the event comes from. */
    UNKNOWN_TENANT,
    /**
     * The org's tenant names its EventBridge source, and the event came from another: another AWS account, region
     * or event source suffix.
     */
    SOURCE_MISMATCH,
    /** The tenant it belongs to is disabled. */
    DISABLED_TENANT,
    /** The event body lacks what its topic needs (a conversation id, a user...). */
    INVALID_BODY,
    /** The database refused to store the event even alone, while it stored the rest of its batch. */
    UNSTORABLE
}
