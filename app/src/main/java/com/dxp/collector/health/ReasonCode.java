package com.dxp.collector.health;

/** Why a tenant's health is what it is: stable codes for dashboards and alerts, each with a human message beside. */
public enum ReasonCode {
    /** Disabled by an operator. */
    TENANT_DISABLED,
    /** Added or re-pointed and not verified since. */
    NOT_VERIFIED,
    /** The last verification found the client id or secret refused. */
    CREDENTIALS_REJECTED,
    /** The last verification found a required permission missing. */
    REQUIRED_PERMISSION_MISSING,
    /** Genesys could not be reached at the last verification. */
    GENESYS_UNREACHABLE,
    /** The token endpoint refused the credential since the last successful call. */
    CREDENTIALS_REFUSED,
    /** Calls refused with 403 in the last hour. */
    PERMISSION_REFUSED,
    /** 429 answers in the last hour, at or above the configured count. */
    GENESYS_RATE_LIMITED,
    /** 5xx answers, timeouts and failed connections in the last hour, at or above the configured count. */
    GENESYS_ERRORS,
    /** Conversations end and no customer.end event comes. */
    EVENT_STREAM_SILENT,
    /** Events come, but too large a share of ended conversations has none. */
    EVENTS_MISSED,
    /** The last event-stream check could not ask Genesys. */
    EVENT_STREAM_CHECK_FAILED,
    /** No EventBridge source is set: the event stream is not checked. */
    NO_EVENT_SOURCE,
    /** Conversations have waited for enrichment longer than the configured minutes. */
    ENRICHMENT_BACKLOG,
    /** The latest run of a job failed. */
    RUN_FAILED,
    /** Messages of the tenant wait in quarantine for a replay. */
    QUARANTINED_MESSAGES,
    /** Records the store could not keep wait for a retry. */
    REFUSED_CONVERSATIONS,
    /** The days proved complete lag behind by more than the configured hours. */
    DATA_COMPLETE_BEHIND,
    /** A problem with the keys of the tenant's secret. */
    SECRET_KEY,
    /** The tenant's stored base URL is not allowed by the configuration any more: nothing is sent there. */
    BASE_URL_NOT_ALLOWED
}
