-- V1: the audit trail. Every admin change (and operator note) is recorded here: who, when, what, on which
-- tenant. Never a secret: the application writes only redacted descriptions.
CREATE TABLE audit_entry (
    id             BIGINT PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200)             NOT NULL,
    action         VARCHAR(100)             NOT NULL,
    target_type    VARCHAR(100),
    target_id      VARCHAR(200),
    tenant_id      UUID,
    detail         TEXT,
    correlation_id VARCHAR(100)
);

-- newest first, keyset-paged by (occurred_at, id)
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_tenant_idx ON audit_entry (tenant_id, occurred_at DESC, id DESC);

-- ids are drawn in blocks of 50 by the application (JPA allocation size 50): EclipseLink takes each value as
-- the last id of its block, so the first value must be 50
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
