package com.dxp.collector.platform.rest;

/**
 * Descriptions the OpenAPI annotations of several resources share (annotation values must be constants), so one
 * parameter reads the same on every operation.
 */
public final class ApiDoc {

    public static final String TENANT_ID = "The tenant id (a UUID); an unknown or malformed one is a 404.";
    public static final String CURSOR = "The `nextCursor` of the previous page, unchanged; absent for the first"
            + " page. A cursor of another query is a 400.";
    public static final String RUN_ID = "The run id (its job instance id), as `id` of the run.";
    public static final String FROM = "Start of the window, inclusive: an ISO-8601 instant with an offset, such as"
            + " `2026-11-01T00:00:00Z`.";
    public static final String TO = "End of the window, exclusive: an ISO-8601 instant with an offset, after `from`.";
    public static final String CONVERSATION_ID = "The Genesys conversation id (a UUID); anything else is a 404.";
    public static final String QUARANTINE_ID = "The quarantined message's `id` (a UUID); anything else is a 404.";
    public static final String QUEUE_NAME = "The queue's configured name, as `name` in the queue list.";

    private ApiDoc() {
    }
}
