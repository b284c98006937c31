-- V11: any record the Genesys API can return is stored. Real orgs send unknown enum values longer than the widths
-- V4 gave enumerations, and hundreds of divisions: those columns widen (on PostgreSQL widening a VARCHAR changes
-- the catalogue only, no table rewrite). A value still longer than its column is cut by the store and ends in the
-- marker "…[cut]"; the raw JSON beside it keeps it whole.
ALTER TABLE conversation ALTER COLUMN originating_direction SET DATA TYPE VARCHAR(64);
ALTER TABLE conversation ALTER COLUMN media_types SET DATA TYPE VARCHAR(500);
ALTER TABLE conversation ALTER COLUMN division_ids SET DATA TYPE VARCHAR(20000);
ALTER TABLE participant ALTER COLUMN purpose SET DATA TYPE VARCHAR(64);
ALTER TABLE session ALTER COLUMN media_type SET DATA TYPE VARCHAR(64);
ALTER TABLE session ALTER COLUMN direction SET DATA TYPE VARCHAR(64);
ALTER TABLE session ALTER COLUMN message_type SET DATA TYPE VARCHAR(64);
ALTER TABLE session ALTER COLUMN flow_name SET DATA TYPE VARCHAR(500);
ALTER TABLE session ALTER COLUMN flow_type SET DATA TYPE VARCHAR(64);
ALTER TABLE segment ALTER COLUMN segment_type SET DATA TYPE VARCHAR(64);
ALTER TABLE segment ALTER COLUMN disconnect_type SET DATA TYPE VARCHAR(64);
ALTER TABLE metric ALTER COLUMN name SET DATA TYPE VARCHAR(200);

-- A conversation record the store could not keep (not a readable conversation, or refused by the database), set
-- aside whole with why, so nothing fetched is dropped silently: the rest of its batch is stored, an operator sees it
-- through the admin API and retries it after a fix. Keyed by the conversation id the record names (or, without
-- one, a digest of the record), so fetching the same bad record again counts a refusal instead of adding a row.
CREATE TABLE refused_conversation (
    tenant_id        UUID                     NOT NULL,
    record_key       VARCHAR(100)             NOT NULL,
    -- as the record gives it, cut to 100 characters; null when it gives none that can be read
    conversation_id  VARCHAR(100),
    -- how it was fetched: LIVE, BACKFILL, RECONCILIATION or IMPORT
    source           VARCHAR(16)              NOT NULL,
    reason           VARCHAR(2000)            NOT NULL,
    -- the record as received; a NUL character, which PostgreSQL text cannot hold, is kept as the escape \u0000
    raw_json         TEXT                     NOT NULL,
    first_refused    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_refused     TIMESTAMP WITH TIME ZONE NOT NULL,
    refusals         INTEGER                  NOT NULL,
    PRIMARY KEY (tenant_id, record_key)
);
