-- V15: one API budget per tenant across every server. A Genesys call first takes a grant from its tenant's row of
-- the current slot (a few seconds of the database's clock); a slot grants at most limit / (61.2 / slot + 1), so no
-- minute, wherever it starts, holds more grants than the tenant's limit, however many servers call. Old slots are
-- deleted as they pass.
CREATE TABLE api_budget_slot (
    tenant_id   UUID                     NOT NULL,
    slot_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    granted     INTEGER                  NOT NULL,
    PRIMARY KEY (tenant_id, slot_start)
);
