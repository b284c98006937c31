-- V4: the conversation store (write side). Each analytics conversation detail record is kept twice: its raw JSON
-- exactly as Genesys sent it (nothing lost, including fields not modelled yet) and normalized into conversation,
-- participant, session, segment, metric and media_endpoint_stat rows with the voice-quality figures as columns.
-- Every key starts with the tenant id. Children are keyed by their parent's key plus ordinals (their position in
-- the record), because a replaced record rewrites all of them and Genesys does not promise unique child ids.
-- No foreign keys from children to conversation: only the store writes them, always in the same transaction as
-- their conversation, and a per-row referential check would cost a large share of the bulk insert time.
CREATE TABLE conversation (
    tenant_id             UUID                     NOT NULL,
    conversation_id       UUID                     NOT NULL,
    -- null start is not expected; null end while the conversation is still live
    conversation_start    TIMESTAMP WITH TIME ZONE,
    conversation_end      TIMESTAMP WITH TIME ZONE,
    -- the latest segment end in the record: how the store tells a more complete record from a less complete one
    last_segment_end      TIMESTAMP WITH TIME ZONE,
    originating_direction VARCHAR(16),
    -- distinct session media types, sorted, comma-separated (voice,message)
    media_types           VARCHAR(200),
    -- division ids as received, comma-separated
    division_ids          VARCHAR(2000),
    min_mos               DOUBLE PRECISION,
    min_r_factor          DOUBLE PRECISION,
    external_tag          VARCHAR(500),
    -- how the stored record was fetched
    source                VARCHAR(16)              NOT NULL,
    first_seen            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- an end and no open segment: nothing more is expected from Genesys
    complete              BOOLEAN                  NOT NULL,
    raw_json              TEXT                     NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id),
    CONSTRAINT conversation_source_ck CHECK (source IN ('LIVE', 'BACKFILL', 'RECONCILIATION'))
);

CREATE INDEX conversation_start_idx ON conversation (tenant_id, conversation_start);
-- worst calls first: reads by MOS within a tenant
CREATE INDEX conversation_mos_idx ON conversation (tenant_id, min_mos);

CREATE TABLE participant (
    tenant_id           UUID         NOT NULL,
    conversation_id     UUID         NOT NULL,
    participant_ordinal INTEGER      NOT NULL,
    participant_id      VARCHAR(100),
    participant_name    VARCHAR(500),
    purpose             VARCHAR(32),
    user_id             VARCHAR(100),
    team_id             VARCHAR(100),
    external_contact_id VARCHAR(100),
    PRIMARY KEY (tenant_id, conversation_id, participant_ordinal)
);

-- an agent's conversations
CREATE INDEX participant_user_idx ON participant (tenant_id, user_id);

CREATE TABLE session (
    tenant_id           UUID         NOT NULL,
    conversation_id     UUID         NOT NULL,
    participant_ordinal INTEGER      NOT NULL,
    session_ordinal     INTEGER      NOT NULL,
    session_id          VARCHAR(100),
    media_type          VARCHAR(32),
    direction           VARCHAR(16),
    ani                 VARCHAR(500),
    dnis                VARCHAR(500),
    address_from        VARCHAR(500),
    address_to          VARCHAR(500),
    message_type        VARCHAR(32),
    provider            VARCHAR(100),
    edge_id             VARCHAR(100),
    flow_name           VARCHAR(200),
    flow_type           VARCHAR(64),
    recording           BOOLEAN,
    PRIMARY KEY (tenant_id, conversation_id, participant_ordinal, session_ordinal)
);

CREATE TABLE segment (
    tenant_id           UUID                     NOT NULL,
    conversation_id     UUID                     NOT NULL,
    participant_ordinal INTEGER                  NOT NULL,
    session_ordinal     INTEGER                  NOT NULL,
    segment_ordinal     INTEGER                  NOT NULL,
    segment_type        VARCHAR(32),
    segment_start       TIMESTAMP WITH TIME ZONE,
    segment_end         TIMESTAMP WITH TIME ZONE,
    queue_id            VARCHAR(100),
    wrap_up_code        VARCHAR(100),
    disconnect_type     VARCHAR(32),
    error_code          VARCHAR(200),
    conference          BOOLEAN,
    PRIMARY KEY (tenant_id, conversation_id, participant_ordinal, session_ordinal, segment_ordinal)
);

-- a queue's conversations over time
CREATE INDEX segment_queue_idx ON segment (tenant_id, queue_id, segment_start);

CREATE TABLE metric (
    tenant_id           UUID                     NOT NULL,
    conversation_id     UUID                     NOT NULL,
    participant_ordinal INTEGER                  NOT NULL,
    session_ordinal     INTEGER                  NOT NULL,
    metric_ordinal      INTEGER                  NOT NULL,
    name                VARCHAR(64)              NOT NULL,
    value               BIGINT,
    emit_date           TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, conversation_id, participant_ordinal, session_ordinal, metric_ordinal)
);

CREATE TABLE media_endpoint_stat (
    tenant_id           UUID                     NOT NULL,
    conversation_id     UUID                     NOT NULL,
    participant_ordinal INTEGER                  NOT NULL,
    session_ordinal     INTEGER                  NOT NULL,
    stat_ordinal        INTEGER                  NOT NULL,
    -- codecs as received, comma-separated
    codecs              VARCHAR(200),
    min_mos             DOUBLE PRECISION,
    min_r_factor        DOUBLE PRECISION,
    max_latency_ms      BIGINT,
    received_packets    BIGINT,
    invalid_packets     BIGINT,
    discarded_packets   BIGINT,
    duplicate_packets   BIGINT,
    overrun_packets     BIGINT,
    underrun_packets    BIGINT,
    -- (invalid + discarded + overrun + underrun) / received; null without received packets
    loss_ratio          DOUBLE PRECISION,
    event_time          TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, conversation_id, participant_ordinal, session_ordinal, stat_ordinal)
);

CREATE INDEX media_endpoint_stat_mos_idx ON media_endpoint_stat (tenant_id, min_mos);
