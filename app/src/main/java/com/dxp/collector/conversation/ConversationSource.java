package com.dxp.collector.conversation;

/** How a conversation record was fetched; stored with it so that operators can tell the paths apart. */
public enum ConversationSource {
    /** Fetched because an event announced the conversation. */
    LIVE,
    /** Fetched by a backfill job over past intervals. */
    BACKFILL,
    /** Fetched again to complete or check a record already stored. */
    RECONCILIATION,
    /** Imported by an operator from exported detail records. */
    IMPORT
}
