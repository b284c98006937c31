-- V20: the directory parts behind the optional permissions (#19): work teams and their members
-- (groups:team:view), routing skills and users' skills (routing:skill:view), Architect flows (architect:flow:view)
-- and journey segments (journey:segment:view). Each is synced only for a tenant whose last verification found its
-- permission granted. Like users and groups, each row keeps Genesys's JSON as sent, the sync that last saw it, and
-- removed_at once a complete sync no longer finds it (rows are never deleted by a sync).

CREATE TABLE directory_team (
    tenant_id     UUID                     NOT NULL,
    team_id       VARCHAR(100)             NOT NULL,
    name          VARCHAR(500),
    description   VARCHAR(2000),
    division_id   VARCHAR(100),
    member_count  BIGINT,
    raw_json      TEXT                     NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_synced   TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, team_id)
);

-- A Genesys user belongs to at most one team; the table does not insist, so a sync that reads a user in two teams
-- (moved while the sync ran) stores both until the next sync.
CREATE TABLE team_member (
    tenant_id     UUID                     NOT NULL,
    team_id       VARCHAR(100)             NOT NULL,
    user_id       VARCHAR(100)             NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, team_id, user_id)
);

CREATE INDEX team_member_user_idx ON team_member (tenant_id, user_id);

CREATE TABLE routing_skill (
    tenant_id     UUID                     NOT NULL,
    skill_id      VARCHAR(100)             NOT NULL,
    name          VARCHAR(500),
    -- active, inactive or deleted, as Genesys reports it
    state         VARCHAR(16),
    raw_json      TEXT                     NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_synced   TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, skill_id)
);

-- A user's routing skills as the users listing gave them (expand=skills, asked only with routing:skill:view);
-- replaced as a whole with each sync of the user.
CREATE TABLE user_skill (
    tenant_id     UUID                     NOT NULL,
    user_id       VARCHAR(100)             NOT NULL,
    skill_id      VARCHAR(100)             NOT NULL,
    proficiency   DOUBLE PRECISION,
    state         VARCHAR(16),
    PRIMARY KEY (tenant_id, user_id, skill_id)
);

CREATE INDEX user_skill_skill_idx ON user_skill (tenant_id, skill_id);

CREATE TABLE architect_flow (
    tenant_id         UUID                     NOT NULL,
    flow_id           VARCHAR(100)             NOT NULL,
    name              VARCHAR(500),
    description       VARCHAR(2000),
    -- INBOUNDCALL, INBOUNDSHORTMESSAGE, BOT...: upper case, as Genesys reports it; new types arrive unannounced
    flow_type         VARCHAR(64),
    division_id       VARCHAR(100),
    -- the id of the published version (Genesys numbers versions "1.0", "2.0"...), null when never published
    published_version VARCHAR(100),
    active            BOOLEAN,
    deleted           BOOLEAN,
    raw_json          TEXT                     NOT NULL,
    first_seen        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_synced       TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at        TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, flow_id)
);

CREATE TABLE journey_segment (
    tenant_id     UUID                     NOT NULL,
    segment_id    VARCHAR(100)             NOT NULL,
    display_name  VARCHAR(500),
    description   VARCHAR(2000),
    -- Session or Customer
    scope         VARCHAR(32),
    active        BOOLEAN,
    version       BIGINT,
    raw_json      TEXT                     NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_synced   TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, segment_id)
);
