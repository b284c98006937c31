-- V7: the live path's durable work list. A customer.end event asks for its conversation to be fetched once the
-- analytics record is likely complete; the enrichment worker takes due rows in batches of up to 100 ids per API
-- call, stores what it gets, and puts incomplete or not-yet-visible conversations back with a later due time,
-- until they are complete or too old (then the last record stays stored as incomplete and the row says so).
CREATE TABLE enrichment_task (
    tenant_id        UUID                     NOT NULL,
    conversation_id  UUID                     NOT NULL,
    -- when the worker should fetch it next; while a worker holds it, the end of its lease
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER                  NOT NULL,
    -- PENDING (waiting or being fetched) or GAVE_UP (still incomplete at the maximum age)
    state            VARCHAR(16)              NOT NULL,
    last_outcome     VARCHAR(200),
    PRIMARY KEY (tenant_id, conversation_id),
    CONSTRAINT enrichment_task_state_ck CHECK (state IN ('PENDING', 'GAVE_UP'))
);

-- the worker's scan: what is due, oldest first
CREATE INDEX enrichment_task_due_idx ON enrichment_task (state, due_at);
