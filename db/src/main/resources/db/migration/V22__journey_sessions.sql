-- V22: Predictive Engagement journey sessions that conversations reference (#19).
-- A tenant opts in (each session costs one Genesys call, on the backfill lane) and must grant journey:session:view.
ALTER TABLE tenant ADD COLUMN fetch_journey_sessions BOOLEAN DEFAULT FALSE NOT NULL;

-- The journey session each conversation session names (journeyCustomerSessionId), replaced with its conversation:
-- what a backfill's journeySessions step looks for among the sessions not fetched yet.
CREATE TABLE conversation_journey_session (
    tenant_id           UUID         NOT NULL,
    conversation_id     UUID         NOT NULL,
    participant_ordinal INTEGER      NOT NULL,
    session_ordinal     INTEGER      NOT NULL,
    journey_session_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id, participant_ordinal, session_ordinal)
);

CREATE INDEX conversation_journey_session_idx ON conversation_journey_session (tenant_id, journey_session_id);

-- A fetched journey session, kept as Genesys sent it; found is false when Genesys had none by the id (404), so it
-- is not asked for again.
CREATE TABLE journey_session (
    tenant_id     UUID                     NOT NULL,
    session_id    VARCHAR(100)             NOT NULL,
    found         BOOLEAN                  NOT NULL,
    session_type  VARCHAR(64),
    customer_id   VARCHAR(100),
    created_date  TIMESTAMP WITH TIME ZONE,
    ended_date    TIMESTAMP WITH TIME ZONE,
    raw_json      TEXT,
    fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, session_id)
);
