-- V19: a tenant purge runs in the background (the tenant-purge batch job), one short transaction per chunk of rows,
-- so a tenant with a million conversations never needs one huge transaction or one long HTTP request.
-- Until its last chunk deletes the tenant row, the tenant is in state PURGING: it cannot be enabled, changed or
-- verified, and operators see that (and why) in the tenant list.
ALTER TABLE tenant DROP CONSTRAINT tenant_state_ck;
ALTER TABLE tenant ADD CONSTRAINT tenant_state_ck CHECK (state IN ('NEW', 'VERIFIED', 'MISSING_REQUIRED_PERMISSIONS',
    'CREDENTIALS_REJECTED', 'UNREACHABLE', 'DISABLED', 'PURGING'));

-- One purge per tenant, kept after the tenant row is gone (no foreign key): the run operators poll, and the
-- record that the purge completed. A restart after a failure or a dead server continues the same purge.
CREATE TABLE tenant_purge (
    tenant_id      UUID                     PRIMARY KEY,
    tenant_name    VARCHAR(200)             NOT NULL,
    requested_by   VARCHAR(200)             NOT NULL,
    correlation_id VARCHAR(100),
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the batch job execution deleting now (or last), and the collector server it runs on
    execution_id   BIGINT,
    server_id      VARCHAR(200),
    -- set in the transaction that deletes the tenant row: the purge completed
    ended_at       TIMESTAMP WITH TIME ZONE
);

-- Rows deleted so far per table, counted in the same transaction as each chunk, so the figures stay exact across
-- failures and restarts.
CREATE TABLE tenant_purge_count (
    tenant_id  UUID         NOT NULL,
    table_name VARCHAR(100) NOT NULL,
    deleted    BIGINT       NOT NULL,
    CONSTRAINT tenant_purge_count_pk PRIMARY KEY (tenant_id, table_name)
);
