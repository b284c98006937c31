-- V21: what conversations can be filtered by since #19.
-- The Architect flows a conversation's sessions ran, joined like division_ids (one comma-separated list per
-- conversation, cut with the marker at 4,000 characters). Conversations stored before V21 have none until they are
-- fetched again (a backfill of their period does that).
ALTER TABLE conversation ADD COLUMN flow_ids VARCHAR(4000);

-- Participant attributes (participant data), which Genesys gives in analytics job results to a client holding
-- conversation:participant:attributesview: one row per key of a participant. Keys and values are kept up to 1,024
-- characters, Genesys's own limit; a longer one is cut with the marker. name_key and value_key are their first 200
-- characters, what the filter's index holds: a whole key of 1,024 emoji would not fit a PostgreSQL index entry.
-- A record without attributes (the query and batch GET never carry them) leaves a conversation's attributes as
-- they were; a record with them replaces them.
CREATE TABLE participant_attribute (
    tenant_id           UUID          NOT NULL,
    conversation_id     UUID          NOT NULL,
    participant_ordinal INTEGER       NOT NULL,
    attribute_ordinal   INTEGER       NOT NULL,
    participant_id      VARCHAR(100),
    name                VARCHAR(1024) NOT NULL,
    value               VARCHAR(1024),
    name_key            VARCHAR(200)  NOT NULL,
    value_key           VARCHAR(200),
    PRIMARY KEY (tenant_id, conversation_id, participant_ordinal, attribute_ordinal)
);

CREATE INDEX participant_attribute_filter_idx ON participant_attribute (tenant_id, name_key, value_key);
