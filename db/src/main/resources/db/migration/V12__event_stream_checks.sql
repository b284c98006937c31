-- V12: what the tenant health needs to tell a silent event stream. A tenant's newest receipt of each topic is one
-- index probe (the health reads "last event received" and "last conversation end event" per tenant), and the
-- receipts of a topic in a time window one index range (the event-stream check counts customer.end events).
CREATE INDEX event_receipt_tenant_topic_idx ON event_receipt (tenant_id, topic, received_at);

-- The last event-stream check of each tenant: the conversations the analytics API says ended in a window, set
-- against what the collector received. Kept in the database so the health survives a restart and every server
-- reads the same verdict.
CREATE TABLE event_stream_check (
    tenant_id      UUID                     NOT NULL PRIMARY KEY,
    checked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the window of conversation ends compared: [window_from, window_to)
    window_from    TIMESTAMP WITH TIME ZONE NOT NULL,
    window_to      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- FLOWING, QUIET (nothing ended), MISSED (some ends not received), SILENT (none received) or FAILED
    verdict        VARCHAR(16)              NOT NULL,
    -- conversations the API says ended in the window; of those, how many the collector did not know
    ended          INTEGER                  NOT NULL,
    missing        INTEGER                  NOT NULL,
    -- customer.end events received in the window
    end_events     INTEGER                  NOT NULL,
    -- missing conversations put on the enrichment work list by the check
    requested      INTEGER                  NOT NULL,
    -- since when no customer.end event came while conversations ended; null while events flow
    silent_since   TIMESTAMP WITH TIME ZONE,
    detail         VARCHAR(500),
    CONSTRAINT event_stream_check_verdict_ck CHECK (verdict IN ('FLOWING', 'QUIET', 'MISSED', 'SILENT', 'FAILED'))
);
