-- V5: the rest of a tenant's data beside its conversations: the directory (users, groups, membership), user token
-- events, operational events, and the poller's own bookkeeping (event receipts for de-duplication, quarantined
-- messages). Every key starts with the tenant id, except the quarantine's: a quarantined message may name no tenant.
-- Genesys entity ids other than conversation ids are kept as text, as they are in participant.user_id, so the two
-- join without a cast.

-- Conversations can also arrive through the admin import of exported detail records.
ALTER TABLE conversation DROP CONSTRAINT conversation_source_ck;
ALTER TABLE conversation ADD CONSTRAINT conversation_source_ck
    CHECK (source IN ('LIVE', 'BACKFILL', 'RECONCILIATION', 'IMPORT'));

CREATE TABLE directory_user (
    tenant_id     UUID                     NOT NULL,
    user_id       VARCHAR(100)             NOT NULL,
    name          VARCHAR(500),
    email         VARCHAR(500),
    username      VARCHAR(500),
    -- active, inactive or deleted, as Genesys reports it
    state         VARCHAR(16),
    title         VARCHAR(500),
    department    VARCHAR(500),
    division_id   VARCHAR(100),
    manager_id    VARCHAR(100),
    -- Genesys's own version of the user: a sync that sees the same version changes nothing
    version       BIGINT,
    raw_json      TEXT                     NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_synced   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when a full sync no longer finds the user; the row stays
    removed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, user_id)
);

CREATE TABLE directory_group (
    tenant_id     UUID                     NOT NULL,
    group_id      VARCHAR(100)             NOT NULL,
    name          VARCHAR(500),
    description   VARCHAR(2000),
    group_type    VARCHAR(32),
    visibility    VARCHAR(32),
    state         VARCHAR(16),
    member_count  BIGINT,
    version       BIGINT,
    raw_json      TEXT                     NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_synced   TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, group_id)
);

-- current membership; a sync replaces a group's members
CREATE TABLE group_member (
    tenant_id     UUID                     NOT NULL,
    group_id      VARCHAR(100)             NOT NULL,
    user_id       VARCHAR(100)             NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, group_id, user_id)
);

-- a user's groups
CREATE INDEX group_member_user_idx ON group_member (tenant_id, user_id);

-- v2.users.{id}.tokens: a token issued for a user. The event's tokenHash is not kept: it identifies a live token.
CREATE TABLE user_session (
    tenant_id         UUID                     NOT NULL,
    -- the EventBridge event id, which redeliveries repeat
    event_id          VARCHAR(100)             NOT NULL,
    user_id           VARCHAR(100),
    user_name         VARCHAR(500),
    ip_address        VARCHAR(64),
    client_id         VARCHAR(100),
    session_id        VARCHAR(100),
    -- the event's dateCreated, or its delivery time when it has none: the read API pages by it
    token_created     TIMESTAMP WITH TIME ZONE NOT NULL,
    token_expires     TIMESTAMP WITH TIME ZONE,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, event_id)
);

CREATE INDEX user_session_created_idx ON user_session (tenant_id, token_created, event_id);
CREATE INDEX user_session_user_idx ON user_session (tenant_id, user_id, token_created);

-- v2.operations.events.{id}: Genesys Cloud's own operational notifications
CREATE TABLE operational_event (
    tenant_id         UUID                     NOT NULL,
    event_id          VARCHAR(100)             NOT NULL,
    definition_id     VARCHAR(100),
    definition_name   VARCHAR(500),
    entity_id         VARCHAR(100),
    entity_name       VARCHAR(500),
    entity_type       VARCHAR(100),
    error_code        VARCHAR(200),
    previous_value    VARCHAR(2000),
    current_value     VARCHAR(2000),
    conversation_id   VARCHAR(100),
    -- the event's timestamp, or its delivery time when it has none: the read API pages by it
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    raw_json          TEXT                     NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, event_id)
);

CREATE INDEX operational_event_occurred_idx ON operational_event (tenant_id, occurred_at, event_id);

-- One row per event taken from a queue, so a redelivery (SQS at-least-once, EventBridge retries for days) is
-- recognised and stored once. Old receipts are pruned by received_at.
CREATE TABLE event_receipt (
    tenant_id     UUID                     NOT NULL,
    event_id      VARCHAR(100)             NOT NULL,
    topic         VARCHAR(300)             NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, event_id)
);

CREATE INDEX event_receipt_received_idx ON event_receipt (received_at);

-- Messages the poller could not route or read, kept with the reason until an operator replays them. The same body
-- arriving again counts up instead of adding a row.
CREATE TABLE quarantined_message (
    id              UUID                     NOT NULL PRIMARY KEY,
    -- SHA-256 of the raw body, hex
    body_sha256     CHAR(64)                 NOT NULL,
    queue_name      VARCHAR(200)             NOT NULL,
    reason          VARCHAR(32)              NOT NULL,
    detail          VARCHAR(2000),
    -- what could be read of the message: absent when it could not
    tenant_id       UUID,
    genesys_org_id  VARCHAR(100),
    topic           VARCHAR(300),
    raw_body        TEXT                     NOT NULL,
    first_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen       TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_count      INTEGER                  NOT NULL,
    replayed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT quarantined_message_body_uq UNIQUE (queue_name, body_sha256)
);

CREATE INDEX quarantined_message_seen_idx ON quarantined_message (last_seen);
