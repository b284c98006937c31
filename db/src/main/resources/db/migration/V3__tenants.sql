-- V3: tenants, their OAuth credentials and the permissions their last verification found. A client secret is
-- only ever stored encrypted (AES-256-GCM: ciphertext with tag, nonce, and the id of the key that sealed it);
-- no column holds one in plaintext. Every key starts with the tenant id.
CREATE TABLE tenant (
    id                   UUID                     PRIMARY KEY,
    name                 VARCHAR(200)             NOT NULL,
    -- the name trimmed and lower-cased by the application: names are unique case-insensitively, and H2 has no
    -- unique index on an expression
    name_key             VARCHAR(200)             NOT NULL,
    -- either a Genesys region domain (mypurecloud.de) or explicit base URLs (a simulator, where allowed)
    region_domain        VARCHAR(100),
    api_base_url         VARCHAR(500),
    login_base_url       VARCHAR(500),
    enabled              BOOLEAN                  NOT NULL,
    state                VARCHAR(40)              NOT NULL,
    -- outcome of the last verification; null until verified (state NEW)
    verification_outcome VARCHAR(40),
    verification_detail  VARCHAR(1000),
    verified_at          TIMESTAMP WITH TIME ZONE,
    genesys_org_id       VARCHAR(100),
    genesys_org_name     VARCHAR(200),
    aws_account_id       VARCHAR(12),
    aws_region           VARCHAR(40),
    event_source_suffix  VARCHAR(64),
    requests_per_minute  INTEGER,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- optimistic locking: every update checks and increments it
    version              BIGINT                   NOT NULL,
    CONSTRAINT tenant_name_key_uq UNIQUE (name_key),
    CONSTRAINT tenant_endpoint_ck CHECK (
        (region_domain IS NOT NULL AND api_base_url IS NULL AND login_base_url IS NULL)
        OR (region_domain IS NULL AND api_base_url IS NOT NULL AND login_base_url IS NOT NULL)),
    CONSTRAINT tenant_state_ck CHECK (state IN ('NEW', 'VERIFIED', 'MISSING_REQUIRED_PERMISSIONS',
        'CREDENTIALS_REJECTED', 'UNREACHABLE', 'DISABLED')),
    CONSTRAINT tenant_event_bridge_ck CHECK ((aws_account_id IS NULL) = (aws_region IS NULL)
        AND (aws_account_id IS NULL) = (event_source_suffix IS NULL))
);

-- events are routed to a tenant by its Genesys org id, so one org belongs to one tenant (NULLs do not clash)
CREATE UNIQUE INDEX tenant_genesys_org_uq ON tenant (genesys_org_id);

CREATE TABLE tenant_credential (
    tenant_id         UUID                     NOT NULL,
    id                UUID                     NOT NULL,
    client_id         VARCHAR(200)             NOT NULL,
    key_id            VARCHAR(64)              NOT NULL,
    secret_nonce      BYTEA                    NOT NULL,
    secret_ciphertext BYTEA                    NOT NULL,
    -- ACTIVE (in use; at most one per tenant), PENDING (being verified), RETIRED (replaced or refused)
    status            VARCHAR(16)              NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at       TIMESTAMP WITH TIME ZONE,
    retired_at        TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT tenant_credential_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT tenant_credential_status_ck CHECK (status IN ('ACTIVE', 'PENDING', 'RETIRED'))
);

-- the start-up check counts credentials per key id
CREATE INDEX tenant_credential_key_idx ON tenant_credential (key_id);

CREATE TABLE tenant_permission (
    tenant_id  UUID                     NOT NULL,
    permission VARCHAR(200)             NOT NULL,
    required   BOOLEAN                  NOT NULL,
    status     VARCHAR(16)              NOT NULL,
    error_code VARCHAR(200),
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, permission),
    CONSTRAINT tenant_permission_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT tenant_permission_status_ck CHECK (status IN ('GRANTED', 'MISSING', 'UNKNOWN'))
);
