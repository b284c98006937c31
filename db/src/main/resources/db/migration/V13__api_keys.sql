-- V13: read keys for the monitoring platform. A key reads the tenant read API (/api/tenants/{tenantId}/...) of the
-- tenants it names and nothing else. Only the SHA-256 of the key is stored (the key is shown once, when it is
-- issued); its first characters stay readable so an operator can tell keys apart.
CREATE TABLE api_key (
    id           UUID                     NOT NULL PRIMARY KEY,
    name         VARCHAR(200)             NOT NULL,
    key_hash     VARCHAR(64)              NOT NULL,
    key_prefix   VARCHAR(16)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)             NOT NULL,
    -- null: does not expire
    expires_at   TIMESTAMP WITH TIME ZONE,
    -- set once revoked; the row stays, so the audit's references keep their meaning
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_key_hash_uq UNIQUE (key_hash)
);

-- The tenants a key reads. Purging a tenant deletes its rows here (TenantRepository.COLLECTED_DATA).
CREATE TABLE api_key_tenant (
    key_id     UUID NOT NULL REFERENCES api_key (id),
    tenant_id  UUID NOT NULL REFERENCES tenant (id),
    PRIMARY KEY (key_id, tenant_id)
);
CREATE INDEX api_key_tenant_tenant_idx ON api_key_tenant (tenant_id);
